// Test helper: a form's or booklet's tagged structure against the model: headings, questions and their options, grids.
#include "check_form_tree.hpp"

#include <algorithm>

#include "markdown/markdown.hpp"
#include "pdf_text.hpp"

namespace qaf::test {

namespace {

constexpr const char* kEmptyBox = "\u2610";  // ☐

/// The words of a question as the model has them, without white space (lines break anywhere).
std::string words_of(const Text& t) { return squeeze(markdown_to_text(t.markdown)); }

/// Index of the element after `i` that is not inside it.
std::size_t after_subtree(const std::vector<TreeNode>& tree, std::size_t i) {
  std::size_t j = i + 1;
  while (j < tree.size() && tree[j].depth > tree[i].depth) ++j;
  return j;
}

/// Element `i`'s words with its descendants', without white space.
std::string subtree_text(const std::vector<TreeNode>& tree, std::size_t i) {
  std::string out;
  for (std::size_t j = i; j < after_subtree(tree, i); ++j) out += tree[j].text;
  return squeeze(out);
}

/// The first element from `from` whose own words (or, for a table cell, its subtree's) hold the
/// start of `words`; tree.size() if none.
std::size_t find_words(const std::vector<TreeNode>& tree, std::size_t from, const std::string& words) {
  const std::string start = words.substr(0, std::min<std::size_t>(words.size(), 40));
  for (std::size_t i = from; i < tree.size(); ++i) {
    const bool cell = tree[i].role == "TD" || tree[i].role == "TH";
    if ((cell ? subtree_text(tree, i) : squeeze(tree[i].text)).find(start) != std::string::npos) return i;
  }
  return tree.size();
}

/// Problems of list `l` (an L element) as the options `labels`: one item each, in order, each a
/// ☐ label and a body holding the option's words.
std::string list_problem(const std::vector<TreeNode>& tree, std::size_t l, const std::vector<std::string>& labels) {
  std::vector<std::size_t> items;
  for (std::size_t j = l + 1; j < after_subtree(tree, l); ++j)
    if (tree[j].depth == tree[l].depth + 1 && tree[j].role == "LI") items.push_back(j);
  if (items.size() != labels.size())
    return "a list of " + std::to_string(items.size()) + " items, not the " + std::to_string(labels.size()) + " options";
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::size_t li = items[k], end = after_subtree(tree, li);
    bool box = false, words = false;
    for (std::size_t j = li + 1; j < end; ++j) {
      if (tree[j].role == "Lbl" && tree[j].actual == kEmptyBox) box = true;
      if (tree[j].role == "LBody" && subtree_text(tree, j).find(squeeze(labels[k])) != std::string::npos) words = true;
    }
    if (!box) return "item " + std::to_string(k + 1) + " has no label saying ☐";
    if (!words) return "item " + std::to_string(k + 1) + " does not say \"" + labels[k] + "\"";
  }
  return "";
}

/// The labels of a scale's answers as the model gives them; with `not_applicable`, N/A after them.
std::vector<std::string> labels_of(const Framework& fw, const Ref& scale, bool not_applicable) {
  std::vector<std::string> out = scale_labels_of(fw, scale);
  if (not_applicable && !out.empty()) out.push_back("N/A");
  return out;
}

bool ticked_type(AnswerType t) { return t == AnswerType::choice || t == AnswerType::rating; }

}  // namespace

std::vector<const Question*> side_by_side_order(const Section& sec) {
  std::vector<const Question*> out;
  std::size_t rows = 0;
  for (const auto& c : sec.columns) rows = std::max(rows, c.cells.size());
  for (std::size_t k = 0; k < rows; ++k)
    for (const auto& c : sec.columns)
      if (k < c.cells.size() && !c.cells[k].empty())
        for (const Question& q : sec.questions)
          if (q.id == c.cells[k] || q.stem_id == c.cells[k]) out.push_back(&q);
  return out;
}

std::vector<std::string> scale_labels_of(const Framework& fw, const Ref& scale_ref) {
  std::vector<std::string> out;
  const Scale* s = fw.find_scale(scale_ref.id);
  if (!s) return out;
  switch (s->kind) {
    case ScaleKind::grades:
      for (const auto& g : s->grades) out.push_back(g.label);
      break;
    case ScaleKind::levels:
      for (const auto& l : s->levels) out.push_back(l.label);
      break;
    case ScaleKind::bands:
      for (double v = s->min; v <= s->max + 1e-9; v += s->step > 0 ? s->step : 1) out.push_back(std::to_string(static_cast<long>(v)));
      break;
    case ScaleKind::choices:
    case ScaleKind::rag:
      for (const auto& o : s->options) out.push_back(o.label);
      break;
  }
  return out;
}

std::vector<TreeNode> read_struct_text(const std::string& struct_text, const std::vector<TagElement>& elements,
                                       std::string& error) {
  std::vector<TreeNode> tree;
  std::size_t start = 0;
  while (start < struct_text.size()) {
    std::size_t end = struct_text.find('\n', start);
    if (end == std::string::npos) end = struct_text.size();
    const std::string line = struct_text.substr(start, end - start);
    start = end + 1;
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    const std::string content = line.substr(indent);
    if (content[0] == '"') {  // the words of the element above
      if (!tree.empty()) tree.back().text += content.substr(1, content.size() >= 2 ? content.size() - 2 : 0);
      continue;
    }
    if (content[0] == '/' || content.rfind("Object ", 0) == 0) continue;  // an attribute, an annotation
    TreeNode n;
    n.role = content.substr(0, content.find_first_of(" :"));
    n.depth = static_cast<int>(indent / 2);
    tree.push_back(n);
  }
  if (tree.size() != elements.size()) {
    error = "pdfinfo -struct-text shows " + std::to_string(tree.size()) + " elements, the tree holds " +
            std::to_string(elements.size());
    return tree;
  }
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (tree[i].role != elements[i].role || tree[i].depth != elements[i].depth) {
      error = "pdfinfo -struct-text and the tree differ at element " + std::to_string(i + 1) + " (" + tree[i].role + ", " +
              elements[i].role + ")";
      return tree;
    }
    tree[i].actual = elements[i].alt;
  }
  return tree;
}

FormTree form_tree(const Framework& fw, const Template& t) {
  FormTree out;
  out.headings.push_back({1, t.title});
  for (const auto& h : t.header)
    if (h.type == AnswerType::choice) out.lists.push_back({squeeze(h.label), labels_of(fw, h.scale, false)});
  for (const Section& sec : t.sections) {
    out.headings.push_back({2, sec.title});
    if (sec.kind == SectionKind::judgement) out.lists.push_back({squeeze(sec.title), labels_of(fw, sec.scale, false)});
    if (sec.kind != SectionKind::questions) continue;
    if (sec.grid && !sec.questions.empty()) {
      FormTree::Grid g;
      g.header = scale_labels_of(fw, sec.questions.front().scale);
      if (sec.reversed) std::reverse(g.header.begin(), g.header.end());
      const bool any_na = std::any_of(sec.questions.begin(), sec.questions.end(), [](const Question& q) { return q.not_applicable; });
      if (any_na) g.header.push_back("N/A");
      for (const Question& q : sec.questions)
        g.rows.push_back({words_of(q.text), scale_labels_of(fw, q.scale).size() + (q.not_applicable ? 1 : 0)});
      out.grids.push_back(std::move(g));
    } else if (sec.parallel() && !sec.side_by_side) {
      for (const Question& q : sec.questions) {
        FormTree::ParallelRow row{words_of(q.text), {}};
        for (const auto& c : sec.columns) {
          if (c.shows_guidance) continue;
          const AnswerType type = c.type ? *c.type : q.type;
          if (!ticked_type(type)) continue;
          const Scale* s = fw.find_scale(c.type ? c.scale.id : q.scale.id);
          const bool categorical = s && (s->kind == ScaleKind::choices || s->kind == ScaleKind::rag);
          row.lists.push_back(labels_of(fw, c.type ? c.scale : q.scale, q.not_applicable && !categorical));
        }
        out.parallel.push_back(std::move(row));
      }
    } else {
      // Each question answered by ticking, in reading order: side by side, across each row.
      std::vector<const Question*> order;
      if (sec.side_by_side) {
        order = side_by_side_order(sec);
      } else {
        for (const Question& q : sec.questions) order.push_back(&q);
      }
      for (const Question* qp : order) {
        const Question& q = *qp;
        if (!ticked_type(q.type)) continue;
        const Scale* s = fw.find_scale(q.scale.id);
        if (!s) continue;
        const bool categorical = s->kind == ScaleKind::choices || s->kind == ScaleKind::rag;
        out.lists.push_back({words_of(q.text), labels_of(fw, q.scale, q.not_applicable && !categorical)});
      }
    }
  }
  return out;
}

FormTree standards_tree(const Framework& fw) {
  FormTree out;
  out.headings.push_back({1, "Practice standards"});
  for (const auto& sec : fw.standards) {
    out.headings.push_back({2, sec.title});
    for (const auto& s : sec.standards) out.headings.push_back({3, s.numbered ? s.id + s.title : s.title});
  }
  return out;
}

std::vector<std::string> check_form_tree(const FormTree& want, const std::vector<TreeNode>& tree) {
  std::vector<std::string> problems;
  // Headings: each at its level, in order.
  std::size_t at = 0;
  for (const auto& h : want.headings) {
    if (squeeze(h.title).empty()) continue;  // nothing to find it by
    const std::string role = "H" + std::to_string(h.level), title = squeeze(h.title);
    std::size_t i = at;
    while (i < tree.size() && !(tree[i].role == role && squeeze(tree[i].text).find(title) != std::string::npos)) ++i;
    if (i == tree.size()) {
      problems.push_back("no " + role + " heading \"" + h.title + "\" in its place");
      continue;
    }
    at = i + 1;
  }
  // Each question answered by ticking: its words, then the list of its options.
  at = 0;
  for (const auto& q : want.lists) {
    const std::size_t i = q.question.empty() ? at : find_words(tree, at, q.question);
    if (i == tree.size()) {
      problems.push_back("no element holds \"" + q.question.substr(0, 60) + "\" in its place");
      continue;
    }
    std::size_t l = i;
    while (l < tree.size() && tree[l].role != "L") ++l;
    if (l == tree.size()) {
      problems.push_back("no list of options after \"" + q.question.substr(0, 60) + "\"");
      continue;
    }
    if (const std::string p = list_problem(tree, l, q.labels); !p.empty())
      problems.push_back("the options after \"" + q.question.substr(0, 60) + "\": " + p);
    at = after_subtree(tree, l);
  }
  // Grids: a table whose header cells name the answers, a row per question with a ☐ per answer.
  at = 0;
  for (const auto& g : want.grids) {
    std::size_t table = at;
    std::string header;
    std::string want_header;
    for (const auto& h : g.header) want_header += squeeze(h);
    for (; table < tree.size(); ++table) {
      if (tree[table].role != "Table") continue;
      header.clear();
      for (std::size_t j = table + 1; j < after_subtree(tree, table); ++j)
        if (tree[j].role == "TH") header += subtree_text(tree, j);
      if (header.find(want_header) != std::string::npos) break;
    }
    if (table == tree.size()) {
      problems.push_back("no table whose header cells name the answers " + want_header);
      continue;
    }
    const std::size_t end = after_subtree(tree, table);
    std::size_t row_from = table + 1;
    for (const auto& r : g.rows) {
      const std::size_t cell = find_words(tree, row_from, r.question);
      if (cell >= end) {
        problems.push_back("the grid has no row for \"" + r.question.substr(0, 60) + "\"");
        continue;
      }
      std::size_t tr = cell;
      while (tr > table && tree[tr].role != "TR") --tr;
      std::size_t boxes = 0;
      for (std::size_t j = tr + 1; j < after_subtree(tree, tr); ++j) boxes += tree[j].actual == kEmptyBox ? 1 : 0;
      if (boxes != r.boxes)
        problems.push_back("the grid's row for \"" + r.question.substr(0, 60) + "\" has " + std::to_string(boxes) + " boxes saying ☐, not " +
                           std::to_string(r.boxes));
      row_from = after_subtree(tree, tr);
    }
    at = end;
  }
  // Parallel columns: a row per question, a list of options in each column answered by ticking.
  at = 0;
  for (const auto& r : want.parallel) {
    const std::size_t cell = find_words(tree, at, r.question);
    if (cell == tree.size()) {
      problems.push_back("no row holds \"" + r.question.substr(0, 60) + "\"");
      continue;
    }
    std::size_t tr = cell;
    while (tr > 0 && tree[tr].role != "TR") --tr;
    std::vector<std::size_t> lists;
    for (std::size_t j = tr + 1; j < after_subtree(tree, tr); ++j)
      if (tree[j].role == "L") lists.push_back(j);
    if (lists.size() != r.lists.size()) {
      problems.push_back("the row of \"" + r.question.substr(0, 60) + "\" has " + std::to_string(lists.size()) + " lists of options, not " +
                         std::to_string(r.lists.size()));
    } else {
      for (std::size_t k = 0; k < lists.size(); ++k)
        if (const std::string p = list_problem(tree, lists[k], r.lists[k]); !p.empty())
          problems.push_back("the row of \"" + r.question.substr(0, 60) + "\", column " + std::to_string(k + 1) + ": " + p);
    }
    at = after_subtree(tree, tr);
  }
  return problems;
}

}  // namespace qaf::test
