qafSearch.doc(11,{"anchor":"role-manager","body":"","headings":[],"title":"Team manager","url":"tiny/roles.html"});
