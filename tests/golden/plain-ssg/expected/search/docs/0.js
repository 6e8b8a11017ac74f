qafSearch.doc(0,{"anchor":"","body":"This site has only Markdown pages: no frameworks. See the guide to visits and the notes on recording.","headings":[],"title":"Plain pages","url":"index.html"});
