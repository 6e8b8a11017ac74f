// Privacy: no value of any personal field of any sample audit record appears anywhere in the site.
#include <doctest/doctest.h>

#include <set>

#include "pipeline/pipeline.hpp"
#include "load/project_loader.hpp"

using namespace qaf;

namespace {

// Every personal value in the records: personal header fields (child, case id, practitioner,
// auditor, manager, and any field marked personal), moderators, signatories, action owners
// and the record ids.
std::set<std::string> personal_values(const Project& p) {
  std::set<std::string> out;
  for (const AuditRecord& a : p.audits) {
    const Framework* fw = p.find_framework(a.framework.id);
    const Template* t = fw ? fw->find_template(a.template_id.id) : nullptr;
    REQUIRE(t);
    for (const HeaderValue& h : a.header)
      if (t->find_field(h.field)->personal) out.insert(h.value);
    if (a.moderation) out.insert(a.moderation->moderator);
    for (const SignatureRecord& s : a.signatures) out.insert(s.name);
    for (const AuditAction& act : a.actions) out.insert(act.owner);
    out.insert(a.id);
  }
  // Very short values ("SW") would match ordinary words; the sample data has none that matter.
  for (auto it = out.begin(); it != out.end();) it = it->size() < 4 ? out.erase(it) : std::next(it);
  return out;
}

}  // namespace

TEST_CASE("the site built from the sample audits holds no personal data; the packs do") {
  Diagnostics diags;
  const Project project = load_project(QAF_SOURCE_DIR, {}, diags);
  REQUIRE_MESSAGE(!diags.has_errors(), "the repository's content does not load");
  REQUIRE(project.audits.size() >= 30);
  const std::set<std::string> values = personal_values(project);
  REQUIRE(values.size() >= 100);  // names, case numbers, staff: the check below has something to find

  const Outputs out = render_outputs(QAF_SOURCE_DIR, project, *parse_date("2026-09-30"), diags);
  REQUIRE_MESSAGE(!diags.has_errors(), "the build has errors");
  REQUIRE(out.site.size() > 100);
  bool dashboards = false;
  for (const auto& [path, bytes] : out.site.files()) {
    dashboards = dashboards || path.find("dashboard.html") != std::string::npos;
    for (const std::string& v : values) {
      INFO("site file " << path << " contains the personal value '" << v << "'");
      CHECK(bytes.find(v) == std::string::npos);
    }
  }
  CHECK(dashboards);  // aggregates are published, so the check covers them

  // The restricted output carries them: action owners and record ids in the CSV register.
  std::size_t found = 0;
  for (const std::string& v : values)
    for (const auto& [path, bytes] : out.packs.files())
      if (bytes.find(v) != std::string::npos) {
        ++found;
        break;
      }
  CHECK(found >= 40);
}
