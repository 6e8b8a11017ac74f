// Test helper: a deterministic synthetic site of N documents for size and scale tests.
#pragma once
#include <cstddef>
#include <vector>

#include "search/search.hpp"

namespace qaf::search::testing {

/// `count` documents shaped like a large QAF site: four frameworks, every kind, numbered
/// standards ("3.12 ..."), 120-520 words of Zipf-distributed English-like text each, with
/// domain words ("seen alone", "45 days", "safeguarding") spread through. Same count, same docs.
std::vector<SearchDoc> synthetic_corpus(std::size_t count);

}  // namespace qaf::search::testing
