// Test helper: a printed document's structure tree, as a screen reader walks it, against what the model says it holds.
#pragma once
#include <string>
#include <vector>

#include "check_tags.hpp"
#include "model/framework.hpp"

namespace qaf::test {

/// One element of the tree with its text: pdfinfo -struct-text's words, check_tags' ActualText.
struct TreeNode {
  std::string role;
  int depth = 0;
  std::string text;    ///< the words of its own marked content, in order
  std::string actual;  ///< its /ActualText or /Alt (a tick box's ☐ or ☒)
};

/// The labels of a scale's answers as the model gives them (a band's numbers), in order.
std::vector<std::string> scale_labels_of(const Framework& fw, const Ref& scale);

/// A side-by-side section's questions as they are read: across the page, row k holding each
/// column's k-th cell as the author listed it (a question, or every part of a question in
/// parts; nothing for a blank cell).
std::vector<const Question*> side_by_side_order(const Section& sec);

/// The tree of `pdfinfo -struct-text`'s output, each element given the ActualText check_tags read
/// for it (both walk the tree in reading order: their roles must agree, else `error` is set).
std::vector<TreeNode> read_struct_text(const std::string& struct_text, const std::vector<TagElement>& elements,
                                       std::string& error);

/// What a blank form's tree must hold, worked out from the model alone (not the print module):
/// its title a level-1 heading and each section's title a level-2 heading, in order; each question
/// answered by ticking followed by a list of its options, each item a ☐ label and the option's
/// words; a grid's header cells naming its answers, and each question's row with a ☐ under each;
/// a row of parallel columns with a list of options in each column answered by ticking.
struct FormTree {
  struct Heading {
    int level = 1;
    std::string title;
  };
  struct Options {
    std::string question;  ///< the words the list follows ("" for none to look for)
    std::vector<std::string> labels;
  };
  struct GridRow {
    std::string question;
    std::size_t boxes = 0;
  };
  struct Grid {
    std::vector<std::string> header;  ///< the answers heading the columns, in order
    std::vector<GridRow> rows;
  };
  struct ParallelRow {
    std::string question;
    std::vector<std::vector<std::string>> lists;  ///< each ticked column's options, in order
  };
  std::vector<Heading> headings;
  std::vector<Options> lists;
  std::vector<Grid> grids;
  std::vector<ParallelRow> parallel;
};
FormTree form_tree(const Framework& fw, const Template& t);
/// The standards booklet's: its title a level-1 heading, each area's a level-2 one, and each
/// standard's number and title a level-3 one under it, in order (only headings are asked for).
FormTree standards_tree(const Framework& fw);

/// Compares `tree` with `want`; returns the problems found (empty: none).
std::vector<std::string> check_form_tree(const FormTree& want, const std::vector<TreeNode>& tree);

}  // namespace qaf::test
