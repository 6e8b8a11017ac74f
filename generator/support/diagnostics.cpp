// Collection, ordering and printing of diagnostics.
#include "support/diagnostics.hpp"

#include <algorithm>
#include <map>
#include <ostream>

#include "support/text_check.hpp"

namespace qaf {

Diagnostic& Diagnostics::error(SourcePos pos, std::string message) {
  items_.push_back({Severity::error, std::move(pos), std::move(message), {}});
  return items_.back();
}

Diagnostic& Diagnostics::warning(SourcePos pos, std::string message) {
  items_.push_back({Severity::warning, std::move(pos), std::move(message), {}});
  return items_.back();
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  // Files in the order qaf first reported on them, which is the order it reads them (qaf.yaml,
  // frameworks, pages, then audit records): a cause comes before what it knocks on elsewhere.
  std::map<std::string, std::size_t> rank;
  for (const Diagnostic& d : items_) rank.emplace(d.pos.file, rank.size());
  std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    if (a.pos.file != b.pos.file) return rank.at(a.pos.file) < rank.at(b.pos.file);
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.column < b.pos.column;
  });
  // The same problem reached twice (e.g. through two references) is reported once, wherever
  // the second report falls among others at the same place.
  std::vector<Diagnostic> once;
  for (Diagnostic& d : out) {
    bool seen = false;
    for (auto it = once.rbegin(); it != once.rend() && it->pos == d.pos && !seen; ++it)
      seen = it->severity == d.severity && it->message == d.message;
    if (!seen) once.push_back(std::move(d));
  }
  return once;
}

void Diagnostics::print(std::ostream& out) const {
  const std::vector<Diagnostic> shown = sorted();
  // One mistake made in many places (the same message and hints) is printed once, at its first
  // place, then "and N more like this" with the other places, file by file.
  std::vector<std::vector<const Diagnostic*>> groups;
  std::map<std::string, std::size_t> group_of;
  for (const Diagnostic& d : shown) {
    std::string key = (d.severity == Severity::error ? "e" : "w") + std::string(1, '\0') + d.message;
    for (const std::string& h : d.hints) key += '\0' + h;
    const auto [it, added] = group_of.emplace(key, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(&d);
  }
  std::size_t e = 0, w = 0;  // counted as listed: a problem reported twice counts once
  for (const std::vector<const Diagnostic*>& group : groups) {
    const Diagnostic& d = *group.front();
    (d.severity == Severity::error ? e : w) += group.size();
    // A file name or quoted text may hold direction overrides or control characters that
    // would make the terminal show something else: they are printed as <U+202E>.
    out << shown_visibly(d.pos.str()) << ": " << (d.severity == Severity::error ? "error" : "warning") << ": "
        << shown_visibly(d.message) << '\n';
    for (const std::string& h : d.hints) out << "  hint: " << shown_visibly(h) << '\n';
    if (group.size() == 1) continue;
    out << "  and " << group.size() - 1 << " more like this: ";
    std::string file;
    for (std::size_t i = 1; i < group.size(); ++i) {
      const SourcePos& p = group[i]->pos;
      if (i > 1) out << (p.file == file ? ", " : "; ");
      if (p.file == file && p.line > 0) out << p.line << ':' << std::max(1, p.column);
      else out << shown_visibly(p.str());
      file = p.file;
    }
    out << '\n';
  }
  if (e + w == 0) return;
  out << e << (e == 1 ? " error" : " errors") << ", " << w << (w == 1 ? " warning" : " warnings")
      << '\n';
}

}  // namespace qaf
