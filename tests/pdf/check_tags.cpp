// Test helper: PDF/UA-1's machine-checkable rules for qaf's PDFs, from qpdf --json=2 and the pages' marked content.
#include "check_tags.hpp"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "pdf_text.hpp"

namespace qaf::test {

namespace {

using json = nlohmann::json;

/// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4).
const std::set<std::string> kStandard = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
    "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
    "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
    "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form"};

/// The objects of qpdf's JSON (version 2), read through references.
class Objects {
 public:
  explicit Objects(const json& all) : all_(all) {}
  /// `v` itself, or the object it refers to ("12 0 R"); a stream is its dictionary.
  const json& operator()(const json& v) const {
    if (!is_ref(v)) return v;
    auto it = all_.find("obj:" + v.get<std::string>());
    if (it == all_.end()) return null_;
    const json& o = *it;
    if (o.contains("stream")) return o["stream"]["dict"];
    return o.contains("value") ? o["value"] : null_;
  }
  /// Key `key` of dictionary `dict` (through references), or null.
  const json& get(const json& dict, const std::string& key) const {
    const json& d = (*this)(dict);
    if (!d.is_object()) return null_;
    auto it = d.find(key);
    return it == d.end() ? null_ : (*this)(*it);
  }
  static bool is_ref(const json& v) {
    if (!v.is_string()) return false;
    const std::string& s = v.get_ref<const std::string&>();
    return s.size() > 4 && s.compare(s.size() - 2, 2, " R") == 0 && s[0] >= '0' && s[0] <= '9';
  }
  static bool is_name(const json& v, const std::string& name) { return v.is_string() && v.get<std::string>() == name; }
  /// A PDF text string's text ("u:..." in qpdf's JSON), or "".
  static std::string text(const json& v) {
    if (!v.is_string()) return "";
    const std::string s = v.get<std::string>();
    return s.rfind("u:", 0) == 0 ? s.substr(2) : s.rfind("b:", 0) == 0 && s.size() > 2 ? "(bytes)" : "";
  }

 private:
  const json& all_;
  const json null_ = nullptr;
};

/// Every key and value of a number tree (ISO 32000-1, 7.9.7), leaves and kids alike; `sorted`
/// turns false if a leaf's keys are not integers in ascending order, each once.
void number_tree(const Objects& o, const json& node, std::map<long long, json>& out, bool& sorted, int depth = 0) {
  if (depth > 32) return;
  const json& nums = o.get(node, "/Nums");
  if (nums.is_array())
    for (std::size_t i = 0; i + 1 < nums.size(); i += 2) {
      if (!nums[i].is_number_integer() || (i >= 2 && nums[i - 2].is_number_integer() &&
                                           nums[i].get<long long>() <= nums[i - 2].get<long long>()))
        sorted = false;
      if (nums[i].is_number_integer()) out[nums[i].get<long long>()] = nums[i + 1];
    }
  const json& kids = o.get(node, "/Kids");
  if (kids.is_array())
    for (const json& k : kids) number_tree(o, k, out, sorted, depth + 1);
}

}  // namespace

std::vector<std::string> check_tags(const std::filesystem::path& pdf, const std::vector<PageMarks>& pages,
                                    std::vector<TagElement>& tree) {
  std::vector<std::string> problems;
  auto fail = [&](const std::string& what) { problems.push_back(what); };
  const auto [out, status] = run("qpdf --json=2 --json-key=qpdf --json-key=pages " + quoted(pdf) + " 2>&1");
  json doc;
  try {
    doc = json::parse(out);
  } catch (const std::exception& e) {
    return {"qpdf --json did not give JSON (exit " + std::to_string(status) + "): " + e.what()};
  }
  const json& all = doc["qpdf"][1];
  const Objects o(all);
  const json& trailer = all["trailer"]["value"];
  const json& catalog = o.get(trailer, "/Root");

  // The catalog: tagged, its language, its title shown, its metadata.
  if (!o.get(o.get(catalog, "/MarkInfo"), "/Marked").is_boolean() || !o.get(o.get(catalog, "/MarkInfo"), "/Marked").get<bool>())
    fail("the catalog lacks /MarkInfo << /Marked true >>");
  if (Objects::text(o.get(catalog, "/Lang")).empty()) fail("the catalog gives no /Lang");
  const json& display = o.get(o.get(catalog, "/ViewerPreferences"), "/DisplayDocTitle");
  if (!display.is_boolean() || !display.get<bool>()) fail("the title is not displayed (/ViewerPreferences /DisplayDocTitle true)");
  const std::string title = Objects::text(o.get(o.get(trailer, "/Info"), "/Title"));
  if (title.empty()) fail("the document information gives no /Title");
  const json& meta_ref = catalog.is_object() && catalog.contains("/Metadata") ? catalog["/Metadata"] : json();
  if (!Objects::is_ref(meta_ref)) {
    fail("the catalog has no /Metadata stream");
  } else {
    const std::string id = meta_ref.get<std::string>();
    const auto [xmp, xmp_status] =
        run("qpdf --show-object=" + id.substr(0, id.find(' ')) + " --filtered-stream-data " + quoted(pdf) + " 2>&1");
    if (xmp_status != 0 || xmp.find("<dc:title>") == std::string::npos || xmp.find("<dc:language>") == std::string::npos)
      fail("its XMP metadata gives no dc:title or no dc:language");
    if (xmp.find("<pdfuaid:part>1</pdfuaid:part>") == std::string::npos || xmp.find("http://www.aiim.org/pdfua/ns/id/") == std::string::npos)
      fail("its XMP metadata does not say it is PDF/UA-1 (pdfuaid:part)");
  }

  // The pages, by object, and what their annotations are.
  std::map<std::string, std::size_t> page_index;
  const json& page_list = doc["pages"];
  for (std::size_t i = 0; i < page_list.size(); ++i) page_index[page_list[i]["object"].get<std::string>()] = i;
  if (page_list.size() != pages.size())
    fail("qpdf counts " + std::to_string(page_list.size()) + " pages, the content reader " + std::to_string(pages.size()));

  // The structure tree, walked from its root in reading order.
  const json& root_ref = catalog.is_object() && catalog.contains("/StructTreeRoot") ? catalog["/StructTreeRoot"] : json();
  const json& root = o(root_ref);
  if (!root.is_object() || !Objects::is_ref(root_ref)) {
    fail("the catalog has no /StructTreeRoot");
    return problems;
  }
  std::map<std::string, std::string> role_map;
  if (const json& rm = o.get(root, "/RoleMap"); rm.is_object())
    for (auto it = rm.begin(); it != rm.end(); ++it)
      if (it->is_string()) role_map[it.key().substr(1)] = it->get<std::string>().substr(1);
  std::map<std::pair<std::size_t, long long>, std::string> owner;  // (page, MCID) -> element
  std::map<std::string, std::string> annot_owner;                  // annotation -> Link element
  std::set<std::string> seen;
  std::function<void(const json&, const std::string&, const std::string&, int, const std::string&)> walk;
  // `ref`: an element; `parent`: what its /P must be; `page`: the page its MCIDs are on.
  walk = [&](const json& ref, const std::string& parent, const std::string& parent_role, int depth, const std::string& page) {
    if (!Objects::is_ref(ref)) {
      fail("an element of the structure tree is not an object of its own");
      return;
    }
    const std::string id = ref.get<std::string>();
    if (!seen.insert(id).second) {
      fail("element " + id + " is in the structure tree twice");
      return;
    }
    const json& e = o(ref);
    const json& s = o.get(e, "/S");
    std::string role = s.is_string() ? s.get<std::string>().substr(1) : "";
    for (int hops = 0; role_map.count(role) && hops < 8; ++hops) role = role_map[role];
    if (!kStandard.count(role)) fail("element " + id + " has type '" + role + "', not a standard one nor mapped to one");
    const json& p = e.contains("/P") ? e["/P"] : json();
    if (!p.is_string() || p.get<std::string>() != parent) fail(role + " element " + id + ": its /P is not its parent");
    std::string alt = Objects::text(o.get(e, "/Alt"));
    if (alt.empty()) alt = Objects::text(o.get(e, "/ActualText"));
    tree.push_back(TagElement{role, depth, alt});
    // Where it may stand.
    auto within = [&](const std::set<std::string>& allowed) {
      if (!allowed.count(parent_role)) fail(role + " element " + id + " is in a " + parent_role);
    };
    if (role == "LI") within({"L"});
    if (role == "Lbl" || role == "LBody") within({"LI"});
    if (role == "TR") within({"Table", "THead", "TBody", "TFoot"});
    if (role == "TH" || role == "TD") within({"TR"});
    if (role == "TOCI") within({"TOC"});
    if (role == "Figure" && alt.empty()) fail("Figure element " + id + " has no alternative text (/Alt)");
    const std::string pg = e.contains("/Pg") && e["/Pg"].is_string() ? e["/Pg"].get<std::string>() : page;
    const std::size_t tree_at = tree.size() - 1;
    bool has_annot = false;
    auto kid = [&](const json& k) {
      if (k.is_number_integer()) {
        auto at = page_index.find(pg);
        if (at == page_index.end()) return fail(role + " element " + id + " has an MCID but no page (/Pg)");
        if (!owner.emplace(std::make_pair(at->second, k.get<long long>()), id).second)
          fail("MCID " + std::to_string(k.get<long long>()) + " of page " + std::to_string(at->second + 1) + " is claimed twice");
        return;
      }
      const json& d = o(k);
      const json& type = o.get(d, "/Type");
      if (Objects::is_name(type, "/MCR")) {
        const std::string mpg = d.contains("/Pg") && d["/Pg"].is_string() ? d["/Pg"].get<std::string>() : pg;
        auto at = page_index.find(mpg);
        const json& mcid = o.get(d, "/MCID");
        if (at == page_index.end() || !mcid.is_number_integer()) return fail(role + " element " + id + ": an MCR without page or MCID");
        if (!owner.emplace(std::make_pair(at->second, mcid.get<long long>()), id).second)
          fail("MCID " + std::to_string(mcid.get<long long>()) + " of page " + std::to_string(at->second + 1) + " is claimed twice");
      } else if (Objects::is_name(type, "/OBJR")) {
        const json& obj = d.contains("/Obj") ? d["/Obj"] : json();
        if (!Objects::is_ref(obj)) return fail(role + " element " + id + ": an OBJR without its object");
        annot_owner[obj.get<std::string>()] = id;
        has_annot = true;
      } else {
        walk(k, id, role, depth + 1, pg);
      }
    };
    const json& k = e.contains("/K") ? e["/K"] : json();
    if (k.is_array()) {
      for (const json& one : k) kid(one);
    } else if (!k.is_null()) {
      kid(k);
    }
    if (role == "Link" && !has_annot) fail("Link element " + id + " holds no link annotation (OBJR)");
    if (role == "Table") {
      bool header = false, rows = false;
      for (std::size_t i = tree_at + 1; i < tree.size() && tree[i].depth > depth; ++i) {
        header = header || tree[i].role == "TH";
        rows = rows || tree[i].role == "TR";
      }
      if (!rows || !header) fail("Table element " + id + " has " + std::string(rows ? "no header cell (TH)" : "no rows (TR)"));
    }
    if (role == "L") {
      for (std::size_t i = tree_at + 1; i < tree.size() && tree[i].depth > depth; ++i)
        if (tree[i].depth == depth + 1 && tree[i].role != "LI" && tree[i].role != "Caption")
          fail("L element " + id + " holds a " + tree[i].role + ", not a list item");
    }
  };
  const json& top = root.contains("/K") ? root["/K"] : json();
  if (top.is_array()) {
    for (const json& k : top) walk(k, root_ref.get<std::string>(), "", 0, "");
  } else {
    walk(top, root_ref.get<std::string>(), "", 0, "");
  }
  // Headings: the first is an H1, and none is more than one level below the one before it.
  int level = 0;
  for (const TagElement& e : tree) {
    if (e.role.size() != 2 || e.role[0] != 'H' || e.role[1] < '1' || e.role[1] > '6') continue;
    const int n = e.role[1] - '0';
    if (n > level + 1) fail("an " + e.role + " heading follows " + (level ? "an H" + std::to_string(level) : std::string("no heading")) +
                            ": a heading level is skipped");
    level = n;
  }
  if (tree.empty()) fail("the structure tree is empty");
  else if (tree.front().role != "Document") fail("the structure tree's root element is a " + tree.front().role + ", not a Document");

  // The parent tree against the elements' MCIDs and the pages' content.
  std::map<long long, json> parent_tree;
  bool sorted = true;
  number_tree(o, o.get(root, "/ParentTree"), parent_tree, sorted);
  if (!sorted) fail("the parent tree's keys are not in ascending order, each once");
  const json& next_key = o.get(root, "/ParentTreeNextKey");
  if (!next_key.is_number_integer() || (!parent_tree.empty() && parent_tree.rbegin()->first >= next_key.get<long long>()))
    fail("the parent tree's /ParentTreeNextKey is not above its keys");
  for (std::size_t i = 0; i < page_list.size() && i < pages.size(); ++i) {
    const std::string where = "page " + std::to_string(i + 1);
    const json& page = o(page_list[i]["object"]);
    std::set<long long> drawn;
    for (int m : pages[i].mcids)
      if (!drawn.insert(m).second) fail(where + ": MCID " + std::to_string(m) + " marks two sequences");
    for (long long m : drawn)
      if (!owner.count({i, m})) fail(where + ": marked content with MCID " + std::to_string(m) + " belongs to no element");
    for (auto it = owner.lower_bound({i, 0}); it != owner.end() && it->first.first == i; ++it)
      if (!drawn.count(it->first.second))
        fail(where + ": element " + it->second + " claims MCID " + std::to_string(it->first.second) + ", which is not drawn");
    const json& key = o.get(page, "/StructParents");
    if (!drawn.empty()) {
      if (!key.is_number_integer()) {
        fail(where + " has marked content but no /StructParents");
      } else if (!parent_tree.count(key.get<long long>())) {
        fail(where + ": its /StructParents " + std::to_string(key.get<long long>()) + " is not in the parent tree");
      } else {
        const json& by_mcid = o(parent_tree[key.get<long long>()]);
        for (long long m : drawn) {
          const bool there = by_mcid.is_array() && m < static_cast<long long>(by_mcid.size()) && by_mcid[m].is_string();
          if (!there || by_mcid[m].get<std::string>() != owner[{i, m}])
            fail(where + ": the parent tree does not give MCID " + std::to_string(m) + " its element");
        }
      }
    }
    if (key.is_number_integer() && next_key.is_number_integer() && key.get<long long>() >= next_key.get<long long>())
      fail(where + ": /StructParents is not below the parent tree's next key");
    const json& annots = o.get(page, "/Annots");
    if (!annots.is_array() || annots.empty()) continue;
    if (!Objects::is_name(o.get(page, "/Tabs"), "/S")) fail(where + " has links but does not tab in structure order (/Tabs /S)");
    for (const json& a : annots) {
      const std::string id = a.is_string() ? a.get<std::string>() : "(direct)";
      const json& annot = o(a);
      if (Objects::text(o.get(annot, "/Contents")).empty()) fail(where + ": annotation " + id + " does not say what it is (/Contents)");
      const json& sp = o.get(annot, "/StructParent");
      auto owned = annot_owner.find(id);
      if (owned == annot_owner.end()) {
        fail(where + ": annotation " + id + " is in no element of the structure tree");
      } else if (!sp.is_number_integer() || !parent_tree.count(sp.get<long long>()) ||
                 !parent_tree[sp.get<long long>()].is_string() || parent_tree[sp.get<long long>()].get<std::string>() != owned->second) {
        fail(where + ": annotation " + id + "'s /StructParent does not lead to its element");
      }
    }
  }

  // Fonts: embedded, and composite ones mapped to Unicode.
  for (auto it = all.begin(); it != all.end(); ++it) {
    if (it.key().rfind("obj:", 0) != 0) continue;
    if (!it->contains("value")) continue;
    const json& f = (*it)["value"];
    if (!f.is_object() || !Objects::is_name(o.get(f, "/Type"), "/Font")) continue;
    const json& subtype = o.get(f, "/Subtype");
    const std::string name = f.contains("/BaseFont") && f["/BaseFont"].is_string() ? f["/BaseFont"].get<std::string>() : it.key();
    if (Objects::is_name(subtype, "/Type0")) {
      if (!f.contains("/ToUnicode")) fail("font " + name + " has no /ToUnicode map");
      continue;  // embedded: its descendant, a CID font, says
    }
    if (Objects::is_name(subtype, "/Type3")) continue;
    const json& desc = o.get(f, "/FontDescriptor");
    if (!desc.is_object() || !(desc.contains("/FontFile") || desc.contains("/FontFile2") || desc.contains("/FontFile3")))
      fail("font " + name + " is not embedded");
  }
  return problems;
}

}  // namespace qaf::test
