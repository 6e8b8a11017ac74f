// "What changed in version V": a version's changes grouped as an author explains them, rewording word by word.
#include <optional>

#include "site/pages.hpp"
#include "site/site_paths.hpp"
#include "support/plural.hpp"

namespace qaf::site {
namespace sp = site_paths;
using versions::Change;
using versions::ItemKind;
using versions::WordPiece;

namespace {

// The site path of an item's page.
std::string item_page(const Framework& fw, const versions::Item& it) {
  switch (it.kind) {
    case ItemKind::framework: return sp::framework(fw.id);
    case ItemKind::page: return sp::framework_page(fw.id, it.id);
    case ItemKind::standard_section:
    case ItemKind::standard: return sp::standards(fw.id);
    case ItemKind::rubric:
    case ItemKind::rubric_area:
    case ItemKind::rubric_cell: return sp::rubric(fw.id, it.owner);
    case ItemKind::skill_set:
    case ItemKind::skill:
    case ItemKind::skill_level: return sp::skills(fw.id, it.owner);
    case ItemKind::template_:
    case ItemKind::template_field:
    case ItemKind::template_section:
    case ItemKind::feedback_source:
    case ItemKind::question: return sp::template_page(fw.id, it.owner);
    case ItemKind::scale:
    case ItemKind::grade:
    case ItemKind::level:
    case ItemKind::option: return sp::scales(fw.id);
    case ItemKind::rule: return sp::rules(fw.id);
    case ItemKind::programme: return sp::programmes(fw.id);
    case ItemKind::role: return sp::roles(fw.id);
    case ItemKind::body: return sp::bodies(fw.id);
    case ItemKind::indicator: return sp::indicators(fw.id);
  }
  return sp::framework(fw.id);
}

// The anchor of an item on its page ("" for the top).
std::string item_anchor(const versions::Item& it) {
  if (it.id.empty()) return "";
  switch (it.kind) {
    case ItemKind::standard_section:
    case ItemKind::template_section:
    case ItemKind::feedback_source: return "section-" + it.id;  // a source's id is its section's
    case ItemKind::standard: return sp::standard_anchor(it.id);
    case ItemKind::rubric_area:
    case ItemKind::rubric_cell: return sp::area_anchor(it.id);
    case ItemKind::skill:
    case ItemKind::skill_level: return sp::skill_anchor(it.id);
    case ItemKind::question: return sp::question_anchor(it.id);
    case ItemKind::scale:
    case ItemKind::grade:
    case ItemKind::level:
    case ItemKind::option: return sp::scale_anchor(it.id);
    case ItemKind::rule: return sp::rule_anchor(it.id);
    case ItemKind::programme: return sp::programme_anchor(it.id);
    case ItemKind::role: return sp::role_anchor(it.id);
    case ItemKind::body: return sp::body_anchor(it.id);
    case ItemKind::indicator: return sp::indicator_anchor(it.id);
    default: return "";
  }
}

// The word-level difference as pieces a template marks up: <del> and <ins>, each announced.
View word_pieces(const std::vector<WordPiece>& words) {
  View list = View::list();
  for (std::size_t i = 0; i < words.size(); ++i) {
    const WordPiece& w = words[i];
    list.push(View().set("text", w.text).set("same", w.op == WordPiece::Op::same)
                  .set("removed", w.op == WordPiece::Op::removed).set("added", w.op == WordPiece::Op::added)
                  .set("space", i + 1 < words.size() ? " " : ""));
  }
  return list;
}

std::string what_colour(const Change& ch) {
  if (ch.added) return "green";
  if (ch.removed) return "red";
  return ch.moved ? "blue" : "yellow";
}

}  // namespace

std::pair<std::string, std::string> item_place(const Framework& fw, const versions::Item& it) {
  return {item_page(fw, it), item_anchor(it)};
}

std::optional<std::pair<std::string, std::string>> flagged_place(const Framework& fw, const versions::Change& ch) {
  if (!ch.removed) return item_place(fw, ch.after);
  // Something removed from a part that is still there marks that part.
  const versions::Item& it = ch.before;
  const std::size_t slash = it.parent.rfind('/');
  const std::string parent_id = slash == std::string::npos ? it.parent : it.parent.substr(slash + 1);
  switch (it.kind) {
    case ItemKind::grade:
    case ItemKind::level:
    case ItemKind::option:
    case ItemKind::rubric_cell:
    case ItemKind::skill_level: return item_place(fw, it);
    case ItemKind::standard: return std::pair(sp::standards(fw.id), "section-" + it.parent);
    case ItemKind::question:
    case ItemKind::feedback_source: return std::pair(item_page(fw, it), "section-" + parent_id);
    default: return std::nullopt;
  }
}

std::string version_name(const std::string& version) { return version.empty() ? "the current text" : "version " + version; }

BuiltPage changes_page(SiteContext& c, const Framework& fw, const versions::Step& step) {
  const std::string path = sp::changes(fw.id, step.to);
  const std::string title = "What changed in " + version_name(step.to);
  View groups = View::list();
  std::vector<std::pair<std::string, std::string>> toc;
  auto href_to = [&](const std::pair<std::string, std::string>& place) { return sp::href(path, place.first, place.second); };
  std::string body;
  for (std::size_t i = 0; i < step.changes.size();) {
    const std::string& group = step.changes[i].item().group;
    View items = View::list();
    for (; i < step.changes.size() && step.changes[i].item().group == group; ++i) {
      const Change& ch = step.changes[i];
      const versions::Item& it = ch.item();
      const bool linked = step.current && !ch.removed;
      View v;
      v.set("what", versions::change_label(ch)).set("colour", what_colour(ch)).set("kind", versions::kind_label(it.kind))
          .set("label", it.label).set("href", linked ? href_to(item_place(fw, it)) : "").set("place", it.place)
          .set("moved", ch.moved).set("from_place", ch.moved ? ch.before.place : "")
          .set("from_label", ch.moved && ch.before.label != ch.after.label ? ch.before.label : "")
          .set("was", !ch.moved && !ch.added && !ch.removed && ch.before.label != ch.after.label ? ch.before.label : "")
          .set("reworded", ch.reworded).set("words", word_pieces(versions::around_changes(ch.words)))
          .set("text", ch.added || ch.removed ? shorten(it.text, 400) : "");
      View parts = View::list();
      for (const versions::Item& part : ch.parts)
        parts.push(View().set("kind", versions::kind_label(part.kind)).set("label", part.label)
                       .set("words", part.text == part.label ? "" : shorten(part.text, 120))
                       .set("href", linked ? href_to(item_place(fw, part)) : ""));
      v.set("parts", parts).set("has_parts", !ch.parts.empty())
          .set("parts_lead", ch.added ? "With it, added:" : "With it, removed:");
      items.push(v);
      body += versions::change_label(ch) + ": " + versions::kind_label(it.kind) + " " + it.label + "\n";
    }
    const std::string anchor = "changes-" + std::to_string(toc.size() + 1);
    toc.emplace_back(anchor, group);
    groups.push(View().set("anchor", anchor).set("title", group).set("items", items));
  }
  auto count = [](int n, const char* word) { return std::to_string(n) + " " + word; };
  const versions::ChangeCounts n = versions::count_changes(step.changes);
  View v;
  v.set("title", title).set("framework", fw.meta.title).set("since", version_name(step.from))
      .set("summary", plural(static_cast<long long>(step.changes.size()), "change") + ": " + count(n.added, "added") + ", " +
                          count(n.removed, "removed") + ", " + count(n.moved, "moved") + ", " + count(n.reworded, "reworded"))
      .set("none", step.changes.empty()).set("groups", groups).set("current", step.current)
      .set("overview_href", sp::href(path, sp::framework(fw.id)));
  c.index(path, "", title, body, search::DocKind::page, &fw, {"Changes since " + version_name(step.from)});
  return {path, title, "What changed in " + step.to, c.render("changes", v), &fw, fw.meta.pos, toc};
}

}  // namespace qaf::site
