qafSearch.doc(12,{"anchor":"role-practitioner","body":"","headings":[],"title":"Practitioner","url":"tiny/roles.html"});
