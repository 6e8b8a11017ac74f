// Word-level differences: runs merged, removals before additions, common ends kept, the bound.
#include <doctest/doctest.h>

#include "versions/word_diff.hpp"

using qaf::versions::word_diff;
using qaf::versions::WordPiece;
using Op = WordPiece::Op;

TEST_CASE("equal texts are one run of the same words, whatever the spacing") {
  const auto d = word_diff("Visit the  child\nalone", "Visit the child alone");
  REQUIRE(d.size() == 1);
  CHECK(d[0] == WordPiece{Op::same, "Visit the child alone"});
}

TEST_CASE("a word replaced is removed then added, between the words both have") {
  const auto d = word_diff("See the child within 5 working days", "See the child within 10 working days");
  REQUIRE(d.size() == 4);
  CHECK(d[0] == WordPiece{Op::same, "See the child within"});
  CHECK(d[1] == WordPiece{Op::removed, "5"});
  CHECK(d[2] == WordPiece{Op::added, "10"});
  CHECK(d[3] == WordPiece{Op::same, "working days"});
}

TEST_CASE("words inserted and deleted in the middle keep the longest common run") {
  const auto d = word_diff("a b c d e", "a c d x e");
  REQUIRE(d.size() == 5);
  CHECK(d[0] == WordPiece{Op::same, "a"});
  CHECK(d[1] == WordPiece{Op::removed, "b"});
  CHECK(d[2] == WordPiece{Op::same, "c d"});
  CHECK(d[3] == WordPiece{Op::added, "x"});
  CHECK(d[4] == WordPiece{Op::same, "e"});
}

TEST_CASE("one side empty") {
  const auto added = word_diff("", "New words");
  REQUIRE(added.size() == 1);
  CHECK(added[0] == WordPiece{Op::added, "New words"});
  const auto removed = word_diff("Old words", " ");
  REQUIRE(removed.size() == 1);
  CHECK(removed[0] == WordPiece{Op::removed, "Old words"});
  CHECK(word_diff("", "").empty());
}

TEST_CASE("beyond the bound the middles are compared as wholes, the common ends still kept") {
  const auto d = word_diff("start x y z end", "start y z w end", 2);
  REQUIRE(d.size() == 4);
  CHECK(d[0] == WordPiece{Op::same, "start"});
  CHECK(d[1] == WordPiece{Op::removed, "x y z"});
  CHECK(d[2] == WordPiece{Op::added, "y z w"});
  CHECK(d[3] == WordPiece{Op::same, "end"});
  // Within the bound the same texts share "y z".
  const auto fine = word_diff("start x y z end", "start y z w end");
  REQUIRE(fine.size() == 5);
  CHECK(fine[2] == WordPiece{Op::same, "y z"});
}

TEST_CASE("rebuilding either text from the pieces") {
  const std::string before = "The manager reviews every plan at least monthly and records why";
  const std::string after = "Every plan is reviewed by the manager at least every six weeks, and the reasons recorded";
  std::string old_text, new_text;
  for (const WordPiece& p : word_diff(before, after)) {
    if (p.op != Op::added) old_text += (old_text.empty() ? "" : " ") + p.text;
    if (p.op != Op::removed) new_text += (new_text.empty() ? "" : " ") + p.text;
  }
  CHECK(old_text == before);
  CHECK(new_text == after);
}

TEST_CASE("around_changes keeps the words next to each change and cuts the rest") {
  using qaf::versions::around_changes;
  std::vector<WordPiece> pieces{{Op::same, "one two three four five"}, {Op::removed, "six"}, {Op::added, "SIX"},
                                {Op::same, "seven eight nine ten eleven twelve"}, {Op::added, "new"},
                                {Op::same, "thirteen fourteen fifteen"}};
  const auto cut = around_changes(pieces, 2);
  REQUIRE(cut.size() == pieces.size());
  CHECK(cut[0].text == "… four five");
  CHECK(cut[1] == pieces[1]);
  CHECK(cut[2] == pieces[2]);
  CHECK(cut[3].text == "seven eight … eleven twelve");
  CHECK(cut[5].text == "thirteen fourteen …");
  // Runs short enough stay whole; a text with no change stays whole.
  CHECK(around_changes(pieces, 3)[3].text == "seven eight nine ten eleven twelve");
  CHECK(around_changes(pieces, 5)[0].text == "one two three four five");
  const std::vector<WordPiece> same{{Op::same, "a b c d e f"}};
  CHECK(around_changes(same, 1) == same);
}
