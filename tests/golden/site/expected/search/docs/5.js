qafSearch.doc(5,{"anchor":"q-quality","body":"","headings":["Case audit","Visits"],"title":"1.4 Quality of practice — Case audit","url":"tiny/templates/case-audit.html"});
