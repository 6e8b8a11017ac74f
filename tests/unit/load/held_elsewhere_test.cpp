// Templates for tools held elsewhere: a title, a purpose, who keeps the tool and where; no sections, no records.
#include <doctest/doctest.h>

#include "test_project.hpp"

using namespace qaf;
using qaf::test::meta;
using qaf::test::TempProject;

namespace {

const char* kRoles = "roles:\n  - { id: qa, title: QA lead }\n";

std::string stub(const std::string& extra = "") {
  return R"(template:
  id: deep-dives
  title: Deep dives
  kind: other
  purpose: Written for each question.
  held_elsewhere:
    owner: qa
    where: https://intranet.example/deep-dives
)" + extra;
}

}  // namespace

TEST_CASE("a template held elsewhere loads without sections") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/templates/deep-dives.yaml", stub());
  Project p = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Template& tp = *p.frameworks.at(0).find_template("deep-dives");
  CHECK(tp.stub());
  CHECK(tp.held_elsewhere->owner.id == "qa");
  CHECK(tp.held_elsewhere->where == "https://intranet.example/deep-dives");
  CHECK(tp.sections.empty());
}

TEST_CASE("held elsewhere: no form keys beside it; an owner the framework has; sections needed otherwise") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/templates/deep-dives.yaml",
         stub("  sections:\n    - { id: s, title: S, questions: [{ id: q, text: Q, type: text }] }\n"));
  t.load();
  CHECK(t.has("deep-dives.yaml:10:5: error: 'sections' does not apply to a template held elsewhere"));
  CHECK(t.has("hint: a template with 'held_elsewhere' only names the tool"));

  TempProject owner;
  owner.file("frameworks/f/framework.yaml", meta());
  owner.file("frameworks/f/roles.yaml", kRoles);
  std::string s = stub();
  s.replace(s.find("owner: qa"), 9, "owner: qa-lead");
  owner.file("frameworks/f/templates/deep-dives.yaml", s);
  owner.load();
  CHECK(owner.has("deep-dives.yaml:7:12: error: unknown role 'qa-lead'"));

  TempProject neither;
  neither.file("frameworks/f/framework.yaml", meta());
  neither.file("frameworks/f/templates/t.yaml", "template:\n  id: t\n  title: T\n  kind: other\n");
  neither.load();
  CHECK(neither.has("t.yaml:2:3: error: missing required key 'sections' in template"));
  CHECK(neither.has("hint: list the form's sections; for a tool kept elsewhere, say where with 'held_elsewhere'"));

  TempProject half;
  half.file("frameworks/f/framework.yaml", meta());
  half.file("frameworks/f/roles.yaml", kRoles);
  std::string h = stub();
  h.erase(h.find("    where:"));
  half.file("frameworks/f/templates/deep-dives.yaml", h);
  half.load();
  CHECK(half.has("missing required key 'where' in held-elsewhere"));
}

TEST_CASE("an audit record against a tool held elsewhere is refused") {
  TempProject t;
  t.file("frameworks/f/framework.yaml", meta());
  t.file("frameworks/f/roles.yaml", kRoles);
  t.file("frameworks/f/templates/deep-dives.yaml", stub());
  t.file("content/audits/r1.yaml", "id: r1\nframework: f\ntemplate: deep-dives\n");
  Project p = t.load();
  CHECK(t.has("r1.yaml:3:11: error: template 'deep-dives' is a tool held elsewhere: qaf keeps no records of it"));
  CHECK(t.has("hint: keep this record where the tool is held (https://intranet.example/deep-dives), and remove it "
              "from the audit records"));
}
