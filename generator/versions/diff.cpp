// The structural comparison: each framework flattened into items readers know, then matched by key.
#include "versions/diff.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "markdown/markdown.hpp"
#include "support/plural.hpp"

namespace qaf::versions {
namespace {

// Plain text of Markdown, one paragraph per line.
std::string plain(const Text& t) { return t.empty() ? "" : markdown_to_text(t.markdown); }

// Fields joined with line breaks, empty ones left out.
std::string joined(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += '\n';
    out += p;
  }
  return out;
}

std::string texts(const std::vector<Text>& list) {
  std::string out;
  for (const Text& t : list) out += (out.empty() ? "" : "\n") + plain(t);
  return out;
}

// How a question is named in a list of changes: its number and the start of its words
// ("3.2 Does the plan say what must change for the child, who is…").
std::string question_label(const std::string& number, const Question& q) {
  constexpr std::size_t kMax = 70;
  std::string words = markdown_to_text(q.full_markdown());
  for (char& c : words)
    if (c == '\n') c = ' ';
  if (words.size() > kMax) {
    std::size_t cut = words.rfind(' ', kMax);
    if (cut == std::string::npos || cut < kMax / 2) cut = kMax;
    while (cut < words.size() && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80) ++cut;  // not inside a character
    words = words.substr(0, cut) + "…";
  }
  return number.empty() ? words : number + " " + words;
}

// How a question is answered, with its words: another answer type or scale, a question made
// optional, or asked only in some cases, changes what its answers mean. `shown` as readers know
// it ("Answer: choice on Yes or no. Only when the answer to question 1.2 is No"), `ids` as it is
// compared ("choice yes-no when seen-alone no").
struct Answered {
  std::string shown, ids;
};

Answered answered(const Framework& fw, const Question& q, const std::string& condition) {
  Answered a;
  a.shown = "Answer: " + std::string(to_string(q.type));
  a.ids = std::string(to_string(q.type));
  if (!q.scale.id.empty()) {
    const Scale* s = fw.find_scale(q.scale.id);
    a.shown += " on " + (s ? s->title : q.scale.id);
    a.ids += " " + q.scale.id;
  }
  if (!q.required) a.shown += ", optional", a.ids += " optional";
  if (q.when) {
    const Condition& c = *q.when;
    a.shown += ". " + condition;
    a.ids += " when " + c.question.id + c.field.id + (c.machine_checkable() ? "" : " " + c.label);
    for (const Ref& v : c.values) a.ids += " " + v.id;
  }
  return a;
}

class Flattener {
 public:
  explicit Flattener(const Framework& fw) : fw_(fw) {}

  std::vector<Item> run() {
    add(ItemKind::framework, "framework", "Title and summary", "", "Framework", joined({fw_.meta.title, plain(fw_.meta.summary)}));
    for (const Page& p : fw_.pages) {
      // A page that opens with its own title is not compared on the title twice.
      const std::string body = markdown_to_text(p.body);
      const bool titled = body.compare(0, p.title.size(), p.title) == 0;
      add(ItemKind::page, p.id, p.title, "", "Pages", titled ? body : joined({p.title, body}), "", p.id);
    }
    standards();
    for (const Rubric& r : fw_.rubrics) rubric(r);
    for (const SkillSet& s : fw_.skill_sets) skill_set(s);
    for (const Template& t : fw_.templates) template_(t);
    for (const Scale& s : fw_.scales) scale(s);
    rules();
    parent_.clear();
    for (const Programme& p : fw_.programmes)
      add(ItemKind::programme, p.id, p.title, "", "Programmes", joined({p.title, plain(p.intro)}), "", p.id);
    for (const Role& r : fw_.roles)
      add(ItemKind::role, r.id, r.title, "", "Roles", joined({r.title, plain(r.summary), texts(r.responsibilities)}), "", r.id);
    for (const Body& b : fw_.bodies)
      add(ItemKind::body, b.id, b.title, "", "Boards, panels and meetings", joined({b.title, plain(b.purpose), b.meetings_note}), "", b.id);
    for (const Indicator& i : fw_.indicators)
      add(ItemKind::indicator, i.id, i.title, "", "Performance indicators",
          joined({i.title, plain(i.description), i.unit, i.source, i.better.empty() ? "" : i.better + " is better"}), "", i.id);
    return std::move(items_);
  }

 private:
  void add(ItemKind kind, std::string key, std::string label, std::string place, std::string group, std::string text,
           std::string owner = "", std::string id = "", const Answered* answer = nullptr) {
    std::string compared = answer ? text + "\n\x1f" + answer->ids : text;
    if (answer) text = joined({text, answer->shown});
    items_.push_back({kind, std::move(key), std::move(label), std::move(place), parent_, std::move(group),
                      std::move(text), std::move(owner), std::move(id), std::move(compared)});
  }
  // What the next items sit in (see Item::parent).
  std::string parent_;

  void standards() {
    for (const StandardSection& sec : fw_.standards) {
      const std::string where = sec.numbered ? "Section " + sec.id + ": " + sec.title : sec.title;
      parent_.clear();
      add(ItemKind::standard_section, sec.id, where, "", "Practice standards", joined({sec.title, plain(sec.intro)}), "", sec.id);
      parent_ = sec.id;
      for (const Standard& s : sec.standards)
        add(ItemKind::standard, s.id, standard_heading(s, " "), where, "Practice standards",
            joined({s.title, plain(s.text), s.timescale, plain(s.guidance)}), "", s.id);
    }
  }

  void rubric(const Rubric& r) {
    const std::string group = "Rubric: " + r.title;
    std::string guidance;
    for (const JudgementGuidance& g : r.guidance) guidance += (guidance.empty() ? "" : "\n") + plain(g.text);
    parent_.clear();
    add(ItemKind::rubric, r.id, r.title, "", group, joined({r.title, plain(r.intro), guidance}), r.id);
    const Scale* scale = fw_.find_scale(r.scale.id);
    for (const RubricArea& a : r.areas) {
      parent_ = r.id;
      add(ItemKind::rubric_area, r.id + "/" + a.id, a.title, r.title, group,
          joined({a.title, plain(a.intro), texts(a.indicators), plain(a.good), plain(a.measured)}), r.id, a.id);
      parent_ = r.id + "/" + a.id;
      for (const RubricCell& c : a.cells) {
        const Grade* g = scale ? scale->find_grade(c.grade.id) : nullptr;
        add(ItemKind::rubric_cell, r.id + "/" + a.id + "/" + c.grade.id, a.title + ": " + (g ? g->label : c.grade.id),
            r.title, group, plain(c.text), r.id, a.id);
      }
    }
  }

  void skill_set(const SkillSet& set) {
    const std::string group = "Skills: " + set.title;
    parent_.clear();
    add(ItemKind::skill_set, set.id, set.title, "", group, joined({set.title, plain(set.intro)}), set.id);
    const Scale* scale = fw_.find_scale(set.scale.id);
    for (const SkillGroup& g : set.groups)
      for (const Skill& s : g.skills) {
        std::string parts;
        for (const SkillComponent& c : s.components) parts += (parts.empty() ? "" : "\n") + joined({c.title, plain(c.description)});
        parent_ = set.id + "/" + g.id;
        add(ItemKind::skill, s.id, s.numbered_title(), g.title.empty() ? set.title : g.title, group,
            joined({s.title, plain(s.description), parts}), set.id, s.id);
        parent_ = s.id;
        for (const SkillLevel& l : s.levels)
          add(ItemKind::skill_level, s.id + "/" + std::to_string(l.level),
              s.title + ": level " + level_name(l.level, scale ? scale->find_level(l.level) : nullptr), set.title, group,
              texts(l.behaviours), set.id, s.id);
      }
  }

  void template_(const Template& t) {
    const std::string group = "Template: " + t.title;
    parent_.clear();
    add(ItemKind::template_, t.id, t.title, "", group, joined({t.title, plain(t.purpose)}), t.id);
    parent_ = t.id;
    for (const HeaderField& f : t.header)
      add(ItemKind::template_field, t.id + "/" + f.id, f.label, t.title, group, f.label, t.id);
    for (const Section& s : t.sections) {
      const std::string number = t.section_number(s);
      const std::string where = number.empty() ? s.title : "Section " + number + ": " + s.title;
      parent_ = t.id;
      add(ItemKind::template_section, t.id + "/" + s.id, where, t.title, group, joined({s.title, plain(s.intro)}), t.id, s.id);
      parent_ = t.id + "/" + s.id;
      for (const Question& q : s.questions) {
        const Answered a = answered(fw_, q, q.when ? fw_.condition_text(t, *q.when) : "");
        add(ItemKind::question, t.id + "/" + q.id, question_label(t.question_number(q.id), q), where, group,
            joined({markdown_to_text(q.full_markdown()), plain(q.guidance)}), t.id, q.id, &a);
      }
      for (const ModerationCheck& c : s.checks)
        add(ItemKind::question, t.id + "/" + c.id, "Moderation check", where, group, plain(c.text), t.id);
      for (const FeedbackSource& src : s.sources) {
        parent_ = t.id + "/" + s.id;
        std::string reasons;
        for (const std::string& r : src.not_given_reasons) reasons += (reasons.empty() ? "" : "\n") + r;
        add(ItemKind::feedback_source, t.id + "/" + src.id, src.title, where, group,
            joined({src.title, plain(src.prompt), src.when ? src.when->label : "", reasons}), t.id, s.id);
        parent_ = t.id + "/" + src.id;
        for (const Question& q : src.questions) {
          const Answered a = answered(fw_, q, q.when ? fw_.condition_text(t, src, *q.when) : "");
          add(ItemKind::question, t.id + "/" + src.id + "/" + q.id,
              src.title + ": " + question_label(src.question_number(q.id), q), where, group,
              joined({markdown_to_text(q.full_markdown()), plain(q.guidance)}), t.id, "", &a);
        }
      }
    }
  }

  void scale(const Scale& s) {
    const std::string group = "Scales";
    parent_.clear();
    add(ItemKind::scale, s.id, s.title, "", group, joined({s.title, plain(s.description)}), "", s.id);
    parent_ = s.id;
    for (const Grade& g : s.grades)
      add(ItemKind::grade, s.id + "/" + g.id, g.label, s.title, group, joined({g.label, plain(g.description)}), "", s.id);
    for (const Level& l : s.levels)
      add(ItemKind::level, s.id + "/" + std::to_string(l.value), level_name(l.value, &l), s.title, group,
          joined({l.label, plain(l.description)}), "", s.id);
    for (const Choice& c : s.options)
      add(ItemKind::option, s.id + "/" + c.id, c.label, s.title, group, c.label, "", s.id);
  }

  // A rule in words: what it is about and its settings, for comparing.
  void rules() {
    const std::string group = "Rules";
    parent_.clear();
    auto ids = [](const std::vector<Ref>& refs) {
      std::string out;
      for (const Ref& r : refs) out += (out.empty() ? "" : ", ") + r.id;
      return out;
    };
    const Rules& r = fw_.rules;
    for (const EscalationRule& e : r.escalation)
      add(ItemKind::rule, e.id, "Escalation rule '" + e.id + "'", "", group,
          joined({"When the grade is " + e.grade.id + (e.or_worse ? " or worse" : ""), "tell " + ids(e.notify),
                  e.within.empty() ? "" : "within " + e.within, ids(e.templates), plain(e.note)}), "", e.id);
    for (const ModerationRule& m : r.moderation)
      add(ItemKind::rule, m.id, "Moderation rule '" + m.id + "'", "", group,
          joined({m.sample_percent ? "Moderate " + std::to_string(*m.sample_percent) + "%" : "",
                  m.minimum ? "at least " + std::to_string(m.minimum) : "", "by " + ids(m.by), ids(m.templates), plain(m.note)}),
          "", m.id);
    for (const ActionsRule& a : r.actions)
      add(ItemKind::rule, a.id, "Actions rule '" + a.id + "'", "", group,
          joined({"Below " + a.below.id + " at least " + std::to_string(a.minimum) + " actions", ids(a.templates), plain(a.note)}),
          "", a.id);
    for (const DeadlineRule& d : r.deadlines)
      add(ItemKind::rule, d.id, "Deadline rule '" + d.id + "'", "", group,
          joined({"Actions due within " + std::to_string(d.max_days) + " days", ids(d.templates), plain(d.note)}), "", d.id);
    for (const EventRule& e : r.events)
      add(ItemKind::rule, e.id, "Notification rule '" + e.id + "'", "", group,
          joined({event_when(e), "tell " + ids(e.notify), e.within.empty() ? "" : "within " + e.within, ids(e.templates),
                  plain(e.note)}), "", e.id);
    for (const CaseEventRule& c : r.case_events) {
      std::string outside;
      for (const std::string& o : c.outside) outside += (outside.empty() ? "" : ", ") + o;
      add(ItemKind::rule, c.id, "Case event rule '" + c.id + "'", "", group,
          joined({c.event, "tell " + ids(c.notify), outside, c.within.empty() ? "" : "within " + c.within, plain(c.note)}),
          "", c.id);
    }
  }

  const Framework& fw_;
  std::vector<Item> items_;
};

}  // namespace

std::string kind_label(ItemKind kind) {
  switch (kind) {
    case ItemKind::framework: return "Framework";
    case ItemKind::standard_section: return "Standards section";
    case ItemKind::standard: return "Standard";
    case ItemKind::rubric: return "Rubric";
    case ItemKind::rubric_area: return "Rubric area";
    case ItemKind::rubric_cell: return "Rubric cell";
    case ItemKind::skill_set: return "Skill set";
    case ItemKind::skill: return "Skill";
    case ItemKind::skill_level: return "Skill level";
    case ItemKind::template_: return "Template";
    case ItemKind::template_field: return "Form field";
    case ItemKind::template_section: return "Form section";
    case ItemKind::feedback_source: return "Feedback from";
    case ItemKind::question: return "Question";
    case ItemKind::scale: return "Scale";
    case ItemKind::grade: return "Grade";
    case ItemKind::level: return "Level";
    case ItemKind::option: return "Option";
    case ItemKind::rule: return "Rule";
    case ItemKind::programme: return "Programme";
    case ItemKind::role: return "Role";
    case ItemKind::body: return "Board or meeting";
    case ItemKind::indicator: return "Indicator";
    case ItemKind::page: return "Page";
  }
  return "Item";
}

std::vector<Item> items_of(const Framework& fw) { return Flattener(fw).run(); }

std::string change_label(const Change& c) {
  if (c.added) return "Added";
  if (c.removed) return "Removed";
  if (c.moved && c.reworded) return "Moved and reworded";
  return c.moved ? "Moved" : "Reworded";
}

ChangeCounts count_changes(const std::vector<Change>& changes) {
  ChangeCounts n;
  for (const Change& c : changes) n.added += c.added, n.removed += c.removed, n.moved += c.moved, n.reworded += c.reworded;
  return n;
}

namespace {

// An item added (or removed) inside an item added (or removed) just before it becomes one of
// its parts: a new section is one change, with its questions listed under it.
std::vector<Change> fold_parts(std::vector<Change> changes) {
  std::vector<Change> out;
  std::set<std::string> held;  // what the last change holds: its own key, its parts' keys and the groups below it
  auto holds = [&](const std::string& parent) {
    if (held.count(parent)) return true;
    for (std::size_t slash = parent.find('/'); slash != std::string::npos; slash = parent.find('/', slash + 1))
      if (held.count(parent.substr(0, slash))) return true;  // a skill group ("set/group") of a set held
    return false;
  };
  for (Change& c : changes) {
    if (!out.empty() && (c.added || c.removed)) {
      Change& last = out.back();
      if (last.added == c.added && last.removed == c.removed && holds(c.item().parent)) {
        held.insert(c.item().key);
        last.parts.push_back(c.item());
        continue;
      }
    }
    held = {c.item().key};
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Change> compare(const Framework& before, const Framework& after) {
  const std::vector<Item> old_items = items_of(before), new_items = items_of(after);
  using Key = std::pair<ItemKind, std::string>;
  std::map<Key, std::size_t> old_at;
  for (std::size_t i = 0; i < old_items.size(); ++i) old_at.emplace(Key{old_items[i].kind, old_items[i].key}, i);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> old_of(new_items.size(), kNone), new_of(old_items.size(), kNone);
  auto pair = [&](std::size_t n, std::size_t o) { old_of[n] = o, new_of[o] = n; };
  // 1. The same item with the same words.
  for (std::size_t n = 0; n < new_items.size(); ++n) {
    const auto at = old_at.find({new_items[n].kind, new_items[n].key});
    if (at != old_at.end() && old_items[at->second].compared == new_items[n].compared) pair(n, at->second);
  }
  // 2. The same words under another key: one item renumbered (a standard inserted before it
  //    moves the rest down: they are renumbered, not reworded).
  std::map<Key, std::vector<std::size_t>> free_by_text;
  for (std::size_t o = 0; o < old_items.size(); ++o)
    if (new_of[o] == kNone && !old_items[o].compared.empty())
      free_by_text[{old_items[o].kind, old_items[o].compared}].push_back(o);
  for (std::size_t n = 0; n < new_items.size(); ++n) {
    if (old_of[n] != kNone) continue;
    auto it = free_by_text.find({new_items[n].kind, new_items[n].compared});
    if (it == free_by_text.end() || it->second.empty()) continue;
    pair(n, it->second.front());
    it->second.erase(it->second.begin());
  }
  // 3. The same key with other words: reworded.
  for (std::size_t n = 0; n < new_items.size(); ++n) {
    if (old_of[n] != kNone) continue;
    const auto at = old_at.find({new_items[n].kind, new_items[n].key});
    if (at != old_at.end() && new_of[at->second] == kNone) pair(n, at->second);
  }

  // In the newer framework's order; a removed item right after the item that preceded it.
  std::vector<Change> out;
  std::map<std::size_t, std::vector<std::size_t>> removed_after;  // new index (or npos) -> old indexes
  constexpr std::size_t kFront = static_cast<std::size_t>(-1);
  std::size_t last_kept = kFront;
  for (std::size_t i = 0; i < old_items.size(); ++i) {
    if (new_of[i] != kNone) last_kept = new_of[i];
    else removed_after[last_kept].push_back(i);
  }
  auto removed = [&](std::size_t at) {
    const auto it = removed_after.find(at);
    if (it == removed_after.end()) return;
    for (std::size_t i : it->second) {
      Change c;
      c.removed = true;
      c.before = old_items[i];
      out.push_back(std::move(c));
    }
  };
  removed(kFront);
  for (std::size_t i = 0; i < new_items.size(); ++i) {
    const Item& now = new_items[i];
    Change c;
    c.after = now;
    if (old_of[i] != kNone) {
      c.before = old_items[old_of[i]];
      c.moved = c.before.key != now.key || c.before.parent != now.parent;
      // Reworded: some word it is compared on differs (paragraphs split or joined differently are
      // the same words); shown word by word as readers see it.
      if (c.before.compared != now.compared) {
        const std::vector<WordPiece> compared = word_diff(c.before.compared, now.compared);
        c.reworded = std::any_of(compared.begin(), compared.end(), [](const WordPiece& w) { return w.op != WordPiece::Op::same; });
        if (c.reworded) c.words = word_diff(c.before.text, now.text);
      }
    } else {
      c.added = true;
    }
    if (c.added || c.moved || c.reworded) out.push_back(std::move(c));
    removed(i);
  }
  return fold_parts(std::move(out));
}

}  // namespace qaf::versions
