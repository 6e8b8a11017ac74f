qafSearch.doc(16,{"anchor":"","body":"moderation sample actions deadlines","headings":[],"title":"Rules: escalation, moderation and actions","url":"tiny/rules.html"});
