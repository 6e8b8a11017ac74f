qafSearch.doc(15,{"anchor":"role-practitioner","body":"","headings":[],"title":"Practitioner","url":"tiny/roles.html"});
