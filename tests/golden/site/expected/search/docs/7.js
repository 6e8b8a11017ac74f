qafSearch.doc(7,{"anchor":"role-practitioner","body":"","headings":[],"title":"Practitioner","url":"tiny/roles.html"});
