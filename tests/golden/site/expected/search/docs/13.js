qafSearch.doc(13,{"anchor":"role-practitioner","body":"","headings":["Roles and responsibilities"],"title":"Practitioner","url":"tiny/roles.html"});
