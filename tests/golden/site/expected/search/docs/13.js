qafSearch.doc(13,{"anchor":"","body":"Test Borough Council","headings":["Change history"],"title":"Tiny Test Framework","url":"tiny/index.html"});
