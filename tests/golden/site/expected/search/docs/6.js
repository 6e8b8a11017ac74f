qafSearch.doc(6,{"anchor":"q-seen-alone","body":"","headings":["Case audit","Visits"],"title":"1.1 Was the child seen alone? — Case audit","url":"tiny/templates/case-audit.html"});
