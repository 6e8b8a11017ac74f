qafSearch.doc(14,{"anchor":"role-manager","body":"","headings":["Roles and responsibilities"],"title":"Team manager","url":"tiny/roles.html"});
