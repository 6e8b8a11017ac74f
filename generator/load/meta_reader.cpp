// Reads framework metadata: title, council, version, status, review dates, audience, change history.
#include <algorithm>

#include "load/readers.hpp"
#include "support/suggest.hpp"

namespace qaf::detail {

void read_meta(const YamlFile& file, const YAML::Node& n, FrameworkMeta& m) {
  Fields f(file, n, "framework");
  m.pos = f.pos();
  if (!f.ok()) return;
  m.title = f.str("title");
  m.council = f.str("council");
  m.version = f.str("version");
  // A historic document may give no version or status: both are then shown as "not recorded".
  if (f.has("status")) m.status = f.one_of("status", {"draft", "approved", "superseded"}, "draft");
  m.approved_by = f.str("approved_by");
  // Historic frameworks often record dates only to the month or the year: kept as written.
  m.approved_on = f.partial_date("approved_on");
  // "Implementation: immediate": a word in place of a date, as the council wrote it.
  const std::string when = f.str("implementation_date");
  const auto& words = implementation_words();
  if (std::find(words.begin(), words.end(), when) != words.end()) {
    m.implementation_word = when;
  } else if (!when.empty() && !parse_partial_date(when)) {
    std::vector<std::string> quoted;
    for (const std::string& w : words) quoted.push_back("'" + w + "'");
    hint(file.diags().error(f.pos_of("implementation_date"), "'" + when + "' is not a date"),
         "write a date (2026-04-01, 2026-04 or 2026), or the words " + join_or(quoted));
  } else {
    m.implementation_date = f.partial_date("implementation_date");
  }
  m.review_every_months = static_cast<int>(f.integer("review_every_months", 1, 120).value_or(0));
  // A review "at intervals", or "when guidance changes": in words, where no period is set.
  m.review_interval = f.str("review_interval");
  if (f.has("review_interval") && f.has("review_every_months"))
    hint(file.diags().error(f.pos_of("review_interval"), "'review_interval' and 'review_every_months' do not go together"),
         "keep 'review_every_months' for a review every so many months, or 'review_interval' for one in words "
         "('at regular intervals')");
  m.next_review = f.partial_date("next_review");
  m.owner = f.str("owner");
  m.summary = f.text("summary");
  // Metadata a historic framework never recorded is shown as "not recorded"; it is worth a
  // warning only where it matters: an approved framework whose approver is unknown, and a
  // framework still in use (not superseded) with no date for its next review and no interval in words.
  if (m.status == "approved" && m.approved_by.empty()) {
    Diagnostic& w = file.diags().warning(f.pos_of("status"), "an approved framework without 'approved_by': the site "
                                                              "shows the approver as \"not recorded\"");
    hint(w, "say who approved it if it is known, e.g. 'approved_by: Children's Services Leadership Team'");
  }
  // A framework that says when it is reviewed in words ("at intervals") has answered the question.
  if (!f.has("next_review") && m.status != "superseded" && m.review_interval.empty()) {
    Diagnostic& w = file.diags().warning(f.pos(), "the framework has no 'next_review' date: the site shows it as "
                                                  "\"not recorded\"");
    hint(w, "set the date of the next review, e.g. 'next_review: 2027-09'; a framework no longer in use can say "
            "'status: superseded'");
  }
  if (m.next_review && m.status != "superseded" && m.next_review->days_since_epoch() < today().days_since_epoch()) {
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
    e.date = c.partial_date("date").value_or(Date{});
    e.version = c.str("version");
    e.summary = c.text("summary");
    e.author = c.str("author");
    e.pos = c.pos();
    m.changes.push_back(std::move(e));
  });
  // Further document-control items, kept as written: "Audit scheduled: N/A".
  each_object(f, "details", "detail", [&](const Fields& dt) {
    m.details.push_back({dt.str("label"), dt.str("value"), dt.pos()});
  });
  std::stable_sort(m.changes.begin(), m.changes.end(),
                   [](const ChangeEntry& a, const ChangeEntry& b) { return a.date > b.date; });
}

}  // namespace qaf::detail
