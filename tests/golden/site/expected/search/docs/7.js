qafSearch.doc(7,{"anchor":"q-visit-date","body":"","headings":["Case audit","Visits"],"title":"1.3 Date of the last visit — Case audit","url":"tiny/templates/case-audit.html"});
