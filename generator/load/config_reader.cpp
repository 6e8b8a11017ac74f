// Reads the site configuration (qaf.yaml).
#include <cctype>
#include <filesystem>

#include "load/readers.hpp"
#include "support/paths.hpp"

namespace qaf::detail {

void read_config(const YamlFile& file, const YAML::Node& n, Config& c, const std::string& project_root) {
  if (n.IsNull()) return;  // an empty qaf.yaml is fine
  Fields f(file, n, "config");
  c.pos = f.pos();
  if (!f.ok()) return;
  if (f.has("title")) c.title = f.str("title");
  c.council = f.str("council");
  if (f.has("theme")) c.theme = f.id("theme");
  c.logo = f.str("logo");
  if (!c.logo.empty() && (std::filesystem::path(c.logo).is_absolute() ||
                          !path_within(std::filesystem::path(project_root) / c.logo, project_root)))
    // The logo is copied into the site: it must be a file of the project, never one from elsewhere.
    hint(file.diags().error(f.pos_of("logo"), "logo file '" + c.logo + "' is outside the project folder"),
         "the logo is copied into the site: put it in the project (e.g. content/logo.png) and name it from there");
  c.primary_colour = f.str("primary_colour");
  if (!c.primary_colour.empty()) {
    const std::string& pc = c.primary_colour;
    bool ok = pc.size() == 7 && pc[0] == '#';
    for (std::size_t i = 1; ok && i < pc.size(); ++i) ok = std::isxdigit(static_cast<unsigned char>(pc[i])) != 0;
    if (!ok) hint(file.diags().error(f.pos_of("primary_colour"), "'" + pc + "' is not a colour"), "write it as #rrggbb, e.g. #1d70b8");
  }
  c.frameworks = f.refs("frameworks");
  if (f.has("audits")) {
    c.audits = f.str("audits");
    c.audits_pos = f.pos_of("audits");
  }
  if (f.has("packs")) c.packs = f.str("packs");
  c.period = f.one_of("period", {"quarter", "month"}, "quarter");
  c.suppress_below = static_cast<int>(f.integer("suppress_below", 1, 1000).value_or(5));
  c.allow_raw_html = f.boolean("allow_raw_html").value_or(false);
  if (f.has("site_url")) {
    c.site_url = f.str("site_url");
    if (c.site_url.rfind("https://", 0) != 0 && c.site_url.rfind("http://", 0) != 0)
      hint(file.diags().error(f.pos_of("site_url"), "'" + c.site_url + "' is not a web address"),
           "write the address staff use to reach the site, starting https://, e.g. https://intranet.example.gov.uk/qaf/");
    else if (c.site_url.back() != '/')
      c.site_url += '/';
  }
  if (f.has("language")) {
    const std::string lang = f.str("language");
    // A BCP 47 tag's shape: a language of 2-3 letters, then subtags of 1-8 letters or digits.
    bool ok = lang.size() >= 2;
    std::size_t run = 0, part = 0;
    for (char ch : lang + "-") {
      if (ch == '-') {
        ok = ok && (part == 0 ? run >= 2 && run <= 3 : run >= 1 && run <= 8);
        run = 0, ++part;
      } else {
        ok = ok && (part == 0 ? std::isalpha(static_cast<unsigned char>(ch)) : std::isalnum(static_cast<unsigned char>(ch)));
        ++run;
      }
    }
    if (ok) c.language = lang;
    else
      hint(file.diags().error(f.pos_of("language"), "'" + lang + "' is not a language tag"),
           "write the language the framework is in as a tag, e.g. en-GB for English or cy for Welsh");
  }
  if (f.has("max_output_mb")) {
    c.max_output_mb = f.integer("max_output_mb", 1, 1000000).value_or(c.max_output_mb);
    c.max_output_pos = f.pos_of("max_output_mb");
  }
  if (f.has("pdf_fonts")) {
    Fields p(file, f.node("pdf_fonts"), "pdf-fonts", {}, f.pos_of("pdf_fonts"));
    if (p.ok()) {
      PdfFonts& pf = c.pdf_fonts;
      pf.pos = p.pos();
      pf.regular = p.str("regular");
      pf.bold = p.str("bold");
      pf.italic = p.str("italic");
      pf.bold_italic = p.str("bold_italic");
      pf.fallbacks = ids_of(p.refs("fallbacks"));
      // Each file must exist, in the project or among the system's fonts (a font is read and
      // embedded in every PDF: never a file from anywhere else); checked here so a slip is reported with its place.
      auto check = [&](const SourcePos& at, const std::string& path) {
        namespace fs = std::filesystem;
        if (path.empty()) return;
        const fs::path font = fs::path(project_root) / path;  // an absolute path stays itself
        if (!path_within(font, project_root) && !path_within(font, "/usr/share/fonts") &&
            !path_within(font, "/usr/local/share/fonts")) {
          hint(file.diags().error(at, "font file '" + path + "' is outside the project folder and the system's font folders"),
               "copy the font into the project (e.g. fonts/) and name it from there, or use one installed under /usr/share/fonts");
          return;
        }
        std::error_code ec;
        if (!fs::is_regular_file(font, ec))
          hint(file.diags().error(at, "font file '" + path + "' not found"),
               "give a path relative to the project folder, e.g. fonts/Arial.ttf, or one under /usr/share/fonts");
      };
      check(p.pos_of("regular"), pf.regular);
      check(p.pos_of("bold"), pf.bold);
      check(p.pos_of("italic"), pf.italic);
      check(p.pos_of("bold_italic"), pf.bold_italic);
      for (const Ref& fb : p.refs("fallbacks")) check(fb.pos, fb.id);
    }
  }
}

}  // namespace qaf::detail
