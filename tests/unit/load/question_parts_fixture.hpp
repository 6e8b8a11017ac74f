// Test helper: a two-column audit with a question in parts beside one question, a cell left blank mid-column, and a record.
#pragma once
#include <string>

namespace qaf::test {

/// Scales, then template `conv`: section `plan` has side-by-side columns `talk` (two questions, the
/// second row left blank between them) and `record` (a question `clear` in three parts, the third
/// with a condition of its own and optional, then two questions); section `alone` asks a question
/// in two parts with no columns.
inline std::string question_parts_framework() {
  return R"(scales:
  - { id: ynp, title: YNP, kind: choices, options: [{ id: "yes", label: "Yes" }, { id: "no", label: "No" }, { id: partly, label: Partly }] }
template:
  id: conv
  title: Conversation audit
  kind: case-audit
  header:
    - { id: team, label: Team, role: team }
    - { id: date, label: Date, type: date, role: audit-date }
  sections:
    - id: plan
      title: The plan
      columns:
        - id: talk
          title: Talking with the practitioner
          questions:
            - { id: walk, text: "Walk me through the plan.", type: text }
            - blank: true
            - { id: working, text: "Is the plan working?", type: text }
        - id: record
          title: From the record
          questions:
            - id: clear
              text: "Is the plan clear about:"
              type: choice
              scale: ynp
              comment: true
              guidance: Answer every part.
              parts:
                - { id: clear-family, text: "what the family will do?" }
                - { id: clear-worker, text: "what the worker will do?", comment: false }
                - { id: clear-carers, text: "what the carers think?", required: false, when: { label: Children in care only } }
            - { id: reviewed, text: "Reviewed on time?", type: choice, scale: ynp }
            - { id: outcomes, text: "Outcomes agreed?", type: choice, scale: ynp }
    - id: alone
      title: On its own
      questions:
        - id: visits
          text: "Were the visits"
          type: choice
          scale: ynp
          parts:
            - { id: visits-often, text: "as often as the plan says?" }
            - { id: visits-alone, text: "with the child seen alone?" }
)";
}

/// A record of `conv` answering every part.
inline std::string question_parts_record(const std::string& id = "r1", const std::string& family = "yes") {
  return "id: " + id + R"(
framework: f
template: conv
header: { team: North, date: 2026-03-02 }
answers:
  walk: The plan in the child's words.
  working: Partly; school is better.
  clear-family: { value: )" + "\"" + family + "\"" + R"(, comment: Named tasks for each parent. }
  clear-worker: "no"
  clear-carers: partly
  reviewed: "yes"
  outcomes: "no"
  visits-often: "yes"
  visits-alone: "no"
)";
}

}  // namespace qaf::test
