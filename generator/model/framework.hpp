// A whole framework: metadata and change history plus every structure it defines.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/body.hpp"
#include "model/glossary.hpp"
#include "model/indicator.hpp"
#include "model/programme.hpp"
#include "model/rubric.hpp"
#include "model/rules.hpp"
#include "model/scale.hpp"
#include "model/skills.hpp"
#include "model/standards.hpp"
#include "model/template.hpp"
#include "support/date.hpp"

namespace qaf {

struct ChangeEntry {
  Date date;
  std::string version;
  Text summary;
  std::string author;
  SourcePos pos;
};

/// Who the framework is issued to, and for what: sign-off, review or information.
struct AudienceEntry {
  std::string who;
  std::string involvement;  ///< sign-off | review | information
  SourcePos pos;
};

/// Shown for metadata a (historic) framework never recorded: approver, next review date,
/// moderation sample size.
inline constexpr const char* kNotRecorded = "not recorded";

/// A document-control item the council records beyond the usual ones, kept as written
/// ("Audit scheduled: N/A", "Where this is kept: the Tri.x library").
struct MetaDetail {
  std::string label;
  std::string value;
  SourcePos pos;
};

/// Orders version names as people read them: "1.9" before "1.10" before "2.0", "2.0-draft" after
/// "2.0" (runs of digits compare as numbers, the rest as text). Negative, zero or positive.
int compare_versions(std::string_view a, std::string_view b);

/// The words `implementation_date` accepts in place of a date, as councils write them.
const std::vector<std::string>& implementation_words();

struct FrameworkMeta {
  std::string title;
  std::string council;
  std::string version;  ///< "" when the document gives none
  std::string status;  ///< draft | approved | superseded, or "" when the document never says
  std::string approved_by;  ///< "" when not recorded
  std::optional<Date> approved_on;          ///< may be known only to the month or year
  std::optional<Date> implementation_date;  ///< may be known only to the month or year
  std::string implementation_word;          ///< "immediate", "on approval": instead of a date
  int review_every_months = 0;
  std::string review_interval{};  ///< when it is reviewed, in words ("at regular intervals"), or ""
  std::optional<Date> next_review;  ///< nullopt when not recorded
  std::string owner;  ///< who maintains it (e.g. the PSW)
  Text summary;
  std::vector<AudienceEntry> audience;
  std::vector<ChangeEntry> changes;  ///< newest first after loading
  std::vector<MetaDetail> details;   ///< further document-control items, in source order
  SourcePos pos;

  /// True once the framework has been approved (approved or superseded): it then has an
  /// approver, recorded or not.
  bool was_approved() const { return status == "approved" || status == "superseded"; }
  /// The status as readers see it: "Approved", or "Not recorded" when the document never says.
  std::string status_label() const;
  /// "version 2.1", or "" when the document gives no version: for running text and footers.
  std::string version_phrase() const;
  /// The document-control facts in the order the site and the handbook show them, with a
  /// label each: empty values are left out, missing ones that matter say "not recorded".
  std::vector<std::pair<std::string, std::string>> facts() const;
};

struct Framework {
  std::string id;   ///< folder name under frameworks/
  std::string dir;  ///< "frameworks/<id>"
  FrameworkMeta meta;
  std::vector<Scale> scales;
  std::vector<StandardSection> standards;
  std::vector<Rubric> rubrics;
  std::vector<SkillSet> skill_sets;
  std::vector<Template> templates;
  Rules rules;
  std::vector<Programme> programmes;
  std::vector<Role> roles;
  std::vector<Body> bodies;
  std::vector<Indicator> indicators;
  std::vector<Page> pages;
  std::vector<GlossaryEntry> glossary;  ///< in the order written (files in name order)
  /// Groups of words or phrases that mean the same in this framework but are not glossary terms
  /// (["S47", "section 47 enquiry", "child protection enquiry"]), each of at least two.
  std::vector<std::vector<std::string>> synonym_groups;
  std::vector<SourcePos> synonym_group_pos;  ///< where each of `synonym_groups` is written, in the same order
  /// Set by the loader when one of its files could not be parsed: references into the
  /// missing part are not reported (the syntax error is), and audits on it are not checked.
  bool incomplete = false;

  const Scale* find_scale(const std::string& id) const;
  const Standard* find_standard(const std::string& id) const;
  Standard* find_standard(const std::string& id);
  /// standard_name() of each standard referred to, in order (the id itself when there is no such standard).
  std::vector<std::string> standard_names(const std::vector<Ref>& refs) const;
  /// When a form is due, as readers see it: "by 5 p.m. on Day 4 of Practice week" (the
  /// programme's id when it has no such programme).
  std::string due_text(const DueTime& due) const;
  const Rubric* find_rubric(const std::string& id) const;
  const Skill* find_skill(const std::string& id) const;
  const Template* find_template(const std::string& id) const;
  /// What a form says of a condition, in words: its own `label`, else "Only when Type of plan
  /// is Looked after" with the field's label and the options' labels (not their ids); a
  /// question by its number, the same on the web and on paper ("question 2.3").
  std::string condition_text(const Template& t, const Condition& c) const;
  /// The same for a condition of a feedback source's own question: a question it names is one
  /// of the source's ("Only when the answer to question 1 is Yes").
  std::string condition_text(const Template& t, const FeedbackSource& src, const Condition& c) const;
  const Role* find_role(const std::string& id) const;
  const Body* find_body(const std::string& id) const;
  /// A body person as readers see them: the role's title, or the words.
  std::string person_label(const BodyPerson& p) const;
  /// A role's responsibilities, inherited ones first (cycle-safe).
  std::vector<const Text*> all_responsibilities(const Role& role) const;
  /// The words before the parent role's title in "Takes on the 3 responsibilities of
  /// <parent>, and also:", which read as English for any title, singular or plural.
  std::string inherited_lead(const Role& parent) const;
};

}  // namespace qaf
