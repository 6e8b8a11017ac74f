qafSearch.doc(14,{"anchor":"role-manager","body":"","headings":[],"title":"Team manager","url":"tiny/roles.html"});
