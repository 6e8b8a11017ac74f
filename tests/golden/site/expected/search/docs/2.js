qafSearch.doc(2,{"anchor":"standard-1.2","body":"I record the child’s words.","headings":["Seeing children"],"title":"1.2 I record the child’s words.","url":"tiny/standards.html"});
