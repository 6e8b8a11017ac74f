// Audits the dashboards of a built site as a reader would meet them: each dashboard page is
// checked against its dashboard-figures.json, and the file against the independent auditor.
// Usage: audit_site SITE_DIR PROJECT_DIR. Exit 0 when nothing can be worked out, 1 otherwise.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "auditor.hpp"
#include "load/project_loader.hpp"
#include "truth.hpp"

namespace fs = std::filesystem;
using namespace qaf;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: audit_site SITE_DIR PROJECT_DIR\n";
    return 2;
  }
  Diagnostics diags;
  const Project project = load_project(argv[2], {}, diags);
  if (diags.has_errors()) {
    diags.print(std::cerr);
    return 2;
  }
  int problems = 0, dashboards = 0;
  for (const Framework& fw : project.frameworks) {
    const fs::path json_path = fs::path(argv[1]) / fw.id / "dashboard-figures.json";
    if (!fs::exists(json_path)) continue;
    ++dashboards;
    const nlohmann::json doc = nlohmann::json::parse(slurp(json_path));
    for (const std::string& p : audit_check::cross_check_html(slurp(fs::path(argv[1]) / fw.id / "dashboard.html"), doc)) {
      std::cout << fw.id << "/dashboard.html: " << p << "\n";
      ++problems;
    }
    audit_check::PublishedFigures figs(doc);
    const Date as_of = *parse_date(doc.at("as_of").get<std::string>());
    const auto found = figs.audit(audit_check::truth_of(project, fw, doc, as_of));
    for (const auto& f : found)
      std::cout << fw.id << ": " << f.figure << " in [" << f.bounds.lo << ", "
                << (f.bounds.hi ? std::to_string(*f.bounds.hi) : std::string("inf")) << "]: " << f.problem << "\n";
    problems += static_cast<int>(found.size());
    std::cout << fw.id << ": " << figs.figures() << " figures, " << figs.hidden() << " hidden ("
              << (figs.figures() ? 100 * figs.hidden() / figs.figures() : 0) << "%), " << found.size() << " disclosures\n";
  }
  if (dashboards == 0) {
    std::cout << "no dashboard found in " << argv[1] << "\n";
    return 1;
  }
  return problems == 0 ? 0 : 1;
}
