qafSearch.doc(17,{"anchor":"","body":"Grades Outstanding Good Requires improvement Inadequate Yes or no Yes No Scaling 0-10","headings":[],"title":"Judgement scales","url":"tiny/scales.html"});
