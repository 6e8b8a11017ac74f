qafSearch.doc(0,{"anchor":"","body":"A tiny test project.","headings":[],"title":"Quality Assurance Framework","url":"index.html"});
