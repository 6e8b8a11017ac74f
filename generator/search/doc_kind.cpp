// Names of the document kinds offered by the search filter.
#include "search/search.hpp"

namespace qaf::search {

std::string_view kind_id(DocKind kind) {
  switch (kind) {
    case DocKind::standard: return "standard";
    case DocKind::rubric: return "rubric";
    case DocKind::skill: return "skill";
    case DocKind::template_: return "template";
    case DocKind::page: return "page";
  }
  return "page";
}

std::string_view kind_label(DocKind kind) {
  switch (kind) {
    case DocKind::standard: return "Standard";
    case DocKind::rubric: return "Rubric";
    case DocKind::skill: return "Skill";
    case DocKind::template_: return "Template";
    case DocKind::page: return "Page";
  }
  return "Page";
}

}  // namespace qaf::search
