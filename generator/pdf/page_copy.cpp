// Page copying with libqpdf: the one file that includes qpdf's headers, compiled as C++17 (see page_copy.hpp).
#define POINTERHOLDER_TRANSITION 4  // qpdf 11: std::shared_ptr throughout, no deprecation warning
#include "pdf/page_copy.hpp"

#include <qpdf/Pl_String.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <new>

#include "layout/utf8.hpp"

namespace qaf::pdf {

namespace {

using Object = QPDFObjectHandle;

Object real(double v) { return Object::newReal(v, 2); }

/// A PDF name's text after its subset tag: "/HPDFAA+LiberationSans" -> "LiberationSans".
std::string untagged(const std::string& name) {
  const std::string bare = name.empty() ? name : name.substr(1);
  const auto plus = bare.find('+');
  return plus == std::string::npos ? bare : bare.substr(plus + 1);
}

/// The composite fonts a PDF has, by untagged name.
std::map<std::string, Object> fonts_of(QPDF& pdf) {
  std::map<std::string, Object> out;
  for (Object& o : pdf.getAllObjects())
    if (o.isDictionary() && o.getKey("/Type").isNameAndEquals("/Font") && o.getKey("/Subtype").isNameAndEquals("/Type0") &&
        o.getKey("/BaseFont").isName())
      out.emplace(untagged(o.getKey("/BaseFont").getName()), o);
  return out;
}

/// qpdf repairs what it finds damaged and says so in a warning: here that is an error.
void no_warnings(QPDF& pdf, const std::string& what) {
  if (pdf.anyWarnings()) throw PdfError("PDF pages: " + what + ": " + pdf.getWarnings().front().what());
}

void read(QPDF& pdf, const std::string& what, const std::string& bytes) {
  pdf.setSuppressWarnings(true);
  pdf.processMemoryFile(what.c_str(), bytes.data(), bytes.size());
  no_warnings(pdf, what);
}

/// What the caller's part reader threw, carried past the translation into PdfError.
struct FromReader {
  std::exception_ptr error;
};

/// The content stream that draws a page's texts over a copied page: `keys` are the resource
/// names given to the fonts, by font index.
std::string stamp_content(const Appendix::Page& stamp, const std::vector<std::string>& keys) {
  // The page's own content (after its "q") ends with the Q; the stamp is page furniture, an
  // artifact to a screen reader.
  std::string out = "Q q /Artifact BMC BT\n";
  char buf[160];
  for (const auto& t : stamp.texts) {
    std::snprintf(buf, sizeof buf, "%s %.2f Tf %.3f %.3f %.3f rg 1 0 0 1 %.2f %.2f Tm <", keys.at(t.font).c_str(),
                  t.size, t.r, t.g, t.b, t.x, stamp.height - t.y);
    out += buf;
    for (std::size_t pos = 0; pos < t.text.size();) {
      const auto cp = layout::detail::next_code_point(t.text, pos);
      std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp.value <= 0xFFFF ? cp.value : 0xFFFD));
      out += buf;
    }
    out += "> Tj\n";
  }
  return out + "ET EMC Q\n";
}

/// [page /FitH top], as the PDF writer places its destinations.
Object fit_h(const Object& page, double height, double y) {
  Object dest = Object::newArray();
  dest.appendItem(page);
  dest.appendItem(Object::newName("/FitH"));
  dest.appendItem(real(std::min(height, height - y + 6)));
  return dest;
}

/// Appends bookmarks under the document's outline root, nested by level, each closed.
void add_outline(QPDF& pdf, const std::vector<Appendix::Bookmark>& entries, const std::map<std::string, Object>& dests) {
  if (entries.empty()) return;
  Object root_dict = pdf.getRoot();
  Object outlines = root_dict.getKey("/Outlines");
  if (!outlines.isDictionary()) {
    outlines = pdf.makeIndirectObject(Object::parse("<< /Type /Outlines /Count 0 >>"));
    root_dict.replaceKey("/Outlines", outlines);
  }
  root_dict.replaceKey("/PageMode", Object::newName("/UseOutlines"));
  std::vector<std::pair<Object, int>> made;   // each new bookmark and how many children it has
  std::vector<std::pair<int, std::size_t>> open;  // the enclosing ones: level, index in `made`
  int top = 0;
  for (const auto& e : entries) {
    while (!open.empty() && open.back().first >= e.level) open.pop_back();
    Object parent = open.empty() ? outlines : made[open.back().second].first;
    Object item = pdf.makeIndirectObject(Object::newDictionary());
    item.replaceKey("/Title", Object::newUnicodeString(e.title));
    item.replaceKey("/Parent", parent);
    item.replaceKey("/Dest", dests.at(e.dest));
    if (parent.getKey("/Last").isDictionary()) {
      Object last = parent.getKey("/Last");
      last.replaceKey("/Next", item);
      item.replaceKey("/Prev", last);
    } else {
      parent.replaceKey("/First", item);
    }
    parent.replaceKey("/Last", item);
    if (open.empty()) ++top;
    else ++made[open.back().second].second;
    open.emplace_back(e.level, made.size());
    made.emplace_back(item, 0);
  }
  for (auto& [item, n] : made)
    if (n > 0) item.replaceKey("/Count", Object::newInteger(-n));  // closed: its children hidden
  const long long before = outlines.getKey("/Count").isInteger() ? outlines.getKey("/Count").getIntValue() : 0;
  outlines.replaceKey("/Count", Object::newInteger(before + top));
}

/// The document's structure tree, which the parts' trees join: its Document element, the
/// parent tree's entries (one flat /Nums array, as the PDF writer makes it) and the next key.
struct Tree {
  Object root, document, nums;
  long long next = 0;
  /// The element at parent-tree key `key`.
  Object at(long long key) {
    for (int i = 0; i + 1 < nums.getArrayNItems(); i += 2)
      if (nums.getArrayItem(i).isInteger() && nums.getArrayItem(i).getIntValue() == key) return nums.getArrayItem(i + 1);
    throw PdfError("PDF pages: the structure tree has no entry " + std::to_string(key) + " in its parent tree");
  }
};

/// The tree of a tagged document (its catalog's /StructTreeRoot); false for an untagged one.
bool tree_of(QPDF& pdf, Tree& t) {
  t.root = pdf.getRoot().getKey("/StructTreeRoot");
  if (!t.root.isDictionary()) return false;
  t.document = t.root.getKey("/K");
  t.nums = t.root.getKey("/ParentTree").getKey("/Nums");
  Object next = t.root.getKey("/ParentTreeNextKey");
  if (!t.document.isDictionary() || !t.nums.isArray() || !next.isInteger())
    throw PdfError("PDF pages: a structure tree without one root element, a flat parent tree and its next key");
  t.next = next.getIntValue();
  return true;
}

/// Copies a tagged part's structure tree into `into` as a Part element after the document's own
/// content, its parent tree's entries under the new keys `keys` gave its pages and links.
void join_tree(QPDF& pdf, QPDF& part, Tree& into, const std::map<long long, long long>& keys, const std::string& what) {
  Tree from;
  if (!tree_of(part, from)) throw PdfError("PDF pages: " + what + " is not tagged, but the document is");
  from.document.removeKey("/P");  // not the part's root, which is not copied
  Object element = pdf.copyForeignObject(from.document);
  element.replaceKey("/S", Object::newName("/Part"));
  element.replaceKey("/P", into.document);
  Object kids = into.document.getKey("/K");
  if (!kids.isArray()) {
    Object one = kids;
    into.document.replaceKey("/K", kids = Object::newArray());
    if (!one.isNull()) kids.appendItem(one);
  }
  kids.appendItem(element);
  // Each entry again under its new key: an array of elements by MCID is made anew (it is not an
  // object of its own), an element is the copy the pages' and elements' copying made.
  std::map<long long, Object> entries;
  for (int i = 0; i + 1 < from.nums.getArrayNItems(); i += 2) {
    Object key = from.nums.getArrayItem(i), value = from.nums.getArrayItem(i + 1);
    auto to = key.isInteger() ? keys.find(key.getIntValue()) : keys.end();
    if (to == keys.end()) throw PdfError("PDF pages: " + what + "'s parent tree has an entry for nothing its pages hold");
    Object copy = value;
    if (value.isIndirect()) {
      copy = pdf.copyForeignObject(value);
    } else if (value.isArray()) {
      copy = Object::newArray();
      for (Object e : value.aitems()) copy.appendItem(e.isIndirect() ? pdf.copyForeignObject(e) : Object::newNull());
    }
    entries.emplace(to->second, copy);
  }
  for (const auto& [key, value] : entries) {
    into.nums.appendItem(Object::newInteger(key));
    into.nums.appendItem(value);
  }
}

/// The part's key `old` on a copied page or link, renumbered into the document's parent tree
/// (or, with no tree, taken away).
void renumber(Object o, const char* name, Tree* tree, std::map<long long, long long>& keys) {
  Object old = o.getKey(name);
  if (!old.isInteger()) return;
  if (!tree) {
    o.removeKey(name);
    return;
  }
  keys[old.getIntValue()] = tree->next;
  o.replaceKey(name, Object::newInteger(tree->next++));
}

}  // namespace

std::string append_pages(const std::string& first, const std::vector<std::string>& font_names, const Appendix& appendix,
                         std::size_t part_count, const std::function<std::string(std::size_t)>& part) {
  try {
    QPDF pdf;
    read(pdf, "the document's own pages", first);
    const std::map<std::string, Object> fonts = fonts_of(pdf);
    auto font_named = [&](const std::string& name, const std::string& where) {
      auto it = fonts.find(name);
      if (it == fonts.end()) throw PdfError("PDF pages: " + where + " uses font " + name + ", which the document does not have");
      return it->second;
    };
    QPDFPageDocumentHelper pages(pdf);
    if (appendix.part_pages.size() != part_count)
      throw PdfError("PDF pages: " + std::to_string(part_count) + " parts, but " + std::to_string(appendix.part_pages.size()) +
                     " laid out");
    if (pages.getAllPages().size() != appendix.own_pages)
      throw PdfError("PDF pages: the document has " + std::to_string(pages.getAllPages().size()) + " pages, not " +
                     std::to_string(appendix.own_pages));
    // A tagged document takes in each part's structure tree. Its links to the parts' pages have
    // Link elements already, without content: those of the last keys of its parent tree, in
    // order (the PDF writer's deferred links).
    Tree tree;
    const bool tagged = tree_of(pdf, tree);
    std::vector<std::pair<long long, Object>> link_elements;
    for (std::size_t k = 0; tagged && k < appendix.links.size(); ++k) {
      const long long key = tree.next - static_cast<long long>(appendix.links.size() - k);
      Object e = tree.at(key);
      if (!e.isDictionary() || !e.getKey("/S").isNameAndEquals("/Link") || e.hasKey("/K"))
        throw PdfError("PDF pages: parent-tree entry " + std::to_string(key) + " is not an empty Link element");
      link_elements.emplace_back(key, e);
    }
    // One part at a time: its streams are copied as they are (still compressed) when its pages
    // are, so it goes before the next is read.
    std::vector<Object> copied;
    for (std::size_t k = 0; k < part_count; ++k) {
      const std::string what = "part " + std::to_string(k + 1);
      std::string bytes;
      try {
        bytes = part(k);
      } catch (...) {
        throw FromReader{std::current_exception()};
      }
      QPDF source;
      read(source, what, bytes);
      source.setImmediateCopyFrom(true);
      const auto source_pages = QPDFPageDocumentHelper(source).getAllPages();
      if (source_pages.size() != appendix.part_pages[k])
        throw PdfError("PDF pages: " + what + " has " + std::to_string(source_pages.size()) + " pages, not the " +
                       std::to_string(appendix.part_pages[k]) + " laid out for it");
      std::map<QPDFObjGen, std::map<std::string, Object>> font_dicts;  // a font dictionary pages may share
      std::map<long long, long long> keys;  // the part's parent-tree keys to this document's
      for (QPDFPageObjectHelper page : source_pages) {
        // Its fonts are the document's: they are not copied (the entries are emptied first), only named.
        std::map<std::string, Object> fonts_here;
        Object res = page.getObjectHandle().getKey("/Resources");
        if (res.isDictionary() && res.getKey("/Font").isDictionary()) {
          Object font_dict = res.getKey("/Font");
          auto seen = font_dict.isIndirect() ? font_dicts.find(font_dict.getObjGen()) : font_dicts.end();
          if (seen != font_dicts.end()) {
            fonts_here = seen->second;
          } else {
            for (const std::string& key : font_dict.getKeys()) {
              Object name = font_dict.getKey(key).getKey("/BaseFont");
              if (!name.isName()) throw PdfError("PDF pages: " + what + " has a font with no name");
              fonts_here.emplace(key, font_named(untagged(name.getName()), what));
              font_dict.replaceKey(key, Object::newNull());
            }
            if (font_dict.isIndirect()) font_dicts.emplace(font_dict.getObjGen(), fonts_here);
          }
        }
        Object c = pdf.copyForeignObject(page.getObjectHandle());
        // Its keys into the part's parent tree become keys into this document's.
        renumber(c, "/StructParents", tagged ? &tree : nullptr, keys);
        if (Object annots = c.getKey("/Annots"); annots.isArray())
          for (Object a : annots.aitems())
            if (a.isDictionary()) renumber(a, "/StructParent", tagged ? &tree : nullptr, keys);
        if (!fonts_here.empty()) {
          Object font_dict = c.getKey("/Resources").getKey("/Font");
          for (const auto& [key, font] : fonts_here) font_dict.replaceKey(key, font);
        }
        pages.addPage(QPDFPageObjectHelper(c), false);
        copied.push_back(c);
      }
      if (tagged) join_tree(pdf, source, tree, keys, what);
      no_warnings(source, what);
    }
    if (tagged) tree.root.replaceKey("/ParentTreeNextKey", Object::newInteger(tree.next));
    if (copied.size() != appendix.pages.size())
      throw PdfError("PDF pages: the parts have " + std::to_string(copied.size()) + " pages, not the " +
                     std::to_string(appendix.pages.size()) + " laid out for them");
    // The stamps, in fonts of their own names on each page.
    std::vector<std::string> keys;
    for (std::size_t f = 0; f < font_names.size(); ++f) keys.push_back("/QafStamp" + std::to_string(f));
    for (std::size_t i = 0; i < copied.size(); ++i) {
      const Appendix::Page& stamp = appendix.pages[i];
      if (stamp.texts.empty()) continue;
      Object res = copied[i].getKey("/Resources");
      if (!res.isDictionary()) copied[i].replaceKey("/Resources", res = Object::newDictionary());
      if (!res.getKey("/Font").isDictionary()) res.replaceKey("/Font", Object::newDictionary());
      Object font_dict = res.getKey("/Font");
      for (const auto& t : stamp.texts) {
        const std::size_t f = t.font;
        if (f >= font_names.size() || font_names[f].empty()) throw PdfError("PDF pages: a stamp uses a font the document did not write");
        font_dict.replaceKey(keys[f], font_named(font_names[f], "a stamp"));
      }
      // The page's own content in q ... Q, so nothing it leaves set reaches the stamp.
      QPDFPageObjectHelper(copied[i]).addPageContents(Object::newStream(&pdf, "q\n"), true);
      QPDFPageObjectHelper(copied[i]).addPageContents(Object::newStream(&pdf, stamp_content(stamp, keys)), false);
    }
    // Destinations on the copied pages, then the links and bookmarks to them.
    std::map<std::string, Object> dests;
    for (const auto& d : appendix.destinations) {
      const std::size_t i = d.page - appendix.own_pages;
      if (d.page < appendix.own_pages || i >= copied.size()) throw PdfError("PDF pages: destination '" + d.name + "' is on a page the parts do not have");
      dests.emplace(d.name, fit_h(copied[i], appendix.pages[i].height, d.y));
    }
    const auto own = pages.getAllPages();
    for (std::size_t k = 0; k < appendix.links.size(); ++k) {
      const Appendix::Link& l = appendix.links[k];
      auto it = dests.find(l.dest);
      if (it == dests.end() || l.page >= own.size()) throw PdfError("PDF pages: link to unknown destination '" + l.dest + "'");
      Object annot = pdf.makeIndirectObject(Object::parse("<< /Type /Annot /Subtype /Link /Border [0 0 0] /H /I >>"));
      Object rect = Object::newArray();
      for (double v : {l.x, l.page_height - (l.y + l.h), l.x + l.w, l.page_height - l.y})
        rect.appendItem(real(v));
      annot.replaceKey("/Rect", rect);
      annot.replaceKey("/Dest", it->second);
      Object page = own[l.page].getObjectHandle();
      if (!page.getKey("/Annots").isArray()) page.replaceKey("/Annots", Object::newArray());
      page.getKey("/Annots").appendItem(annot);
      if (!tagged) continue;
      // Its Link element takes it, and what that says it goes to is its description.
      auto& [key, element] = link_elements[k];
      annot.replaceKey("/StructParent", Object::newInteger(key));
      if (element.getKey("/Alt").isString()) annot.replaceKey("/Contents", element.getKey("/Alt"));
      Object objr = Object::newDictionary();
      objr.replaceKey("/Type", Object::newName("/OBJR"));
      objr.replaceKey("/Obj", annot);
      objr.replaceKey("/Pg", page);
      element.replaceKey("/K", objr);  // the parent tree's entry at `key` is this element already
    }
    add_outline(pdf, appendix.outline, dests);

    std::string out;
    Pl_String sink("pack", nullptr, out);
    QPDFWriter writer(pdf);
    writer.setOutputPipeline(&sink);
    writer.setDecodeLevel(qpdf_dl_none);  // the copied pages' streams go as they are, still compressed
    writer.setCompressStreams(false);
    // The structure trees are thousands of small objects (an element per table cell): packed into
    // compressed object streams they take a fraction of the room.
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setDeterministicID(true);
    writer.write();
    return out;
  } catch (const FromReader& r) {
    std::rethrow_exception(r.error);
  } catch (const PdfError&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    throw PdfError(std::string("PDF pages: ") + e.what());
  }
}

}  // namespace qaf::pdf
