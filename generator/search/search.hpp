// Site search: the public API of the index builder (documents in, index files out, no I/O).
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace qaf::search {

/// What a searchable document is; the client offers these as a filter.
/// The order here is the order of the filter options and of the index.
enum class DocKind { standard, rubric, skill, template_, page };

/// Stable id of a kind as written in the index and in filter values ("template").
std::string_view kind_id(DocKind kind);
/// Label shown to readers ("Template").
std::string_view kind_label(DocKind kind);

/// One searchable unit: a page, or a part of a page reached by an anchor.
struct SearchDoc {
  std::string url;                    ///< relative to the site root, no leading '/': "frameworks/ofsted/standards.html"
  std::string anchor;                 ///< fragment id without '#', or empty for the top of the page
  std::string title;                  ///< shown as the result link; weighted highest
  std::vector<std::string> headings;  ///< headings inside the document; weighted above the body
  std::string body;                   ///< plain text (no markup), UTF-8
  DocKind kind = DocKind::page;
  std::string framework_id;           ///< empty for pages that belong to no framework
  std::string framework_title;        ///< shown in the framework filter and result tags
  std::string framework_note{};       ///< "Draft" or "Superseded": shown beside the title in result tags
  /// How much a match here counts against one elsewhere, 0 to 1: a template's single question
  /// (a short document) ranks under the standard or page that says the same words at length.
  double weight = 1;
  /// "2.1" when what the document holds changed in its framework's current version ("" when not):
  /// shown in its result's tags, and the client's "only what changed" filter keeps it.
  std::string changed_in{};
};

/// Tuning of the index; the defaults keep a 10,000-document site's first query under 300 kB.
struct SearchOptions {
  std::string dir = "search";                ///< folder of the index files, relative to the site root
  std::size_t term_shard_bytes = 8 * 1024;   ///< a term shard is closed once it reaches this size
  double title_weight = 5.0;                 ///< one title occurrence counts as this many body occurrences
  double heading_weight = 2.0;               ///< one heading occurrence counts as this many body occurrences
};

/// One file of the index: `path` relative to the site root, `bytes` its whole content.
struct OutputFile {
  std::string path;
  std::string bytes;
  friend bool operator==(const OutputFile&, const OutputFile&) = default;
};

/// Words that mean the same within one framework, by framework id: each group lists words or
/// phrases as written ({"PEP", "personal education plan"}; {"CLA", "LAC", "children looked after"}).
/// A query naming one also finds the others, in that framework's documents only.
using Synonyms = std::map<std::string, std::vector<std::vector<std::string>>>;

/// Builds the search index of `docs`: `<dir>/manifest.js`, `<dir>/terms/<n>.js` (term shards)
/// and `<dir>/docs/<n>.js` (one per document), sorted by path. The caller owns the result and
/// writes it; nothing here touches the disk or the clock, and the same input gives the same bytes.
/// Throws std::invalid_argument for a document the renderer built wrongly (empty or absolute url,
/// an anchor starting with '#', framework_title without framework_id): a broken invariant, not content.
std::vector<OutputFile> build_index(const std::vector<SearchDoc>& docs, const SearchOptions& options = {},
                                    const Synonyms& synonyms = {});

}  // namespace qaf::search
