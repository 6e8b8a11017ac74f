// Checks every internal link and anchor of a built site (internal to the site module).
#pragma once
#include <map>
#include <set>
#include <string>

#include "output/output_tree.hpp"
#include "support/diagnostics.hpp"

namespace qaf::site {

/// For every HTML file in `tree`, checks that each relative href/src names a file in
/// the tree and, for a link with '#anchor' to an HTML page, an element with that id.
/// A broken link is an error at the source of the page that has it (`sources`).
/// Returns the number of links checked.
/// `also_present` names files that are written beside the tree (the PDFs) and count as there.
std::size_t check_links(const OutputTree& tree, const std::map<std::string, SourcePos>& sources, Diagnostics& diags,
                        const std::set<std::string>& also_present = {});

/// The same for one HTML page of the tree: its own links, to files of the tree and anchors in them.
/// Returns the number of links checked.
std::size_t check_page_links(const OutputTree& tree, const std::string& page, const std::map<std::string, SourcePos>& sources,
                             Diagnostics& diags, const std::set<std::string>& also_present = {});

}  // namespace qaf::site
