// The site's URL scheme, in one place.
#include "site/site_paths.hpp"

#include <algorithm>

namespace qaf::site_paths {

std::string content_page(const std::string& id) { return "pages/" + id + ".html"; }
std::string framework(const std::string& fw) { return fw + "/index.html"; }
std::string framework_page(const std::string& fw, const std::string& id) { return fw + "/pages/" + id + ".html"; }
std::string standards(const std::string& fw) { return fw + "/standards.html"; }
std::string rubric(const std::string& fw, const std::string& id) { return fw + "/rubrics/" + id + ".html"; }
std::string skills(const std::string& fw, const std::string& id) { return fw + "/skills/" + id + ".html"; }
std::string template_page(const std::string& fw, const std::string& id) { return fw + "/templates/" + id + ".html"; }
std::string template_form(const std::string& fw, const std::string& id) { return fw + "/forms/" + id + ".html"; }
std::string template_pdf(const std::string& fw, const std::string& id) { return fw + "/pdf/" + id + ".pdf"; }
std::string standards_pdf(const std::string& fw) { return fw + "/pdf/standards.pdf"; }
std::string rubric_pdf(const std::string& fw, const std::string& id) { return fw + "/pdf/rubric-" + id + ".pdf"; }
std::string skills_pdf(const std::string& fw, const std::string& id) { return fw + "/pdf/skills-" + id + ".pdf"; }
std::string handbook_pdf(const std::string& fw) { return fw + "/pdf/handbook.pdf"; }
std::string scales(const std::string& fw) { return fw + "/scales.html"; }
std::string rules(const std::string& fw) { return fw + "/rules.html"; }
std::string programmes(const std::string& fw) { return fw + "/programmes.html"; }
std::string roles(const std::string& fw) { return fw + "/roles.html"; }
std::string bodies(const std::string& fw) { return fw + "/bodies.html"; }
std::string indicators(const std::string& fw) { return fw + "/indicators.html"; }
std::string glossary(const std::string& fw) { return fw + "/glossary.html"; }
std::string dashboard(const std::string& fw) { return fw + "/dashboard.html"; }
namespace {

// A version as a file or folder name: letters, digits, '.' and '-' kept, anything else '_'.
std::string version_file_name(const std::string& version) {
  std::string name;
  for (char ch : version)
    name += (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' ? ch : '_';
  if (name.empty() || name[0] == '.') name = "v" + name;
  return name;
}

}  // namespace

std::string changes(const std::string& fw, const std::string& version) {
  return fw + "/changes/" + version_file_name(version) + ".html";
}
std::string archive_id(const std::string& fw, const std::string& version) {
  return fw + "/versions/" + version_file_name(version);
}
std::vector<Framework> archived_versions(const Project& project, const Framework& current) {
  std::vector<Framework> out;
  std::vector<std::string> published;  // each one's status as it was published
  for (const KeptVersion& k : project.kept_versions(current.id))
    if (k.version != current.meta.version) {
      out.push_back(k.framework);
      out.back().id = archive_id(current.id, k.version);
      out.back().meta.status = "superseded";
      published.push_back(k.framework.meta.status);
    }
  // While the framework is a draft, the newest version kept that was not itself a draft (kept
  // oldest first) is still in force.
  if (current.meta.status == "draft")
    for (std::size_t i = out.size(); i-- > 0;)
      if (published[i] != "draft" && published[i] != "superseded") {
        out[i].meta.status = published[i];
        break;
      }
  return out;
}

std::string dashboard_figures(const std::string& fw) { return fw + "/dashboard-figures.json"; }

std::string standard_anchor(const std::string& id) { return "standard-" + id; }
std::string area_anchor(const std::string& id) { return "area-" + id; }
std::string skill_anchor(const std::string& id) { return "skill-" + id; }
std::string question_anchor(const std::string& id) { return "q-" + id; }
std::string scale_anchor(const std::string& id) { return "scale-" + id; }
std::string role_anchor(const std::string& id) { return "role-" + id; }
std::string body_anchor(const std::string& id) { return "body-" + id; }
std::string indicator_anchor(const std::string& id) { return "indicator-" + id; }
std::string programme_anchor(const std::string& id) { return "programme-" + id; }
std::string rule_anchor(const std::string& id) { return "rule-" + id; }

std::string root_of(const std::string& from) {
  std::string out;
  for (char c : from)
    if (c == '/') out += "../";
  return out;
}

std::string href(const std::string& from, const std::string& to, const std::string& anchor) {
  return root_of(from) + to + (anchor.empty() ? "" : "#" + anchor);
}

bool reserved(const std::string& fw) {
  static const char* names[] = {"assets", "pages", "search", "index.html", "search.html"};
  return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return fw == n; });
}

}  // namespace qaf::site_paths
