// The whole input: site configuration, frameworks, content pages and audit records.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/audit.hpp"
#include "model/framework.hpp"
#include "model/image.hpp"

namespace qaf {

/// Font files for the PDFs (paths relative to the project); empty: the defaults
/// (Liberation Sans, with DejaVu Sans for characters it lacks).
struct PdfFonts {
  std::string regular, bold, italic, bold_italic;
  std::vector<std::string> fallbacks;
  SourcePos pos;
  bool empty() const { return regular.empty() && bold.empty() && italic.empty() && bold_italic.empty() && fallbacks.empty(); }
};

/// Site configuration from qaf.yaml at the project root (all keys optional).
struct Config {
  std::string title = "Quality Assurance Framework";
  std::string council;
  std::string theme = "default";
  std::string logo;
  std::string primary_colour;
  std::vector<Ref> frameworks;  ///< empty: every folder under frameworks/
  std::string audits = "content/audits";
  SourcePos audits_pos;  ///< where qaf.yaml names `audits` (no file when it does not)
  std::string packs = "packs";
  std::string period = "quarter";  ///< quarter | month
  int suppress_below = 5;           ///< aggregate counts under this are hidden on the site
  bool allow_raw_html = false;
  PdfFonts pdf_fonts;
  /// The site's address as readers reach it ("https://intranet.example.gov.uk/qaf/", ending in
  /// "/"): printed documents name their page's full address; "" when not set (no address printed).
  std::string site_url;
  /// The language the framework is written in, as a BCP 47 tag: the site's pages and the PDFs
  /// say it, so that a screen reader speaks them in it (qaf.yaml `language`).
  std::string language = "en-GB";
  long max_output_mb = 8192;  ///< site and packs together may not exceed this (qaf.yaml max_output_mb)
  SourcePos max_output_pos;   ///< where qaf.yaml sets it (no file when it does not)
  SourcePos pos;
};

/// A published version of a framework, kept beside its sources in
/// frameworks/<id>/versions/<version>/ (written by `qaf publish`), loaded as it was.
struct KeptVersion {
  std::string version;  ///< the folder's name, equal to its framework.yaml version
  Framework framework;  ///< id as the current framework's; dir "frameworks/<id>/versions/<version>"
};

struct Project {
  std::string root;  ///< the project directory as given
  Config config;
  std::vector<Framework> frameworks;
  /// Each framework's kept versions by framework id, oldest first (compare_versions); a framework
  /// with none has no entry.
  std::map<std::string, std::vector<KeptVersion>> kept;
  std::vector<Page> pages;  ///< narrative pages from content/
  std::vector<AuditRecord> audits;
  Images images;  ///< image files placed in pages, by project path

  const Framework* find_framework(const std::string& id) const;
  /// The kept versions of framework `id`, oldest first (empty when it has none).
  const std::vector<KeptVersion>& kept_versions(const std::string& id) const;
  /// Framework `id` as it was in `version`: the current framework for its own version (or ""),
  /// a kept one, or nullptr when that version is not kept.
  const Framework* framework_at(const std::string& id, const std::string& version) const;
  /// The framework an audit record was completed on (AuditRecord::version): the current one
  /// when that version is not kept, or for an unknown framework nullptr.
  const Framework* framework_of(const AuditRecord& record) const;
};

}  // namespace qaf
