qafSearch.doc(11,{"anchor":"term-moderation","body":"A second reading of an audit, to check its grade.","headings":["Glossary"],"title":"Moderation","url":"tiny/glossary.html"});
