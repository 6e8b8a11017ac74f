// "What changed" as plain text: the same changes the site and the handbook show, for a terminal.
#include "render/changes_text.hpp"

#include <algorithm>

namespace qaf {

using versions::Change;
using versions::WordPiece;

namespace {

// One line per line of `text`, each indented by `indent`.
std::string indented(const std::string& text, const std::string& indent) {
  std::string out = indent;
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out + "\n";
}

}  // namespace

std::string changes_text(const versions::Step& step) {
  const versions::ChangeCounts n = versions::count_changes(step.changes);
  std::string out = "What changed from version " + step.from + " to version " + step.to + ": " +
                    std::to_string(step.changes.size()) + (step.changes.size() == 1 ? " change" : " changes") + " (" +
                    std::to_string(n.added) + " added, " + std::to_string(n.removed) + " removed, " +
                    std::to_string(n.moved) + " moved, " + std::to_string(n.reworded) + " reworded)\n";
  std::string group;
  constexpr const char* kIndent = "                      ";
  for (const Change& ch : step.changes) {
    const versions::Item& it = ch.item();
    if (it.group != group) {
      group = it.group;
      out += "\n" + group + "\n";
    }
    std::string head = "  " + versions::change_label(ch);
    head.resize(std::max<std::size_t>(head.size() + 1, 22), ' ');
    out += head + versions::kind_label(it.kind) + " " + it.label + (it.place.empty() ? "" : " (in " + it.place + ")") + "\n";
    if (ch.moved)
      out += kIndent + std::string("was ") + (ch.before.label != ch.after.label ? ch.before.label + ", " : "") +
             (ch.before.place.empty() ? "elsewhere" : "in " + ch.before.place) + "\n";
    if (ch.reworded) {
      std::string words;
      for (const WordPiece& w : versions::around_changes(ch.words)) {
        if (!words.empty()) words += ' ';
        words += w.op == WordPiece::Op::removed ? "[-" + w.text + "-]" : w.op == WordPiece::Op::added ? "{+" + w.text + "+}" : w.text;
      }
      out += indented(words, kIndent);
    }
    for (const versions::Item& part : ch.parts)
      out += kIndent + std::string(ch.added ? "with it, added: " : "with it, removed: ") + versions::kind_label(part.kind) +
             " " + part.label + "\n";
  }
  return out;
}

}  // namespace qaf
