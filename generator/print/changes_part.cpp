// "Changes in this version" in the handbook: each change in words, rewording shown word by word in print.
#include "print/booklet_parts.hpp"
#include "support/plural.hpp"

namespace qaf::print::detail {

using layout::Runs;
using versions::Change;
using versions::WordPiece;

namespace {

// Rewording on paper: unchanged words plain, the new words in bold, the old ones after them in
// brackets ("every **10** [was: 15] working days"), readable without colour and read aloud in order.
Runs reworded_runs(const std::vector<WordPiece>& words) {
  Runs runs;
  std::string was;
  auto flush_was = [&] {
    if (was.empty()) return;
    runs.push_back(italic("[was: " + was + "]"));
    runs.push_back(plain(" "));
    was.clear();
  };
  for (const WordPiece& w : words) {
    if (w.op == WordPiece::Op::removed) {
      was = w.text;
      continue;
    }
    if (w.op == WordPiece::Op::added) {
      runs.push_back(bold(w.text));
      runs.push_back(plain(" "));
      flush_was();
      continue;
    }
    flush_was();
    runs.push_back(plain(w.text + " "));
  }
  flush_was();
  if (!runs.empty() && runs.back().text == " ") runs.pop_back();
  return runs;
}

// An added or removed item's words on one line, the first 80 of them ("…" after).
std::string first_words(const std::string& text) {
  constexpr int kMax = 80;
  std::string out;
  int words = 0;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) {
      if (++words == kMax) return out + " …";
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

}  // namespace

void add_changes_section(const versions::Step& step, const SourcePos& pos, Blocks& out) {
  const std::string version = step.to.empty() ? "this version" : "version " + step.to;
  out.push_back(heading(2, "Changes in this version", "changes-in-version", pos));
  const versions::ChangeCounts n = versions::count_changes(step.changes);
  out.push_back(paragraph({plain("What changed in " + version + " since version " + step.from + ": " +
                                 plural(static_cast<long long>(step.changes.size()), "change") + " (" +
                                 std::to_string(n.added) + " added, " + std::to_string(n.removed) + " removed, " +
                                 std::to_string(n.moved) + " moved, " + std::to_string(n.reworded) + " reworded).")},
                          pos));
  std::string group;
  for (const Change& ch : step.changes) {
    const versions::Item& it = ch.item();
    if (it.group != group) {
      group = it.group;
      out.push_back(heading(3, group, "", pos, false));
    }
    Runs line{bold(versions::change_label(ch) + ": "), plain(versions::kind_label(it.kind) + " " + it.label)};
    if (!it.place.empty()) line.push_back(plain(", in " + it.place));
    if (ch.moved) line.push_back(plain(" (was " + (ch.before.label != ch.after.label ? ch.before.label + ", " : "") +
                                       (ch.before.place.empty() ? "elsewhere" : "in " + ch.before.place) + ")"));
    out.push_back(paragraph(std::move(line), pos, false, ch.reworded || ch.added || ch.removed));
    if (ch.reworded) out.push_back(paragraph(reworded_runs(versions::around_changes(ch.words)), pos, true));
    else if ((ch.added || ch.removed) && !it.text.empty()) out.push_back(paragraph({plain(first_words(it.text))}, pos, true));
    for (const versions::Item& part : ch.parts)
      out.push_back(paragraph({plain((ch.added ? "With it, added: " : "With it, removed: ") + versions::kind_label(part.kind) +
                                     " " + part.label)}, pos, true));
  }
}

}  // namespace qaf::print::detail
