// Accepted and required keys per object kind. Adding a key here without documenting
// it in content/authoring-reference.md fails the docs test.
#include "load/schema.hpp"

#include <stdexcept>

namespace qaf {

const std::vector<ObjectSchema>& all_schemas() {
  static const std::vector<ObjectSchema> schemas = {
      {"config",
       {"title", "council", "theme", "logo", "primary_colour", "frameworks", "audits", "packs", "period",
        "suppress_below", "allow_raw_html", "pdf_fonts", "max_output_mb"},
       {}},
      {"pdf-fonts", {"regular", "bold", "italic", "bold_italic", "fallbacks"}, {}},
      {"page", {"title", "id", "order", "summary"}, {"title"}},
      {"file",
       {"framework", "scales", "standards", "rubrics", "rubric", "skill_sets", "skill_set", "templates",
        "template", "rules", "programmes", "roles", "bodies", "indicators"},
       {}},
      {"framework",
       {"title", "council", "version", "status", "approved_by", "approved_on", "implementation_date",
        "review_every_months", "review_interval", "next_review", "owner", "summary", "audience", "changes", "details"},
       {"title", "council"}},
      {"detail", {"label", "value"}, {"label", "value"}},
      {"audience", {"who", "involvement"}, {"who", "involvement"}},
      {"change", {"date", "version", "summary", "author"}, {"date", "version", "summary"}},
      {"scale",
       {"id", "title", "kind", "description", "best", "show_codes", "grades", "levels", "min", "max", "step", "maps_to",
        "bands", "options", "multiple"},
       {"id", "title", "kind"}},
      {"grade", {"id", "label", "code", "description", "colour"}, {"id", "label", "code"}},
      {"level", {"value", "label", "description"}, {"value"}},
      {"band", {"from", "to", "grade"}, {"from", "to", "grade"}},
      {"option", {"id", "label", "not_applicable", "score", "colour"}, {"id", "label"}},
      {"standard-section", {"id", "title", "intro", "standards", "numbered"}, {"id", "title", "standards"}},
      {"standard", {"id", "title", "text", "timescale", "applies_to", "guidance"}, {"id", "text"}},
      {"rubric", {"id", "title", "shape", "intro", "scale", "grades", "areas", "guidance"}, {"id", "title", "shape", "areas"}},
      {"area", {"id", "title", "intro", "standards", "indicators", "cells", "good", "measured"}, {"id", "title"}},
      {"skill-set", {"id", "title", "shape", "intro", "scale", "groups", "skills"}, {"id", "title"}},
      {"skill-group", {"id", "title", "description", "skills"}, {"id", "title", "skills"}},
      {"skill", {"id", "number", "title", "description", "components", "levels"}, {"id", "title"}},
      {"component", {"title", "description"}, {"title"}},
      {"template",
       {"id", "title", "kind", "purpose", "completed_by", "header", "sections", "writing_lines", "landscape", "numbering",
        "due", "held_elsewhere"},
       {"id", "title", "kind"}},
      {"field", {"id", "label", "type", "scale", "role", "personal", "required"}, {"id", "label"}},
      {"section",
       {"id", "title", "intro", "kind", "columns", "questions", "scale", "compute", "rows", "sources",
        "signatories", "layout", "grid_order", "totals", "completed_by", "returns", "checks"},
       {"id", "title"}},
      {"column", {"id", "title", "required", "questions", "type", "scale", "group"}, {"id"}},
      {"question",
       {"id", "text", "type", "scale", "required", "guidance", "standards", "rubric_areas", "skills", "when", "min",
        "max", "lines", "comment", "not_applicable"},
       {"id", "text", "type"}},
      {"condition", {"question", "field", "is", "label"}, {}},
      {"source", {"id", "title", "prompt", "when", "not_given_reasons", "questions"}, {"id", "title"}},
      {"signatory", {"id", "title"}, {"id", "title"}},
      {"check", {"id", "text"}, {"id", "text"}},
      {"due", {"programme", "day", "time"}, {"programme", "day"}},
      {"held-elsewhere", {"owner", "where"}, {"owner", "where"}},
      {"rules", {"escalation", "moderation", "actions", "deadlines", "events", "case_events"}, {}},
      {"case-event", {"id", "event", "notify", "outside", "within", "note"}, {"id", "event"}},
      {"event", {"id", "on", "templates", "notify", "within", "note"}, {"id", "notify"}},
      {"escalation",
       {"id", "scale", "grade", "or_worse", "notify", "within", "note", "templates"},
       {"id", "scale", "grade", "notify"}},
      {"moderation", {"id", "sample_percent", "minimum", "by", "note", "templates"}, {"id", "by"}},
      {"actions-rule", {"id", "scale", "below", "minimum", "note", "templates"}, {"id", "scale", "below"}},
      {"deadline", {"id", "max_days", "note", "templates"}, {"id", "max_days"}},
      {"programme", {"id", "title", "kind", "intro", "columns", "entries", "rows"}, {"id", "title", "kind"}},
      {"programme-column", {"id", "title"}, {"id", "title"}},
      {"entry", {"period", "day", "part", "before", "after", "offset", "within", "theme", "items", "cells"}, {}},
      {"entry-cells", {}, {}},
      {"row", {"role", "activity", "count", "per", "every", "in", "of", "share", "after_each", "note", "to", "contents",
        "group", "sample"},
       {"role", "activity"}},
      {"sample", {"cases", "per", "from"}, {}},
      {"role", {"id", "title", "summary", "inherits", "responsibilities"}, {"id", "title"}},
      {"body", {"id", "title", "purpose", "chair", "members", "meets", "reports_to"}, {"id", "title"}},
      {"meets", {"count", "per", "every", "after_each", "note"}, {}},
      {"indicator", {"id", "title", "description", "unit", "source", "reported", "owner", "reviewed_at", "better"},
       {"id", "title"}},
      {"reported", {"count", "per", "every"}, {}},
      {"audit",
       {"id", "framework", "template", "header", "answers", "judgement", "judgement_reason", "actions", "feedback",
        "moderation", "signatures", "tables"},
       {"id", "framework", "template"}},
      {"answer", {"value", "comment"}, {}},
      {"table-row", {}, {}},
      {"action", {"action", "owner", "due", "reviewed", "completed", "outcome", "initials"}, {}},
      {"feedback", {"given", "summary", "reason", "answers"}, {"given"}},
      {"moderation-record", {"moderator", "date", "agrees", "grade", "comment", "actions", "outcome", "checks"},
       {"moderator", "date", "agrees"}},
      {"signature", {"name", "date"}, {"name"}},
  };
  return schemas;
}

const ObjectSchema& schema(std::string_view name) {
  for (const ObjectSchema& s : all_schemas())
    if (s.name == name) return s;
  throw std::out_of_range("qaf: no schema named " + std::string(name));
}

}  // namespace qaf
