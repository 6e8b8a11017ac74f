// Scans generated HTML for href/src/id attributes and resolves relative links inside the output tree.
#include "site/link_checker.hpp"

#include <set>
#include <vector>

namespace qaf::site {
namespace {

// The character references the template engine and cmark write in attribute values.
std::string unescape(const std::string& v) {
  static const std::pair<const char*, const char*> refs[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&#x27;", "'"}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    bool replaced = false;
    if (v[i] == '&')
      for (const auto& [ref, ch] : refs)
        if (v.compare(i, std::char_traits<char>::length(ref), ref) == 0) {
          out += ch;
          i += std::char_traits<char>::length(ref);
          replaced = true;
          break;
        }
    if (!replaced) out += v[i++];
  }
  return out;
}

// Values of `attr="..."` in an HTML text (our own output: attributes are always double-quoted).
std::vector<std::string> attribute_values(const std::string& html, const std::string& attr) {
  std::vector<std::string> out;
  const std::string needle = " " + attr + "=\"";
  for (std::size_t pos = html.find(needle); pos != std::string::npos; pos = html.find(needle, pos + 1)) {
    const std::size_t start = pos + needle.size();
    const std::size_t end = html.find('"', start);
    if (end == std::string::npos) break;
    out.push_back(unescape(html.substr(start, end - start)));
  }
  return out;
}

bool external(const std::string& url) {
  if (url.rfind("//", 0) == 0) return true;
  const std::size_t colon = url.find(':');
  const std::size_t slash = url.find_first_of("/?#");
  return colon != std::string::npos && (slash == std::string::npos || colon < slash);
}

// Resolves `url` relative to the folder of `page`; empty when it climbs out of the site.
std::string resolve(const std::string& page, const std::string& url) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  const std::string dir = page.find('/') == std::string::npos ? "" : page.substr(0, page.rfind('/'));
  const std::string joined = dir.empty() ? url : dir + "/" + url;
  while (start <= joined.size()) {
    const std::size_t end = std::min(joined.find('/', start), joined.size());
    const std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

// Checks the links of the HTML page `path` (`bytes`); `ids_of` gives the ids of an HTML page of
// the tree (nullptr for one not an HTML page).
template <typename IdsOf>
std::size_t check_one(const OutputTree& tree, const std::string& path, const std::string& bytes,
                      const std::map<std::string, SourcePos>& sources, Diagnostics& diags,
                      const std::set<std::string>& also_present, IdsOf&& ids_of) {
  std::size_t checked = 0;
  std::vector<std::string> urls = attribute_values(bytes, "href");
  for (const std::string& src : attribute_values(bytes, "src")) urls.push_back(src);
  std::set<std::string> reported;
  for (const std::string& url : urls) {
    if (url.empty() || external(url)) continue;
    ++checked;
    const std::size_t hash = url.find('#');
    std::string file = url.substr(0, std::min(hash, url.find('?')));
    const std::string anchor = hash == std::string::npos ? "" : url.substr(hash + 1);
    const std::string target = file.empty() ? path : resolve(path, file);
    std::string problem;
    if (target.empty() || !(tree.has(target) || also_present.count(target))) {
      problem = "links to a missing file";
    } else if (!anchor.empty()) {
      const std::set<std::string>* ids = ids_of(target);
      if (ids && !ids->count(anchor)) problem = "links to a missing anchor";
    }
    if (problem.empty() || !reported.insert(url).second) continue;
    auto src = sources.find(path);
    Diagnostic& e = diags.error(src == sources.end() ? SourcePos{path, 0, 0} : src->second,
                                "page " + path + " " + problem + ": '" + url + "'");
    hint(e, "check the link's target; qaf links such as standard:1.4 or page:governance are checked when written");
  }
  return checked;
}

bool html(const std::string& path) { return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0; }

}  // namespace

std::size_t check_links(const OutputTree& tree, const std::map<std::string, SourcePos>& sources, Diagnostics& diags,
                        const std::set<std::string>& also_present) {
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& [path, bytes] : tree.files())
    if (html(path))
      for (const std::string& id : attribute_values(bytes, "id")) ids[path].insert(id);
  auto ids_of = [&](const std::string& target) -> const std::set<std::string>* {
    const auto it = ids.find(target);
    return it == ids.end() ? nullptr : &it->second;
  };
  std::size_t checked = 0;
  for (const auto& [path, bytes] : tree.files())
    if (html(path)) checked += check_one(tree, path, bytes, sources, diags, also_present, ids_of);
  return checked;
}

std::size_t check_page_links(const OutputTree& tree, const std::string& page, const std::map<std::string, SourcePos>& sources,
                             Diagnostics& diags, const std::set<std::string>& also_present) {
  const std::string* bytes = tree.find(page);
  if (!bytes || !html(page)) return 0;
  std::map<std::string, std::set<std::string>> ids;  // of the pages it links to, read when first needed
  auto ids_of = [&](const std::string& target) -> const std::set<std::string>* {
    const std::string* b = tree.find(target);
    if (!b || !html(target)) return nullptr;
    auto [it, added] = ids.try_emplace(target);
    if (added)
      for (const std::string& id : attribute_values(*b, "id")) it->second.insert(id);
    return it->second.empty() ? nullptr : &it->second;  // as check_links: a page without ids is not checked
  };
  return check_one(tree, page, *bytes, sources, diags, also_present, ids_of);
}

}  // namespace qaf::site
