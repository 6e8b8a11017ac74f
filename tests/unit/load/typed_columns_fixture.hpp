// Test helper: a section of audit elements in parallel columns answered their own way (evidence prompts, comments, optional actions, a grade, a tick) with totals.
#pragma once
#include <string>

namespace qaf::test {

/// Scales `grades` (good, poor) and `yn`, then template `review`: section `elements` has columns
/// `evidence` (shows guidance), `comments`, `actions` (optional), `grade` (rating on grades) and
/// `seen` (choice on yn), totals, and questions `waiting` and `records`; the judgement is the
/// worst grade given.
inline std::string typed_columns_framework() {
  return R"(scales:
  - id: grades
    title: Grades
    kind: grades
    grades:
      - { id: good, label: Good, code: 1 }
      - { id: poor, label: Poor, code: 2 }
  - { id: yn, title: YN, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }] }
template:
  id: review
  title: Service review
  kind: service-review
  header:
    - { id: service, label: Service, role: service }
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: elements
      title: Audit elements
      columns:
        - { id: evidence, title: Evidence, shows: guidance }
        - { id: comments, title: Comments }
        - { id: actions, title: Actions, required: false }
        - { id: grade, title: Action rating, type: rating, scale: grades }
        - { id: seen, title: Seen, type: choice, scale: yn }
      totals: true
      questions:
        - { id: waiting, text: "Waiting work is risk assessed.", type: text, guidance: "- Workload figures\n- Reallocations" }
        - { id: records, text: "Records are up to date.", type: text, guidance: "Files found when asked for." }
    - { id: overall, title: Overall, kind: judgement, scale: grades, compute: worst }
)";
}

/// A record of `review`: `waiting` graded `waiting_grade` with an action, `records` graded poor with none.
inline std::string typed_columns_record(const std::string& id = "r1", const std::string& waiting_grade = "good",
                                        const std::string& waiting_seen = "yes") {
  return "id: " + id + R"(
framework: f
template: review
header: { service: North, date: 2026-03-02 }
answers:
  waiting: { comments: "Every case had a risk note.", actions: "Keep it up.", grade: )" + waiting_grade +
         R"(, seen: ")" + waiting_seen + R"(" }
  records: { comments: "Two files behind.", grade: poor, seen: "no" }
)";
}

}  // namespace qaf::test
