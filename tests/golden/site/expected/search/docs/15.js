qafSearch.doc(15,{"anchor":"role-practitioner","body":"","headings":["Roles and responsibilities"],"title":"Practitioner","url":"tiny/roles.html"});
