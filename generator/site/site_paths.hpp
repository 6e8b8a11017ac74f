// Where each page of the site lives, and relative links between pages (so the site works from file://).
#pragma once
#include <string>
#include <vector>

#include "model/project.hpp"

namespace qaf::site_paths {

inline const std::string kHome = "index.html";
inline const std::string kSearch = "search.html";
std::string content_page(const std::string& id);
std::string framework(const std::string& fw);
std::string framework_page(const std::string& fw, const std::string& id);
std::string standards(const std::string& fw);
std::string rubric(const std::string& fw, const std::string& id);
std::string skills(const std::string& fw, const std::string& id);
std::string template_page(const std::string& fw, const std::string& id);
/// A template's fill-in form.
std::string template_form(const std::string& fw, const std::string& id);
std::string template_pdf(const std::string& fw, const std::string& id);
/// Printable booklets (PDF) of a framework.
std::string standards_pdf(const std::string& fw);
std::string rubric_pdf(const std::string& fw, const std::string& id);
std::string skills_pdf(const std::string& fw, const std::string& id);
std::string handbook_pdf(const std::string& fw);
std::string scales(const std::string& fw);
std::string rules(const std::string& fw);
std::string programmes(const std::string& fw);
std::string roles(const std::string& fw);
std::string bodies(const std::string& fw);
std::string indicators(const std::string& fw);
std::string glossary(const std::string& fw);
std::string dashboard(const std::string& fw);
/// "What changed in version V" of a framework (V made safe for a file name).
std::string changes(const std::string& fw, const std::string& version);
/// The id an earlier version of framework `fw` goes by in site paths, so that its pages and PDFs
/// are kept apart under "<fw>/versions/<V>/" (V made safe for a file name).
std::string archive_id(const std::string& fw, const std::string& version);
/// The earlier versions of `current` as the archive shows them (pages and PDFs), oldest first:
/// each version kept but the one `current` is, under archive_id. Each is marked superseded, but
/// for the newest one not published as a draft while `current` is a draft: that one is still in
/// force, and keeps its status.
std::vector<Framework> archived_versions(const Project& project, const Framework& current);
/// Every figure of the dashboard with its definition (null where hidden), for readers and audits.
std::string dashboard_figures(const std::string& fw);

/// Anchors within pages.
std::string standard_anchor(const std::string& id);
std::string area_anchor(const std::string& id);
std::string skill_anchor(const std::string& id);
std::string question_anchor(const std::string& id);
std::string scale_anchor(const std::string& id);
std::string role_anchor(const std::string& id);
std::string body_anchor(const std::string& id);
std::string indicator_anchor(const std::string& id);
std::string programme_anchor(const std::string& id);
std::string rule_anchor(const std::string& id);

/// The path from the folder of page `from` back to the site root: "", "../", "../../".
std::string root_of(const std::string& from);
/// A link from page `from` to site path `to` (with optional anchor).
std::string href(const std::string& from, const std::string& to, const std::string& anchor = "");

/// Top-level names a framework id may not take (they hold site-wide files).
bool reserved(const std::string& fw);

}  // namespace qaf::site_paths
