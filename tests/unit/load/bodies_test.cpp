// Bodies (boards, panels, forums, teams): chair and members as roles or words, meetings, reporting lines.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kRoles = R"(roles:
  - { id: head-of-service, title: Head of service }
  - { id: psw, title: Principal social worker }
)";

}  // namespace

TEST_CASE("a body's chair and members are roles or words, it meets as often as a frequency row says, and reports to bodies or roles") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/bodies.yaml", R"(bodies:
  - id: board
    title: QA board
    purpose: Looks at what audits find.
    chair: head-of-service
    members: [psw, "A parent representative", Police]
    meets: { count: 1, per: month }
    reports_to: [partnership]
  - id: forum
    title: Practice forum
    chair: "The Director"
    meets: { every: 6, per: week, note: Dates set each April }
    reports_to: [board, psw]
  - id: partnership
    title: Safeguarding partnership
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Framework& fw = p.frameworks.at(0);
  REQUIRE(fw.bodies.size() == 3);
  const Body& board = *fw.find_body("board");
  CHECK(board.chair.role.id == "head-of-service");
  CHECK(fw.person_label(board.chair) == "Head of service");
  REQUIRE(board.members.size() == 3);
  CHECK(board.members[0].role.id == "psw");
  CHECK(board.members[1].role.id.empty());
  CHECK(board.members[1].words == "A parent representative");
  CHECK(fw.person_label(board.members[2]) == "Police");
  CHECK(board.meets);
  CHECK(how_often(board.meets_how_often) == "1 a month");
  const Body& forum = *fw.find_body("forum");
  CHECK(forum.chair.words == "The Director");
  CHECK(how_often(forum.meets_how_often) == "Every 6 weeks");
  CHECK(forum.meetings_note == "Dates set each April");
  CHECK(ids_of(forum.reports_to) == std::vector<std::string>{"board", "psw"});
  CHECK_FALSE(fw.find_body("partnership")->meets);
}

TEST_CASE("a body's misspelt role, unknown reporting line and bad meetings are errors with hints") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/bodies.yaml", R"(bodies:
  - id: board
    title: QA board
    chair: head-of-servce
    members: [pws]
    reports_to: [board, nowhere]
    meets: { count: 2 }
  - id: board
    title: Twice
    meets: { every: 6, per: fortnight, room: B }
)");
  t.load();
  CHECK(t.has("bodies.yaml:4:12: error: unknown role 'head-of-servce'"));
  CHECK(t.has("did you mean 'head-of-service'?"));
  CHECK(t.has("someone who is not a role is written in words"));
  CHECK(t.has("unknown role 'pws'"));
  CHECK(t.has("body 'board' reports to itself"));
  CHECK(t.has("unknown body or role 'nowhere'"));
  CHECK(t.has("'meets' needs 'per' (how often)"));
  CHECK(t.has("duplicate body id 'board'"));
  CHECK(t.has("unknown key 'room' in meets"));
  CHECK(t.has("fortnight"));
}

TEST_CASE("words are told from role ids by their letters") {
  CHECK(looks_like_id("team-manager"));
  CHECK(looks_like_id("iro2"));
  CHECK_FALSE(looks_like_id("Police"));
  CHECK_FALSE(looks_like_id("a parent representative"));
  CHECK_FALSE(looks_like_id(""));
}

TEST_CASE("a frequency row's report goes to bodies or roles and lists its contents; an unknown recipient is an error") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/all.yaml", R"(bodies:
  - { id: board, title: QA board }
programmes:
  - id: reports
    title: Reports
    kind: frequency
    rows:
      - { role: psw, activity: Report, per: month, to: [board, head-of-service], contents: [Numbers, Timeliness] }
      - { role: psw, activity: Report, per: month, to: [bord] }
)");
  Project p = t.load();
  CHECK(t.has("all.yaml:9:57: error: unknown body or role 'bord'"));
  CHECK(t.has("did you mean 'board'?"));
  const FrequencyRow& row = p.frameworks.at(0).programmes.at(0).rows.at(0);
  CHECK(ids_of(row.to) == std::vector<std::string>{"board", "head-of-service"});
  REQUIRE(row.contents.size() == 2);
  CHECK(row.contents[1].markdown == "Timeliness");
}

TEST_CASE("frequency rows may be grouped, groups in the order they first appear, and say which cases they sample") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: checks
    title: Checks
    kind: frequency
    rows:
      - { group: Front door, role: psw, activity: A, per: week }
      - { group: Children in care, role: psw, activity: B, per: month, sample: { cases: 1, per: practitioner, from: open cases } }
      - { group: Front door, role: psw, activity: C, count: sample, per: quarter, sample: { from: cases referred again } }
      - { role: psw, activity: D, per: year, sample: { cases: 3 } }
)");
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Programme& prog = p.frameworks.at(0).programmes.at(0);
  const auto groups = grouped_rows(prog.rows);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].first == "Front door");
  REQUIRE(groups[0].second.size() == 2);
  CHECK(groups[0].second[1]->activity == "C");
  CHECK(groups[1].first == "Children in care");
  CHECK(groups[2].first.empty());
  CHECK(sample_text(prog.rows[1].case_sample) == "1 case per practitioner, from open cases");
  CHECK(sample_text(prog.rows[2].case_sample) == "from cases referred again");
  CHECK(prog.rows[2].sample);  // 'count: sample' and a sample's source go together
  CHECK(sample_text(prog.rows[3].case_sample) == "3 cases");
  CHECK_FALSE(prog.rows[0].has_case_sample);
}

TEST_CASE("a sample with a size where 'count: sample' leaves it open, or with nothing to say, is an error") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/programmes.yaml", R"(programmes:
  - id: checks
    title: Checks
    kind: frequency
    rows:
      - { role: psw, activity: A, count: sample, per: quarter, sample: { cases: 2 } }
      - { role: psw, activity: B, per: month, sample: { per: team } }
)");
  t.load();
  CHECK(t.has("'count: sample' leaves the sample's size open, but 'cases' gives it"));
  CHECK(t.has("'per' in a sample needs 'cases'"));
  CHECK(t.has("a sample says how many cases or where they come from"));
}
