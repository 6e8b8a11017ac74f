qafSearch.doc(8,{"anchor":"q-why-not","body":"","headings":["Case audit","Visits"],"title":"1.2 Why not? — Case audit","url":"tiny/templates/case-audit.html"});
