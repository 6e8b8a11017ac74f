// Reads "what good looks like" rubrics in their three shapes, with judgement guidance.
#include "load/markdown_check.hpp"
#include "load/readers.hpp"

namespace qaf::detail {

Rubric read_rubric(const YamlFile& file, const YAML::Node& n) {
  Rubric r;
  Fields f(file, n, "rubric");
  r.pos = f.pos();
  if (!f.ok()) return r;
  Diagnostics& d = file.diags();
  r.id = f.id();
  r.title = f.str("title");
  r.intro = f.text("intro");
  const std::string shape = f.one_of("shape", {"indicators", "matrix", "measures"}, "indicators");
  r.shape = shape == "matrix" ? RubricShape::matrix : shape == "measures" ? RubricShape::measures : RubricShape::indicators;
  r.scale = f.ref("scale");
  r.grades = f.refs("grades");
  if (f.has("grades") && r.shape != RubricShape::matrix)
    hint(d.error(f.pos_of("grades"), "'grades' applies only to a rubric of shape 'matrix'"),
         "remove it, or change the rubric's 'shape'");
  if (r.shape == RubricShape::matrix && r.scale.id.empty())
    hint(d.error(f.pos(), "a matrix rubric needs 'scale'"), "name the grades scale whose grades are the columns");
  f.map("guidance", [&](const std::string& grade, const SourcePos& kpos, const YAML::Node& v) {
    if (!v.IsScalar()) {
      d.error(file.pos(v, kpos), "guidance for '" + grade + "' must be text, not " + describe(v));
      return;
    }
    r.guidance.push_back({Ref{grade, kpos}, file.text_at(v.Scalar(), file.pos(v, kpos)), kpos});
    check_markdown_limits(r.guidance.back().text.markdown, r.guidance.back().text.pos, false, d);
  });
  if (!r.guidance.empty() && r.scale.id.empty())
    hint(d.error(f.pos_of("guidance"), "judgement guidance needs the rubric's 'scale'"),
         "name the grades scale the guidance keys come from");

  each_object(f, "areas", "area", [&](const Fields& a) {
    RubricArea area;
    area.id = a.id();
    area.title = a.str("title");
    area.intro = a.text("intro");
    area.standards = a.refs("standards");
    area.pos = a.pos();
    area.indicators = a.texts("indicators");
    a.map("cells", [&](const std::string& grade, const SourcePos& kpos, const YAML::Node& v) {
      if (!v.IsScalar()) {
        d.error(file.pos(v, kpos), "cell '" + grade + "' must be text, not " + describe(v));
        return;
      }
      area.cells.push_back({Ref{grade, kpos}, file.text_at(v.Scalar(), file.pos(v, kpos))});
      check_markdown_limits(area.cells.back().text.markdown, area.cells.back().text.pos, false, d);
    });
    area.good = a.text("good");
    area.measured = a.text("measured");
    // Each shape uses its own keys; the others are mistakes.
    const std::vector<std::pair<const char*, RubricShape>> owned = {{"indicators", RubricShape::indicators},
                                                                    {"cells", RubricShape::matrix},
                                                                    {"good", RubricShape::measures},
                                                                    {"measured", RubricShape::measures}};
    for (const auto& [key, sh] : owned)
      if (a.has(key) && sh != r.shape)
        hint(d.error(a.pos_of(key), std::string("'") + key + "' does not apply to a rubric of shape '" + shape + "'"),
             "remove it, or change the rubric's 'shape'");
    if (r.shape == RubricShape::indicators && area.indicators.empty())
      d.error(a.pos(), "area '" + area.id + "' has no 'indicators'");
    if (r.shape == RubricShape::measures && (area.good.empty() || area.measured.empty()))
      hint(d.error(a.pos(), "area '" + area.id + "' needs 'good' and 'measured'"),
           "a measures rubric says what good looks like and how it is measured for each standard");
    if (r.shape == RubricShape::matrix && !a.has("cells")) d.error(a.pos(), "area '" + area.id + "' has no 'cells'");
    r.areas.push_back(std::move(area));
  });
  return r;
}

}  // namespace qaf::detail
