// Reads bodies (boards, panels, forums, teams): purpose, chair, members, meetings, reports_to.
#include "load/readers.hpp"

namespace qaf::detail {
namespace {

// A role id ("team-manager") or words for someone who is not a role ("A parent representative").
BodyPerson person(const Ref& value) {
  BodyPerson p;
  p.pos = value.pos;
  if (looks_like_id(value.id))
    p.role = value;
  else
    p.words = value.id;
  return p;
}

}  // namespace

Body read_body(const YamlFile& file, const YAML::Node& n) {
  Body b;
  Fields f(file, n, "body");
  b.pos = f.pos();
  if (!f.ok()) return b;
  Diagnostics& d = file.diags();
  b.id = f.id();
  b.title = f.str("title");
  b.purpose = f.text("purpose");
  if (f.has("chair")) b.chair = person(f.ref("chair"));
  for (const Ref& m : f.refs("members")) b.members.push_back(person(m));
  b.reports_to = f.refs("reports_to");
  if (f.has("meets")) {
    Fields m(file, f.node("meets"), "meets", {}, f.pos_of("meets"));
    if (m.ok()) {
      b.meets = true;
      read_frequency(m, d, b.meets_how_often, "'meets'");
      b.meetings_note = m.str("note");
    }
  }
  return b;
}

}  // namespace qaf::detail
