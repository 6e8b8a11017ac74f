// Test helper: a small content-stream interpreter over `qpdf --qdf` output, enough to measure text sizes, boxes and rules.
#include "page_marks.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "pdf_text.hpp"

namespace qaf::test {

namespace {

/// An affine matrix [a b c d e f] as PDF writes it.
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  Matrix then(const Matrix& m) const {  // this, followed by m
    return {a * m.a + b * m.c, a * m.b + b * m.d, c * m.a + d * m.c, c * m.b + d * m.d, e * m.a + f * m.c + m.e,
            e * m.b + f * m.d + m.f};
  }
  void apply(double x, double y, double& ox, double& oy) const {
    ox = a * x + c * y + e;
    oy = b * x + d * y + f;
  }
  double scale() const { return std::hypot(c, d); }  // how much a vertical em grows
};

/// One token of a content stream: an operand (number, name, string, array) or an operator.
struct Token {
  bool op = false;
  bool number = false;
  double value = 0;
  std::string text;
};

class Lexer {
 public:
  explicit Lexer(const std::string& s) : s_(s) {}
  bool next(Token& t) {
    skip_space();
    if (i_ >= s_.size()) return false;
    t = Token{};
    const char ch = s_[i_];
    if (ch == '(') {  // literal string, nested parentheses and escapes
      int depth = 0;
      do {
        if (s_[i_] == '\\') ++i_;
        else if (s_[i_] == '(') ++depth;
        else if (s_[i_] == ')') --depth;
        ++i_;
      } while (i_ < s_.size() && depth > 0);
      t.text = "(string)";
    } else if (ch == '<' && i_ + 1 < s_.size() && s_[i_ + 1] == '<') {
      i_ += 2;
      t.text = "<<";
    } else if (ch == '>' && i_ + 1 < s_.size() && s_[i_ + 1] == '>') {
      i_ += 2;
      t.text = ">>";
    } else if (ch == '<') {
      i_ = s_.find('>', i_);
      i_ = i_ == std::string::npos ? s_.size() : i_ + 1;
      t.text = "<hex>";
    } else if (ch == '[' || ch == ']') {
      ++i_;
      t.text = std::string(1, ch);
    } else if (ch == '/') {
      const std::size_t start = i_++;
      while (i_ < s_.size() && !delimiter(s_[i_])) ++i_;
      t.text = s_.substr(start, i_ - start);
    } else {
      const std::size_t start = i_;
      while (i_ < s_.size() && !delimiter(s_[i_])) ++i_;
      if (i_ == start) ++i_;
      t.text = s_.substr(start, i_ - start);
      char* end = nullptr;
      t.value = std::strtod(t.text.c_str(), &end);
      t.number = end && *end == '\0' && !t.text.empty();
      t.op = !t.number;
    }
    return true;
  }

 private:
  static bool delimiter(char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' ||
           c == ']' || c == '/' || c == '%';
  }
  void skip_space() {
    while (i_ < s_.size()) {
      if (std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
      else if (s_[i_] == '%') i_ = s_.find('\n', i_) == std::string::npos ? s_.size() : s_.find('\n', i_);
      else break;
    }
  }
  const std::string& s_;
  std::size_t i_ = 0;
};

/// Runs the operators of one page's content.
void interpret(const std::string& content, PageMarks& page) {
  std::vector<Matrix> stack;
  Matrix ctm, tm, line;
  double font_size = 0, leading = 0;
  std::vector<double> nums;
  struct Rect {
    double x, y, w, h;
  };
  std::vector<Rect> rects;
  std::vector<LineMark> segments;
  double cx = 0, cy = 0;
  auto show = [&] {
    const Matrix m = tm.then(ctm);
    TextMark t;
    m.apply(0, 0, t.x, t.y);
    t.size = font_size * m.scale();
    page.texts.push_back(t);
  };
  auto next_line = [&](double tx, double ty) {
    line = Matrix{1, 0, 0, 1, tx, ty}.then(line);
    tm = line;
  };
  Lexer lex(content);
  Token t;
  int depth_at_bt = -1;  // marked-content depth where the open text object began
  static const std::set<std::string> painting = {"Tj", "TJ", "'", "\"", "S", "s", "B", "B*", "b", "b*", "f", "F", "f*", "Do", "sh"};
  bool mcid_next = false;  // the last token was /MCID in a property list
  int mcid = -1;           // the MCID of the property list being read
  while (lex.next(t)) {
    if (t.number) {
      if (mcid_next) mcid = static_cast<int>(t.value);
      mcid_next = false;
      nums.push_back(t.value);
      continue;
    }
    if (!t.op) {
      mcid_next = t.text == "/MCID";
      if (t.text != "[" && t.text != "]") nums.clear();  // a name or string operand
      continue;
    }
    const std::string& op = t.text;
    if (op == "BDC" && mcid >= 0) page.mcids.push_back(mcid);
    if (op == "BDC" || op == "BMC") mcid = -1;
    if (op == "BDC" || op == "BMC") ++page.marked_depth;
    else if (op == "EMC") {
      if (page.marked_depth == 0) ++page.misnested;
      else --page.marked_depth;
    } else if (op == "BT") depth_at_bt = page.marked_depth;
    else if (op == "ET" && page.marked_depth != depth_at_bt) ++page.misnested;
    else if (painting.count(op) && page.marked_depth == 0) ++page.unmarked;
    auto arg = [&](std::size_t k, std::size_t n) { return nums.size() >= n ? nums[nums.size() - n + k] : 0.0; };
    if (op == "q") {
      stack.push_back(ctm);
    } else if (op == "Q") {
      if (!stack.empty()) ctm = stack.back(), stack.pop_back();
    } else if (op == "cm") {
      ctm = Matrix{arg(0, 6), arg(1, 6), arg(2, 6), arg(3, 6), arg(4, 6), arg(5, 6)}.then(ctm);
    } else if (op == "BT") {
      tm = line = Matrix{};
    } else if (op == "Tf") {
      font_size = arg(0, 1);
    } else if (op == "TL") {
      leading = arg(0, 1);
    } else if (op == "Tm") {
      tm = line = Matrix{arg(0, 6), arg(1, 6), arg(2, 6), arg(3, 6), arg(4, 6), arg(5, 6)};
    } else if (op == "Td") {
      next_line(arg(0, 2), arg(1, 2));
    } else if (op == "TD") {
      leading = -arg(1, 2);
      next_line(arg(0, 2), arg(1, 2));
    } else if (op == "T*") {
      next_line(0, -leading);
    } else if (op == "Tj" || op == "TJ") {
      show();
    } else if (op == "'" || op == "\"") {
      next_line(0, -leading);
      show();
    } else if (op == "m") {
      cx = arg(0, 2), cy = arg(1, 2);
    } else if (op == "l") {
      double x1, y1, x2, y2;
      ctm.apply(cx, cy, x1, y1);
      ctm.apply(arg(0, 2), arg(1, 2), x2, y2);
      segments.push_back(LineMark{x1, y1, x2, y2});
      cx = arg(0, 2), cy = arg(1, 2);
    } else if (op == "re") {
      double x1, y1, x2, y2;
      ctm.apply(arg(0, 4), arg(1, 4), x1, y1);
      ctm.apply(arg(0, 4) + arg(2, 4), arg(1, 4) + arg(3, 4), x2, y2);
      rects.push_back(Rect{std::min(x1, x2), std::min(y1, y2), std::abs(x2 - x1), std::abs(y2 - y1)});
    } else if (op == "S" || op == "s" || op == "B" || op == "B*" || op == "b" || op == "b*") {
      for (const Rect& r : rects) page.boxes.push_back(BoxMark{r.x, r.y, r.w, r.h});
      for (const LineMark& l : segments) page.lines.push_back(l);
      rects.clear(), segments.clear();
    } else if (op == "f" || op == "F" || op == "f*" || op == "n") {
      rects.clear(), segments.clear();
    }
    nums.clear();
  }
}

/// The numbers of a `/MediaBox [ x0 y0 x1 y1 ]` in `text`, from `at`.
bool media_box(const std::string& text, std::size_t at, PageMarks& page) {
  at = text.find("/MediaBox", at);
  if (at == std::string::npos) return false;
  at = text.find('[', at);
  if (at == std::string::npos) return false;
  std::istringstream in(text.substr(at + 1, 80));
  double x0, y0, x1, y1;
  if (!(in >> x0 >> y0 >> x1 >> y1)) return false;
  page.width = x1 - x0;
  page.height = y1 - y0;
  return true;
}

}  // namespace

std::vector<PageMarks> read_page_marks(const std::filesystem::path& pdf, std::string& error) {
  char name[] = "/tmp/qaf-marks-XXXXXX";
  const int fd = mkstemp(name);
  if (fd < 0) {
    error = "cannot make a temporary file";
    return {};
  }
  close(fd);
  const std::filesystem::path qdf = name;
  const auto [out, status] =
      run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf) + " 2>&1");
  std::ifstream in(qdf, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  std::filesystem::remove(qdf);
  if (status != 0) {
    error = "qpdf --qdf failed: " + out;
    return {};
  }
  // qpdf's QDF form announces each page ("%% Page 3") and each of its content streams
  // ("%% Contents for page 3"), in page order.
  std::vector<PageMarks> pages;
  for (std::size_t at = text.find("\n%% Page "); at != std::string::npos; at = text.find("\n%% Page ", at + 1)) {
    PageMarks page;
    if (!media_box(text, at, page)) {
      error = "a page without a MediaBox";
      return {};
    }
    pages.push_back(std::move(page));
  }
  for (std::size_t at = text.find("\n%% Contents for page "); at != std::string::npos;
       at = text.find("\n%% Contents for page ", at + 1)) {
    const std::size_t n = std::strtoul(text.c_str() + at + 22, nullptr, 10);
    const std::size_t begin = text.find("stream\n", at), end = text.find("\nendstream", at);
    if (n == 0 || n > pages.size() || begin == std::string::npos || end == std::string::npos || end < begin) {
      error = "cannot read the content of page " + std::to_string(n);
      return {};
    }
    interpret(text.substr(begin + 7, end - begin - 7), pages[n - 1]);
  }
  for (PageMarks& page : pages)  // a sequence may go on from one content stream of a page to the next, not past it
    if (page.marked_depth != 0) ++page.misnested;
  if (pages.empty()) error = "no pages found";
  return pages;
}

}  // namespace qaf::test
