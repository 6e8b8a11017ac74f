qafSearch.doc(13,{"anchor":"role-practitioner","body":"","headings":[],"title":"Practitioner","url":"tiny/roles.html"});
