// What changed between two versions of a framework: items added, removed, moved and reworded.
#pragma once
#include <string>
#include <vector>

#include "model/framework.hpp"
#include "versions/word_diff.hpp"

namespace qaf::versions {

/// The kinds of item a framework is compared by, in the order "what changed" lists them.
enum class ItemKind {
  framework, standard_section, standard, rubric, rubric_area, rubric_cell, skill_set, skill, skill_level,
  template_, template_field, template_section, feedback_source, question, scale, grade, level, option, rule, programme, role, body,
  indicator, page
};
/// "Standard", "Rubric cell", "Question"...: how readers name one.
std::string kind_label(ItemKind kind);

/// One comparable part of a framework, as its readers know it.
struct Item {
  ItemKind kind = ItemKind::page;
  /// Unique among the items of its kind: "1.4", "case-audit/q-voice", "practice/voice/good".
  std::string key;
  std::string label;  ///< how readers name it: "1.4 Seeing the child", "question 2.3", "Good"
  std::string place;  ///< where it sits, in words: "Section 2: Planning", "Case audit, section 3"
  std::string parent;  ///< the key of what it sits in ("2" for a standard of section 2): moved when it differs
  std::string group;  ///< what it is part of, for grouping: "Practice standards", "Template: Case audit"
  std::string text;   ///< its words as compared: plain text of every field readers see
  /// Where it is shown: `owner` (a rubric, skill set, template, scale or page id; "" for pages of
  /// the framework as a whole) and `id` (a standard's, area's, skill's, question's... own id; a
  /// form section's for a section and for a feedback source, which is shown in its section).
  std::string owner;
  std::string id;
  /// What decides whether it changed: its words, and for a question how it is answered by ids
  /// (type, scale, optional, condition), so that a scale retitled or the question a condition
  /// names renumbered is no rewording, while `text` shows the answer as readers know it.
  std::string compared;
};

/// How an item changed. A moved item may be reworded too.
struct Change {
  bool added = false;
  bool removed = false;
  bool moved = false;     ///< its parent changed, or its key (a standard renumbered, same words)
  bool reworded = false;  ///< its words changed
  Item before;  ///< empty for an added item
  Item after;   ///< empty for a removed item
  std::vector<WordPiece> words;  ///< rewording: the word-level difference, before to after
  /// An added or removed item's own parts, added or removed with it (a new section's questions):
  /// listed under it, not as changes of their own.
  std::vector<Item> parts;
  const Item& item() const { return removed ? before : after; }
};

/// How a change is named: "Added", "Removed", "Moved", "Reworded" or "Moved and reworded".
std::string change_label(const Change& change);

/// How many changes of each kind (an item moved and reworded counts in both).
struct ChangeCounts {
  int added = 0;
  int removed = 0;
  int moved = 0;
  int reworded = 0;
};
ChangeCounts count_changes(const std::vector<Change>& changes);

/// Every item of a framework, in reading order (the order its site and handbook show them).
std::vector<Item> items_of(const Framework& fw);

/// The changes from `before` to `after`, grouped as the newer framework reads (removed items at
/// the place they held): items matched by kind and key; an unmatched removed item whose words an
/// unmatched added item of the same kind has exactly is one item moved (renumbered). What is added
/// or removed inside an item added or removed is one of its `parts`.
std::vector<Change> compare(const Framework& before, const Framework& after);

}  // namespace qaf::versions
