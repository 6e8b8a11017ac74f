qafSearch.doc(4,{"anchor":"","body":"","headings":["Visits","Overall judgement","Actions","Moderation","Signatures"],"title":"Case audit","url":"tiny/templates/case-audit.html"});
