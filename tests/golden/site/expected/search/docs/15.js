qafSearch.doc(15,{"anchor":"","body":"Grades Yes or no Scaling 0-10","headings":[],"title":"Judgement scales","url":"tiny/scales.html"});
