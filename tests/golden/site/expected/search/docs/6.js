qafSearch.doc(6,{"anchor":"","body":"Test Borough Council","headings":["Change history"],"title":"Tiny Test Framework","url":"tiny/index.html"});
