// Reads framework metadata: title, council, version, status, review dates, audience, change history.
#include <algorithm>

#include "load/readers.hpp"

namespace qaf::detail {

void read_meta(const YamlFile& file, const YAML::Node& n, FrameworkMeta& m) {
  Fields f(file, n, "framework");
  m.pos = f.pos();
  if (!f.ok()) return;
  m.title = f.str("title");
  m.council = f.str("council");
  m.version = f.str("version");
  m.status = f.one_of("status", {"draft", "approved", "superseded"}, "draft");
  m.approved_by = f.str("approved_by");
  m.approved_on = f.date("approved_on");
  m.implementation_date = f.date("implementation_date");
  m.review_every_months = static_cast<int>(f.integer("review_every_months", 1, 120).value_or(0));
  m.next_review = f.date("next_review", true);
  m.owner = f.str("owner");
  m.summary = f.text("summary");
  if (m.status == "approved" && m.approved_by.empty()) {
    Diagnostic& e = file.diags().error(f.pos_of("status"), "an approved framework needs 'approved_by'");
    hint(e, "say who approved it, e.g. 'approved_by: Children's Services Leadership Team'");
  }
  if (m.next_review && m.next_review->days_since_epoch() < today().days_since_epoch()) {
    Diagnostic& w = file.diags().warning(f.pos_of("next_review"),
                                         "the next review date " + m.next_review->iso() + " has passed");
    hint(w, "review the framework, then set a new 'next_review' date");
  }
  each_object(f, "audience", "audience", [&](const Fields& a) {
    m.audience.push_back({a.str("who"), a.one_of("involvement", {"sign-off", "review", "information"}, "information"),
                          a.pos()});
  });
  each_object(f, "changes", "change", [&](const Fields& c) {
    ChangeEntry e;
    e.date = c.date("date", true).value_or(Date{});
    e.version = c.str("version");
    e.summary = c.text("summary");
    e.author = c.str("author");
    e.pos = c.pos();
    m.changes.push_back(std::move(e));
  });
  std::stable_sort(m.changes.begin(), m.changes.end(),
                   [](const ChangeEntry& a, const ChangeEntry& b) { return a.date > b.date; });
}

}  // namespace qaf::detail
