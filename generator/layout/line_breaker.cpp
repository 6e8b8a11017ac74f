// Line breaking: greedy first fit at spaces (and after hyphens and dashes), measured widths.
#include <utility>

#include "layout/text_flow.hpp"

namespace qaf::layout::detail {

namespace {

constexpr double kSlack = 1e-6;  // widths are sums of doubles: forgive rounding

/// Builds lines one token at a time.
class LineBuilder {
 public:
  explicit LineBuilder(double width) : width_(width) {}

  void space(Token& t) {
    if (!current_.glyphs.empty() && !pending_space_) pending_space_ = &t;
  }

  void word(Token& t) {
    const double gap = pending_space_ ? pending_space_->width : 0;
    if (!current_.glyphs.empty() && current_.width + gap + t.width > width_ + kSlack) finish();
    if (current_.glyphs.empty() && t.width > width_ + kSlack) {
      split_word(t);
      return;
    }
    if (pending_space_ && !current_.glyphs.empty()) append(*pending_space_);
    pending_space_ = nullptr;
    append(t);
  }

  void newline() {
    finish();
    if (empty_lines_allowed_) lines_.emplace_back();
    empty_lines_allowed_ = true;
    current_.after_break = true;
  }

  std::vector<Line> done() {
    finish();
    return std::move(lines_);
  }

 private:
  void append(Token& t) {
    if (current_.glyphs.empty()) {
      current_.glyphs.reserve(static_cast<std::size_t>(width_ / 4));  // about a line of characters
      if (t.split_before) current_.split_before = true;
    }
    for (auto& g : t.glyphs) current_.glyphs.push_back(std::move(g));
    current_.width += t.width;
  }

  /// A word wider than the line: as many characters per line as fit (at least one).
  void split_word(Token& t) {
    if (t.split_before) current_.split_before = true;
    for (auto& g : t.glyphs) {
      if (!current_.glyphs.empty() && current_.width + g.width > width_ + kSlack) finish();
      current_.width += g.width;
      current_.glyphs.push_back(std::move(g));
    }
    pending_space_ = nullptr;
  }

  void finish() {
    pending_space_ = nullptr;
    if (current_.glyphs.empty()) return;
    lines_.push_back(std::move(current_));
    current_ = Line{};
    empty_lines_allowed_ = false;
  }

  double width_;
  Line current_;
  Token* pending_space_ = nullptr;
  bool empty_lines_allowed_ = false;  // a second '\n' in a row gives an empty line
  std::vector<Line> lines_;
};

}  // namespace

std::vector<Line> break_lines(std::vector<Token> tokens, double width) {
  LineBuilder b(width);
  for (auto& t : tokens) {
    switch (t.kind) {
      case Token::Kind::space: b.space(t); break;
      case Token::Kind::word: b.word(t); break;
      case Token::Kind::newline: b.newline(); break;
    }
  }
  return b.done();
}

}  // namespace qaf::layout::detail
