// Lookups across a framework's structures.
#include "model/framework.hpp"

#include <algorithm>

#include "support/plural.hpp"
#include "support/suggest.hpp"

namespace qaf {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

int compare_versions(std::string_view a, std::string_view b) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      // Numbers: leading zeros aside, the longer run is the larger.
      std::size_t ei = i, ej = j;
      while (ei < a.size() && digit(a[ei])) ++ei;
      while (ej < b.size() && digit(b[ej])) ++ej;
      std::string_view x = a.substr(i, ei - i), y = b.substr(j, ej - j);
      while (x.size() > 1 && x[0] == '0') x.remove_prefix(1);
      while (y.size() > 1 && y[0] == '0') y.remove_prefix(1);
      if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
      if (const int c = x.compare(y)) return c < 0 ? -1 : 1;
      i = ei, j = ej;
      continue;
    }
    if (a[i] != b[j]) {
      // A version with more after a common start is later: "2.0-draft" after "2.0" (a letter
      // compares after the end), and letters after a separator.
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
    }
    ++i, ++j;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

const std::vector<std::string>& implementation_words() {
  static const std::vector<std::string> words{"immediate", "on approval", "on publication"};
  return words;
}

std::string FrameworkMeta::status_label() const { return capitalised(status.empty() ? kNotRecorded : status); }

std::string FrameworkMeta::version_phrase() const { return version.empty() ? "" : "version " + version; }

std::vector<std::pair<std::string, std::string>> FrameworkMeta::facts() const {
  auto date = [](const std::optional<Date>& d) { return d ? d->long_form() : std::string(); };
  std::vector<std::pair<std::string, std::string>> rows{
      {"Council", council},
      {"Version", version.empty() ? kNotRecorded : version},
      {"Status", status_label()},
      {"Approved by", !approved_by.empty() ? approved_by : was_approved() ? kNotRecorded : ""},
      {"Approved on", date(approved_on)},
      {"In use from", !implementation_word.empty() ? capitalised(implementation_word) : date(implementation_date)},
      {"Reviewed every", review_every_months ? plural(review_every_months, "month") : ""},
      {"Reviewed", capitalised(review_interval)},
      {"Next review", next_review ? date(next_review) : kNotRecorded},
      {"Owner", owner}};
  for (const MetaDetail& d : details) rows.emplace_back(d.label, d.value);
  std::erase_if(rows, [](const auto& r) { return r.second.empty(); });
  return rows;
}

const Scale* Framework::find_scale(const std::string& id) const { return find_by_id(scales, id); }
const Rubric* Framework::find_rubric(const std::string& id) const { return find_by_id(rubrics, id); }
const Template* Framework::find_template(const std::string& id) const { return find_by_id(templates, id); }

namespace {
// How a condition reads, the question it names found (or not) by the caller.
std::string condition_words(const Framework& fw, const Template& t, const Condition& c, const Question* question,
                            const std::string& question_ref) {
  if (!c.label.empty()) return c.label;
  const HeaderField* field = c.field.id.empty() ? nullptr : t.find_field(c.field.id);
  const Scale* scale = fw.find_scale(field ? field->scale.id : question ? question->scale.id : "");
  std::vector<std::string> labels;
  for (const Ref& value : c.values) {
    const Choice* option = scale ? scale->find_option(value.id) : nullptr;
    const Grade* grade = scale && !option ? scale->find_grade(value.id) : nullptr;
    labels.push_back(option ? option->label : grade ? grade->label : value.id);
  }
  const std::string values = join_or(labels);
  if (!c.field.id.empty()) return "Only when " + (field ? field->label : c.field.id) + " is " + values;
  if (!c.question.id.empty()) return "Only when the answer to " + question_ref + " is " + values;
  return "Only in some cases";
}
}  // namespace

std::string Framework::condition_text(const Template& t, const Condition& c) const {
  const Question* question = c.question.id.empty() ? nullptr : t.find_question(c.question.id);
  return condition_words(*this, t, c, question,
                         question ? t.question_reference(*question) : "question " + c.question.id);
}

std::string Framework::condition_text(const Template& t, const FeedbackSource& src, const Condition& c) const {
  const Question* question = c.question.id.empty() ? nullptr : src.find_question(c.question.id);
  return condition_words(*this, t, c, question,
                         question ? "question " + src.question_number(question->id) : "question " + c.question.id);
}
const Role* Framework::find_role(const std::string& id) const { return find_by_id(roles, id); }

const Body* Framework::find_body(const std::string& id) const { return find_by_id(bodies, id); }

std::string Framework::person_label(const BodyPerson& p) const {
  if (p.role.id.empty()) return p.words;
  const Role* r = find_role(p.role.id);
  return r ? r->title : p.role.id;
}

const Standard* Framework::find_standard(const std::string& id) const {
  for (const StandardSection& s : standards)
    if (const Standard* st = find_by_id(s.standards, id)) return st;
  return nullptr;
}

std::vector<std::string> Framework::standard_names(const std::vector<Ref>& refs) const {
  std::vector<std::string> out;
  for (const Ref& r : refs) {
    const Standard* s = find_standard(r.id);
    out.push_back(s ? standard_name(*s) : r.id);
  }
  return out;
}

std::string Framework::due_text(const DueTime& due) const {
  std::string title = due.programme.id;
  for (const Programme& p : programmes)
    if (p.id == due.programme.id) title = p.title;
  const std::string when = clock_time_words(due.time);
  return (when.empty() ? std::string("by the end of") : "by " + when + " on") + " Day " + std::to_string(due.day) +
         " of " + title;
}

Standard* Framework::find_standard(const std::string& id) {
  return const_cast<Standard*>(static_cast<const Framework*>(this)->find_standard(id));
}

const Skill* Framework::find_skill(const std::string& id) const {
  for (const SkillSet& set : skill_sets)
    for (const SkillGroup& g : set.groups)
      if (const Skill* s = find_by_id(g.skills, id)) return s;
  return nullptr;
}

std::string Framework::inherited_lead(const Role& parent) const {
  const auto n = static_cast<long long>(all_responsibilities(parent).size());
  return n == 0 ? "Takes on the role of " : "Takes on the " + plural(n, "responsibility", "responsibilities") + " of ";
}

std::vector<const Text*> Framework::all_responsibilities(const Role& role) const {
  std::vector<const Role*> chain;
  for (const Role* r = &role; r && std::find(chain.begin(), chain.end(), r) == chain.end();
       r = r->inherits.id.empty() ? nullptr : find_role(r->inherits.id))
    chain.push_back(r);
  std::vector<const Text*> out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    for (const Text& t : (*it)->responsibilities) out.push_back(&t);
  return out;
}

}  // namespace qaf
