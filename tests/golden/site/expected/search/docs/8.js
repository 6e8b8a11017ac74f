qafSearch.doc(8,{"anchor":"role-practitioner","body":"","headings":[],"title":"Practitioner","url":"tiny/roles.html"});
