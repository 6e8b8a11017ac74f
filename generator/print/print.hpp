// Printable documents: blank (or filled) templates and framework booklets as layout documents, and the PDFs of a project.
#pragma once
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "layout/fonts.hpp"
#include "model/audit.hpp"
#include "model/image.hpp"
#include "model/project.hpp"
#include "output/output_tree.hpp"
#include "support/date.hpp"
#include "support/diagnostics.hpp"
#include "versions/history.hpp"

namespace qaf::print {

struct PrintOptions {
  Date printed_on;       ///< "Printed from version X on DATE": pass today() (SOURCE_DATE_EPOCH when set)
  std::string site_url;  ///< the site's address, before site paths in "Online version: ..." ("": no address printed)
  bool layout_only = false;  ///< render_pdfs for qaf check: laid out (for the warnings), not written: empty files
  const Images* images = nullptr;  ///< the project's images, placed in pages (render_pdfs sets it)
  /// The site has a fill-in form for each template (the current version's): a blank form gives its
  /// address, with site_url. False for an earlier version's PDFs, whose forms are not on the site.
  bool fill_in_forms = true;
};

/// The blank form of template `t`, one page size per `t.landscape`. With `record` (an
/// audit of `t`) the same form is drawn filled in: options ticked, the grade marked,
/// text in place of writing lines, the actions table and moderation filled, and the
/// judgement (given or computed). A filled form holds personal data: it belongs in packs,
/// never in the site. Pure; the caller owns the result.
layout::Document template_document(const Framework& fw, const Template& t, const PrintOptions& options,
                                   const AuditRecord* record = nullptr);

/// Booklets: the practice standards; one rubric (a matrix rubric is landscape); one
/// skill set (landscape when its levels grid is wide); the whole framework handbook
/// (contents, bookmarks, page labels; wide grids on landscape pages). Pure.
layout::Document standards_document(const Framework& fw, const PrintOptions& options);
layout::Document rubric_document(const Framework& fw, const Rubric& r, const PrintOptions& options);
layout::Document skills_document(const Framework& fw, const SkillSet& s, const PrintOptions& options);
/// With `changes` (the current version's, versions::current_step), the handbook's "About this
/// framework" ends with "Changes in this version".
layout::Document handbook_document(const Framework& fw, const PrintOptions& options,
                                   const versions::Step* changes = nullptr);

/// One printable document and where its PDF goes in the site.
struct PrintJob {
  std::string path;  ///< site path of the PDF, e.g. "example-borough/pdf/case-audit.pdf"
  layout::Document document;
};

/// Every printable document of `project`, by framework: the handbook, the standards
/// booklet (when there are standards), each rubric and skill set, each template's blank form.
std::vector<PrintJob> print_jobs(const Project& project, const PrintOptions& options);

/// Lays out and writes every job's PDF, returned as files by site path (merge them into
/// the site). A character no font has is warned about once per place in the source.
/// Reads the font files; throws pdf::PdfError when libharu fails.
OutputTree render_pdfs(const Project& project, const layout::FontSet& fonts, const PrintOptions& options,
                       Diagnostics& diags);

}  // namespace qaf::print
