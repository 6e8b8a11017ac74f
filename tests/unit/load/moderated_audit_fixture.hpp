// Test helper: a one-template framework (two grades, one rated question, a computed judgement, a moderation section) for moderation tests.
#pragma once
#include <string>

namespace qaf::test {

/// The framework's YAML: scales, a `qa` role, then `rules` (YAML at the top level, e.g. "rules:\n  events: ..."),
/// then template `audit` whose moderation section ends with `moderation_extra` (keys indented by six spaces).
inline std::string moderated_audit_framework(const std::string& moderation_extra, const std::string& rules = "") {
  return R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades:
      - { id: good, label: Good, code: 1 }
      - { id: poor, label: Poor, code: 2 }
roles:
  - { id: qa, title: QA lead }
)" + rules + R"(template:
  id: audit
  title: Case audit
  kind: case-audit
  header:
    - { id: team, label: Team, role: team }
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: main
      title: Main
      questions:
        - { id: quality, text: Quality, type: rating, scale: grades }
    - id: overall
      title: Overall
      kind: judgement
      scale: grades
      compute: worst
    - id: moderation
      title: Moderation
      kind: moderation
      scale: grades
)" + moderation_extra;
}

/// A record of template `audit` in framework `f` (team North), followed by `rest` (e.g. a "moderation:" block).
inline std::string moderated_audit_record(const std::string& id, const std::string& rest) {
  return "id: " + id + R"(
framework: f
template: audit
header: { team: North, date: 2026-03-02 }
answers: { quality: good }
)" + rest;
}

}  // namespace qaf::test
