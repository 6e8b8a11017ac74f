// PDF writer: the one file that includes hpdf.h; draws laid-out pages with libharu into memory.
#include "pdf/pdf_writer.hpp"

#include <hpdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <memory>
#include <map>
#include <set>
#include <vector>

#include "layout/utf8.hpp"
#include "pdf/font_program.hpp"

namespace qaf::pdf {

namespace {

/// What libharu's error callback saw first. The callback only records: throwing
/// through libharu's C frames would skip its clean-up.
struct ErrorState {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* state = static_cast<ErrorState*>(user);
  if (state->code == HPDF_OK) *state = ErrorState{code, detail};
}

/// Owns one HPDF_Doc (move-only); turns recorded libharu errors into PdfError.
class Document {
 public:
  Document() : state_(std::make_unique<ErrorState>()), doc_(HPDF_New(record_error, state_.get())) {
    if (!doc_) throw PdfError("libharu could not create a document (out of memory)");
  }
  ~Document() {
    if (doc_) HPDF_Free(doc_);
  }
  Document(Document&& o) noexcept : state_(std::move(o.state_)), doc_(o.doc_) { o.doc_ = nullptr; }
  Document& operator=(Document&&) = delete;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  HPDF_Doc get() const { return doc_; }

  /// A place to read a font program from, kept until libharu has let go of the document.
  struct FontCursor {
    std::shared_ptr<const std::string> bytes;
    std::size_t pos = 0;
  };
  FontCursor& font_cursor(std::shared_ptr<const std::string> bytes) {
    return font_cursors_.emplace_back(FontCursor{std::move(bytes), 0});
  }

  /// Throws if libharu reported an error since the last check, or `ok` is false.
  void check(const std::string& what, bool ok = true) {
    if (state_->code == HPDF_OK && ok) return;
    char codes[64];
    std::snprintf(codes, sizeof codes, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(state_->code),
                  static_cast<unsigned>(state_->detail));
    throw PdfError("PDF writer: " + what + " failed" + (state_->code != HPDF_OK ? codes : ""));
  }

  /// The whole document as bytes.
  std::vector<unsigned char> save() {
    HPDF_SaveToStream(doc_);
    check("saving the document");
    std::vector<unsigned char> out(HPDF_GetStreamSize(doc_));
    HPDF_ResetStream(doc_);
    std::size_t filled = 0;
    while (filled < out.size()) {
      HPDF_UINT32 n = static_cast<HPDF_UINT32>(out.size() - filled);
      const HPDF_STATUS st = HPDF_ReadFromStream(doc_, out.data() + filled, &n);
      filled += n;
      if (st == HPDF_STREAM_EOF) break;  // reported as an error too; not one here
      check("reading the saved document", st == HPDF_OK && n > 0);
    }
    if (filled != out.size()) throw PdfError("PDF writer: saved document is shorter than its stream size");
    return out;
  }

 private:
  std::unique_ptr<ErrorState> state_;  // heap: its address is registered with libharu
  std::deque<FontCursor> font_cursors_;  // libharu's font streams read these until HPDF_Free
  HPDF_Doc doc_ = nullptr;
};

/// Converts layout's top-down y to PDF's bottom-up y.
struct Flip {
  double height;
  HPDF_REAL operator()(double y) const { return static_cast<HPDF_REAL>(height - y); }
};

HPDF_REAL real(double v) { return static_cast<HPDF_REAL>(v); }

/// A page's colours and line width as last set: each is written only when it changes (most
/// boxes and text on a page share them), which keeps content streams, and the memory libharu
/// holds them in until the document is saved, about a tenth smaller.
class PageState {
 public:
  explicit PageState(HPDF_Page page) : page_(page) {}
  void fill(const layout::Color& c) {
    if (fill_ == c) return;
    HPDF_Page_SetRGBFill(page_, real(c.r), real(c.g), real(c.b));
    fill_ = c;
  }
  void stroke(const layout::Color& c, double width) {
    if (stroke_ != c) HPDF_Page_SetRGBStroke(page_, real(c.r), real(c.g), real(c.b));
    if (width_ != width) HPDF_Page_SetLineWidth(page_, real(width));
    stroke_ = c, width_ = width;
  }

 private:
  HPDF_Page page_;
  // Out of range at first (a colour's parts are 0-1, a width is not negative), so the first
  // setting of each is always written: a new page starts with none set.
  layout::Color fill_{-1, -1, -1}, stroke_{-1, -1, -1};
  double width_ = -1;
};

/// A ToUnicode CMap for `codes`. With libharu's UTF-8 encoder a character code is the
/// character's own code point (the CIDToGIDMap finds the glyph), so each code maps to itself.
std::string to_unicode_cmap(const std::set<char32_t>& codes) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<char32_t> list(codes.begin(), codes.end());
  for (std::size_t i = 0; i < list.size(); i += 100) {  // at most 100 entries a block
    const std::size_t n = std::min<std::size_t>(100, list.size() - i);
    out += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = i; k < i + n; ++k) {
      char entry[24];
      std::snprintf(entry, sizeof entry, "<%04X> <%04X>\n", static_cast<unsigned>(list[k]), static_cast<unsigned>(list[k]));
      out += entry;
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

/// libharu 2.3 gives a UTF-8 font its encoding CMap (a cidrange) as /ToUnicode, which text
/// extractors reject; this puts a real one in its place (the old stream stays, unreferenced).
void replace_to_unicode(Document& pdf, HPDF_Font font, const std::set<char32_t>& codes, bool compress) {
  HPDF_Doc d = pdf.get();
  HPDF_Dict cmap = HPDF_DictStream_New(d->mmgr, d->xref);
  pdf.check("creating a ToUnicode map", cmap != nullptr);
  if (compress) cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  const std::string text = to_unicode_cmap(codes);
  HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
  HPDF_Dict_Add(static_cast<HPDF_Dict>(font), "ToUnicode", cmap);
  pdf.check("adding a ToUnicode map");
}

/// Arrays from libharu's allocator, freed again unless released to libharu.
class MMgrArrays {
 public:
  explicit MMgrArrays(HPDF_MMgr mmgr) : mmgr_(mmgr) {}
  ~MMgrArrays() {
    for (void* p : arrays_)
      if (p) HPDF_FreeMem(mmgr_, p);
  }
  MMgrArrays(const MMgrArrays&) = delete;
  MMgrArrays& operator=(const MMgrArrays&) = delete;
  template <class T>
  T* get(HPDF_UINT n) {
    return static_cast<T*>(arrays_.emplace_back(HPDF_GetMem(mmgr_, n * sizeof(T))));
  }
  bool ok() const { return std::find(arrays_.begin(), arrays_.end(), nullptr) == arrays_.end(); }
  void release() { arrays_.clear(); }

 private:
  HPDF_MMgr mmgr_;
  std::vector<void*> arrays_;
};

/// With UTF-8 text libharu looks up all 65,536 codes in a font's cmap each time a document
/// selects it (a linear search of the cmap's segments per code: most of the time of a short
/// PDF). This gives the loaded font a cmap of two segments: the codes from the document's first
/// character to its last, through a table of their glyphs (0 for a code the document does not
/// draw), and the closing 0xFFFF. Each lookup ends at one segment or the other. The glyphs of
/// the characters drawn are the font's own; an unused code never appears in the document. The
/// arrays come from libharu's allocator, which frees them with the font.
void narrow_cmap(Document& pdf, HPDF_FontDef def, const std::set<char32_t>& codes) {
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  if (attr->cmap.format != 4 || attr->cmap.seg_count_x2 == 0) return;  // format 0 is a table already
  std::vector<std::pair<HPDF_UINT16, HPDF_UINT16>> glyphs;  // (code, glyph), ascending
  for (char32_t code : codes) {
    if (code >= 0xFFFF) break;
    const auto c = static_cast<HPDF_UINT16>(code);
    if (const HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, c)) glyphs.emplace_back(c, gid);
  }
  const bool any = !glyphs.empty();
  const HPDF_UINT n = any ? 2 : 1;  // segments
  const HPDF_UINT first = any ? glyphs.front().first : 0, count = any ? glyphs.back().first - first + 1u : 0;
  MMgrArrays arrays(def->mmgr);
  auto* end = arrays.get<HPDF_UINT16>(n);
  auto* start = arrays.get<HPDF_UINT16>(n);
  auto* delta = arrays.get<HPDF_INT16>(n);
  auto* offset = arrays.get<HPDF_UINT16>(n);
  // libharu reads the entry at glyph_id_array_count too (its bound check is `>`): one more, 0.
  auto* table = arrays.get<HPDF_UINT16>(count + 1);
  pdf.check("narrowing a font's cmap", arrays.ok());
  std::fill_n(table, count + 1, HPDF_UINT16{0});
  for (const auto& [code, gid] : glyphs) table[code - first] = gid;
  if (any) {
    // libharu: glyph = table[offset / 2 + (code - start) - (segments - i)] + delta, here i = 0.
    start[0] = static_cast<HPDF_UINT16>(first), end[0] = glyphs.back().first, delta[0] = 0;
    offset[0] = static_cast<HPDF_UINT16>(2 * n);
  }
  start[n - 1] = end[n - 1] = 0xFFFF, delta[n - 1] = 1, offset[n - 1] = 0;  // 0xFFFF to glyph 0
  HPDF_TTF_CmapRange& cmap = attr->cmap;
  for (void* p : {static_cast<void*>(cmap.end_count), static_cast<void*>(cmap.start_count), static_cast<void*>(cmap.id_delta),
                  static_cast<void*>(cmap.id_range_offset), static_cast<void*>(cmap.glyph_id_array)})
    if (p) HPDF_FreeMem(def->mmgr, p);
  arrays.release();
  cmap.end_count = end, cmap.start_count = start, cmap.id_delta = delta, cmap.id_range_offset = offset;
  cmap.glyph_id_array = table, cmap.glyph_id_array_count = count;
  cmap.seg_count_x2 = static_cast<HPDF_UINT16>(2 * n);
}

/// libharu's reading of a font program held in memory (a Document::FontCursor): no copy.
HPDF_STATUS read_font(HPDF_Stream stream, HPDF_BYTE* out, HPDF_UINT* size) {
  auto* c = static_cast<Document::FontCursor*>(stream->attr);
  const std::size_t n = std::min<std::size_t>(*size, c->bytes->size() - c->pos);
  std::copy_n(c->bytes->data() + c->pos, n, reinterpret_cast<char*>(out));
  c->pos += n;
  const bool short_read = n < *size;
  *size = static_cast<HPDF_UINT>(n);
  return short_read ? HPDF_STREAM_EOF : HPDF_OK;
}
HPDF_STATUS seek_font(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
  auto* c = static_cast<Document::FontCursor*>(stream->attr);
  const long long base = mode == HPDF_SEEK_SET ? 0 : mode == HPDF_SEEK_CUR ? static_cast<long long>(c->pos)
                                                                            : static_cast<long long>(c->bytes->size());
  const long long to = base + pos;
  if (to < 0 || to > static_cast<long long>(c->bytes->size())) return HPDF_STREAM_EOF;
  c->pos = static_cast<std::size_t>(to);
  return HPDF_OK;
}
HPDF_INT32 tell_font(HPDF_Stream stream) {
  return static_cast<HPDF_INT32>(static_cast<Document::FontCursor*>(stream->attr)->pos);
}
HPDF_UINT32 font_size(HPDF_Stream stream) {
  return static_cast<HPDF_UINT32>(static_cast<Document::FontCursor*>(stream->attr)->bytes->size());
}

/// Loads a TrueType font for embedding, as HPDF_LoadTTFontFromFile does, but from the bytes
/// font_program() holds (read once per process, glyph names left out) rather than the file.
/// Returns the font's name in the document.
const char* load_truetype(Document& pdf, const std::string& file) {
  HPDF_Doc d = pdf.get();
  HPDF_Stream stream = HPDF_CallbackReader_New(d->mmgr, read_font, seek_font, tell_font, font_size,
                                               &pdf.font_cursor(font_program(file)));
  pdf.check("loading font " + file, stream != nullptr);
  HPDF_FontDef def = HPDF_TTFontDef_Load(d->mmgr, stream, HPDF_TRUE);  // owns the stream, even on failure
  pdf.check("loading font " + file, def != nullptr);
  if (HPDF_Doc_RegisterFontDef(d, def) != HPDF_OK) {
    HPDF_FontDef_Free(def);
    pdf.check("loading font " + file, false);
  }
  // The subset's tag before its name (HPDFAA+, HPDFAB+...), counted as libharu counts it.
  if (d->ttfont_tag[0] == 0) {
    std::copy_n("HPDFAA", 6, d->ttfont_tag);
  } else {
    for (int i = 5; i >= 0; --i) {
      if (++d->ttfont_tag[i] <= 'Z') break;
      d->ttfont_tag[i] = 'A';
    }
  }
  HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(d->ttfont_tag));
  return def->base_font;
}

/// Loads (embedded, UTF-8) every face the pages use, in index order. Faces with the same file
/// (a project may name one font for two styles) share one font with the characters of both.
/// The characters of the appended pages and of `also_cover` are in the fonts too, with their
/// glyphs embedded, for whoever adds those pages.
std::map<int, HPDF_Font> load_fonts(Document& pdf, const layout::LaidOutDocument& doc, bool compress) {
  std::set<int> used;
  std::map<std::string, std::set<char32_t>> codes;  // by file
  auto add = [&](int font, const std::string& text) {
    if (used.insert(font).second && (font < 0 || static_cast<std::size_t>(font) >= doc.font_files.size()))
      throw PdfError("PDF writer: text uses font " + std::to_string(font) + ", which the document does not name");
    auto& set = codes[doc.font_files[static_cast<std::size_t>(font)]];
    set.insert(U' ');  // a tagged element's line ends with one (see draw_page)
    for (std::size_t pos = 0; pos < text.size();) {
      const auto cp = layout::detail::next_code_point(text, pos);
      if (cp.value <= 0xFFFF) set.insert(cp.value);
    }
  };
  for (const auto* pages : {&doc.pages, &doc.appended})
    for (const auto& page : *pages)
      for (const auto& t : page.texts) add(t.font, t.text);
  for (std::size_t f = 0; f < doc.also_cover.size(); ++f)
    if (!doc.also_cover[f].empty()) add(static_cast<int>(f), doc.also_cover[f]);
  const bool covers_more = !doc.appended.empty() || !doc.also_cover.empty();
  std::map<std::string, HPDF_Font> loaded;
  std::map<int, HPDF_Font> fonts;
  for (int index : used) {
    const std::string& file = doc.font_files[static_cast<std::size_t>(index)];
    auto [it, fresh] = loaded.emplace(file, nullptr);
    if (fresh) {
      const char* name = load_truetype(pdf, file);
      narrow_cmap(pdf, HPDF_GetFontDef(pdf.get(), name), codes[file]);
      it->second = HPDF_GetFont(pdf.get(), name, "UTF-8");
      pdf.check("selecting font " + file, it->second != nullptr);
      replace_to_unicode(pdf, it->second, codes[file], compress);
      if (covers_more) {  // measuring a character marks its glyph for embedding, as drawing it does
        std::string all;
        for (char32_t c : codes[file]) all += layout::detail::to_utf8(c);
        HPDF_Font_TextWidth(it->second, reinterpret_cast<const HPDF_BYTE*>(all.data()), static_cast<HPDF_UINT>(all.size()));
        pdf.check("measuring the characters of " + file);
      }
    }
    fonts[index] = it->second;
  }
  return fonts;
}

/// A PDF text string for any text: UTF-16BE with its byte-order mark, written as hex.
HPDF_Binary text_string(HPDF_MMgr mmgr, const std::string& utf8) {
  std::string bytes = "\xFE\xFF";
  auto unit = [&](unsigned u) {
    bytes += static_cast<char>(u >> 8);
    bytes += static_cast<char>(u & 0xFF);
  };
  for (std::size_t pos = 0; pos < utf8.size();) {
    const char32_t c = layout::detail::next_code_point(utf8, pos).value;
    if (c >= 0x10000) {
      unit(0xD800 + ((static_cast<unsigned>(c) - 0x10000) >> 10));
      unit(0xDC00 + ((static_cast<unsigned>(c) - 0x10000) & 0x3FF));
    } else {
      unit(static_cast<unsigned>(c));
    }
  }
  return HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
}

/// `text` with XML's special characters escaped.
std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

/// An XMP packet giving the document's title and language (Dublin Core).
std::string xmp_packet(const std::string& title, const std::string& lang) {
  return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
         " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
         "<pdfuaid:part>1</pdfuaid:part>\n"
         "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(title) + "</rdf:li></rdf:Alt></dc:title>\n"
         "<dc:language><rdf:Bag><rdf:li>" + xml_escaped(lang) + "</rdf:li></rdf:Bag></dc:language>\n"
         "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>\n";
}

/// A tagged PDF: marked content around everything draw_page draws (an element's content with
/// its MCID, or an artifact), then the structure tree those belong to, its parent tree, and what
/// the catalog says of it (marked, language, title shown). Off when the document has no structure.
class Tagging {
 public:
  explicit Tagging(const layout::LaidOutDocument& doc)
      : doc_(doc), content_(doc.structure.size()), said_(doc.structure.size()) {}
  bool on() const { return !doc_.structure.empty(); }

  void start_page(HPDF_Page page) {
    if (!on()) return;
    page_ = page;
    pages_.push_back(page);
    page_nodes_.emplace_back();
    open_ = kNone;
  }
  /// Before drawing an item of element `node` (or an artifact): consecutive items of one element
  /// share a marked-content sequence.
  void item(int node) {
    if (!on() || node == open_) return;
    close();
    if (node < 0 || static_cast<std::size_t>(node) >= content_.size()) {
      write("/Artifact BMC\n");
      open_ = layout::kArtifact;
      return;
    }
    const int mcid = static_cast<int>(page_nodes_.back().size());
    page_nodes_.back().push_back(node);
    content_[static_cast<std::size_t>(node)].push_back(Mcr{pages_.size() - 1, mcid});
    write("/" + doc_.structure[static_cast<std::size_t>(node)].role + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
    open_ = node;
  }
  /// Whether text item `t` goes on from its element's last text with no space between, across
  /// a line break, a page break or a gap on one line (one element's lines need not be drawn one
  /// after another: a table row split over pages paints its cells' lines band by band).
  bool words_apart(const layout::TextItem& t) const {
    if (!follows(t)) return false;
    const Said& s = said_[static_cast<std::size_t>(t.node)];
    return s.open && (s.page != pages_.size() || t.y > s.y + 0.01 || t.x > s.end + 0.15 * t.size);
  }
  /// Whether `t` is an element's text, whose place words_apart keeps.
  bool follows(const layout::TextItem& t) const {
    return on() && t.node >= 0 && static_cast<std::size_t>(t.node) < said_.size();
  }
  /// Text item `t`, `width` wide, has been drawn (follows(t)).
  void said(const layout::TextItem& t, double width) {
    const char last = t.text.empty() ? ' ' : t.text.back();
    said_[static_cast<std::size_t>(t.node)] = Said{pages_.size(), t.y, t.x + width, last != ' ' && last != '-'};
  }
  /// Ends the open sequence: before a text object begins or ends, and at the end of a page.
  void close() {
    if (open_ != kNone) write("EMC\n");
    open_ = kNone;
  }
  /// A link annotation on page `page` (0-based) whose words belong to element `node`.
  void link(HPDF_Annotation annot, int node, std::size_t page, const std::string& contents) {
    if (on()) links_.push_back(Link{annot, node < 0 ? 0 : node, page, contents});
  }
  /// A link to a page another document supplies (LaidOutDocument::appended), whose annotation
  /// append_pages adds: its Link element is written without content, and its parent-tree keys
  /// are the last ones, in the order of these calls (see append_pages).
  void deferred_link(int node, std::size_t page, const std::string& contents) {
    if (on()) deferred_.push_back(Link{nullptr, node < 0 ? 0 : node, page, contents});
  }

  /// Writes the structure tree and marks the document as tagged.
  void finish(Document& pdf, const std::string& lang) {
    if (!on()) return;
    HPDF_Doc d = pdf.get();
    HPDF_MMgr m = d->mmgr;
    auto indirect = [&] {
      HPDF_Dict dict = HPDF_Dict_New(m);
      pdf.check("making the structure tree", dict != nullptr);
      HPDF_Xref_Add(d->xref, dict);
      return dict;
    };
    HPDF_Dict root = indirect();
    HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
    const std::size_t n = doc_.structure.size();
    std::vector<HPDF_Dict> elems(n);
    std::vector<HPDF_Array> kids(n);
    for (std::size_t i = 0; i < n; ++i) {
      const layout::StructNode& s = doc_.structure[i];
      HPDF_Dict e = elems[i] = indirect();  // /Type /StructElem is optional: left out, as it is thousands of times
      HPDF_Dict_AddName(e, "S", s.role.c_str());
      const bool top = s.parent < 0 || static_cast<std::size_t>(s.parent) >= i;
      HPDF_Dict_Add(e, "P", top ? root : elems[static_cast<std::size_t>(s.parent)]);
      if (!s.alt.empty()) HPDF_Dict_Add(e, "Alt", text_string(m, s.alt));
      if (!s.actual.empty()) HPDF_Dict_Add(e, "ActualText", text_string(m, s.actual));
      if (!s.scope.empty() || s.colspan > 1) {  // a table cell's attributes
        HPDF_Dict a = HPDF_Dict_New(m);
        HPDF_Dict_Add(e, "A", a);
        HPDF_Dict_AddName(a, "O", "Table");
        if (!s.scope.empty()) HPDF_Dict_AddName(a, "Scope", s.scope.c_str());
        if (s.colspan > 1) HPDF_Dict_AddNumber(a, "ColSpan", s.colspan);
      }
      kids[i] = HPDF_Array_New(m);
      HPDF_Dict_Add(e, "K", kids[i]);
      // Its own content first, in drawing order: an MCID alone on the element's page (its /Pg,
      // where its content starts), a reference to the page and the MCID on another.
      if (!content_[i].empty()) HPDF_Dict_Add(e, "Pg", pages_[content_[i].front().page]);
      for (const Mcr& c : content_[i]) {
        if (c.page == content_[i].front().page) {
          HPDF_Array_AddNumber(kids[i], c.mcid);
          continue;
        }
        HPDF_Dict mcr = HPDF_Dict_New(m);
        HPDF_Array_Add(kids[i], mcr);
        HPDF_Dict_AddName(mcr, "Type", "MCR");
        HPDF_Dict_Add(mcr, "Pg", pages_[c.page]);
        HPDF_Dict_AddNumber(mcr, "MCID", c.mcid);
      }
      if (!top) HPDF_Array_Add(kids[static_cast<std::size_t>(s.parent)], e);
    }
    HPDF_Dict_Add(root, "K", elems[0]);
    pdf.check("writing the structure tree");

    // The parent tree: each page's MCIDs to their elements, then each link to its Link element.
    HPDF_Dict parents = HPDF_Dict_New(m);
    HPDF_Dict_Add(root, "ParentTree", parents);
    HPDF_Array nums = HPDF_Array_New(m);
    HPDF_Dict_Add(parents, "Nums", nums);
    for (std::size_t p = 0; p < pages_.size(); ++p) {
      HPDF_Dict_AddNumber(pages_[p], "StructParents", static_cast<HPDF_INT32>(p));
      HPDF_Dict_AddName(pages_[p], "Tabs", "S");  // tab through links in reading order
      HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(p));
      HPDF_Array of = HPDF_Array_New(m);
      HPDF_Array_Add(nums, of);
      for (int node : page_nodes_[p]) HPDF_Array_Add(of, elems[static_cast<std::size_t>(node)]);
    }
    links_.insert(links_.end(), deferred_.begin(), deferred_.end());
    for (std::size_t k = 0; k < links_.size(); ++k) {
      const Link& l = links_[k];
      const auto key = static_cast<HPDF_INT32>(pages_.size() + k);
      HPDF_Dict e = indirect();
      HPDF_Dict_AddName(e, "S", "Link");
      HPDF_Dict_Add(e, "P", elems[static_cast<std::size_t>(l.node)]);
      HPDF_Array_Add(kids[static_cast<std::size_t>(l.node)], e);
      HPDF_Array_AddNumber(nums, key);
      HPDF_Array_Add(nums, e);
      if (!l.annot) {  // append_pages adds its annotation, and says what it is
        HPDF_Dict_Add(e, "Alt", text_string(m, l.contents));
        continue;
      }
      HPDF_Dict objr = HPDF_Dict_New(m);
      HPDF_Dict_Add(e, "K", objr);
      HPDF_Dict_AddName(objr, "Type", "OBJR");
      HPDF_Dict_Add(objr, "Obj", l.annot);
      HPDF_Dict_Add(objr, "Pg", pages_[l.page]);
      HPDF_Dict_AddNumber(l.annot, "StructParent", key);
      HPDF_Dict_Add(l.annot, "Contents", text_string(m, l.contents));
    }
    HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(pages_.size() + links_.size()));
    pdf.check("writing the parent tree");

    HPDF_Dict catalog = d->catalog;
    HPDF_Dict_Add(catalog, "StructTreeRoot", root);
    HPDF_Dict mark = HPDF_Dict_New(m);
    HPDF_Dict_Add(catalog, "MarkInfo", mark);
    HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
    HPDF_Dict_Add(catalog, "Lang", text_string(m, lang));
    HPDF_Dict prefs = HPDF_Dict_New(m);
    HPDF_Dict_Add(catalog, "ViewerPreferences", prefs);
    HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);  // the title, not the file name
    // The title and language again as XMP metadata, where PDF/UA looks for them (uncompressed,
    // so that any tool can read it).
    HPDF_Dict meta = HPDF_DictStream_New(m, d->xref);
    pdf.check("writing the document's metadata", meta != nullptr);
    meta->filter = HPDF_STREAM_FILTER_NONE;
    HPDF_Dict_AddName(meta, "Type", "Metadata");
    HPDF_Dict_AddName(meta, "Subtype", "XML");
    const std::string xmp = xmp_packet(doc_.title, lang);
    HPDF_Stream_Write(meta->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()), static_cast<HPDF_UINT>(xmp.size()));
    HPDF_Dict_Add(catalog, "Metadata", meta);
    pdf.check("marking the document as tagged");
  }

 private:
  static constexpr int kNone = -2;  ///< no sequence open (kArtifact: an artifact's is)
  struct Mcr {
    std::size_t page = 0;
    int mcid = 0;
  };
  struct Said {  ///< where an element's last text ended
    std::size_t page = 0;  ///< pages_.size() when it was drawn (0: nothing yet)
    double y = 0, end = 0;
    bool open = false;  ///< it ended inside a word, not after a space or hyphen
  };
  struct Link {
    HPDF_Annotation annot = nullptr;
    int node = 0;
    std::size_t page = 0;
    std::string contents;
  };
  void write(const std::string& op) {
    HPDF_Stream_WriteStr(static_cast<HPDF_PageAttr>(page_->attr)->stream, op.c_str());
  }

  const layout::LaidOutDocument& doc_;
  std::vector<Link> deferred_;               ///< links whose annotations append_pages adds
  std::vector<std::vector<Mcr>> content_;   ///< by element: its marked content
  std::vector<Said> said_;                  ///< by element
  std::vector<HPDF_Page> pages_;
  std::vector<std::vector<int>> page_nodes_;  ///< by page, by MCID: the element
  std::vector<Link> links_;
  HPDF_Page page_ = nullptr;
  int open_ = kNone;
};

/// Images by their bytes: each file is embedded once however often it is placed.
using ImageCache = std::map<const std::string*, HPDF_Image>;

void draw_images(Document& pdf, HPDF_Page page, const layout::Page& p, ImageCache& cache, Tagging& tags) {
  const Flip flip{p.height};
  for (const auto& im : p.images) {
    if (!im.bytes) continue;
    tags.item(im.node);
    auto [it, fresh] = cache.emplace(im.bytes.get(), nullptr);
    if (fresh) {
      const auto* data = reinterpret_cast<const HPDF_BYTE*>(im.bytes->data());
      const auto size = static_cast<HPDF_UINT>(im.bytes->size());
      it->second = im.jpeg ? HPDF_LoadJpegImageFromMem(pdf.get(), data, size) : HPDF_LoadPngImageFromMem(pdf.get(), data, size);
      pdf.check(std::string("reading a ") + (im.jpeg ? "JPEG" : "PNG") + " image", it->second != nullptr);
    }
    HPDF_Page_DrawImage(page, it->second, real(im.x), flip(im.y + im.h), real(im.w), real(im.h));
  }
  pdf.check("drawing images");
}

void draw_page(Document& pdf, HPDF_Page page, const layout::Page& p, const std::map<int, HPDF_Font>& fonts,
               ImageCache& images, Tagging& tags) {
  tags.start_page(page);
  const Flip flip{p.height};
  PageState state(page);
  // Slanted text (a watermark) first, under everything else, each in a text object of its own
  // whose matrix turns it.
  for (const auto& t : p.texts) {
    if (t.angle == 0) continue;
    const double a = t.angle * 3.14159265358979323846 / 180;
    tags.item(t.node);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, fonts.at(t.font), real(t.size));
    state.fill(t.color);
    HPDF_Page_SetTextMatrix(page, real(std::cos(a)), real(std::sin(a)), real(-std::sin(a)), real(std::cos(a)), real(t.x),
                            flip(t.y));
    HPDF_Page_ShowText(page, t.text.c_str());
    HPDF_Page_EndText(page);
  }
  draw_images(pdf, page, p, images, tags);
  for (const auto& r : p.rects) {
    if (!r.fill) continue;
    tags.item(r.node);
    state.fill(*r.fill);
    HPDF_Page_Rectangle(page, real(r.x), flip(r.y + r.h), real(r.w), real(r.h));
    HPDF_Page_Fill(page);
  }
  for (const auto& r : p.rects) {
    if (!r.stroke) continue;
    tags.item(r.node);
    state.stroke(*r.stroke, r.line_width);
    HPDF_Page_Rectangle(page, real(r.x), flip(r.y + r.h), real(r.w), real(r.h));
    HPDF_Page_Stroke(page);
  }
  for (const auto& l : p.lines) {
    tags.item(l.node);
    state.stroke(l.color, l.width);
    HPDF_Page_MoveTo(page, real(l.x1), flip(l.y1));
    HPDF_Page_LineTo(page, real(l.x2), flip(l.y2));
    HPDF_Page_Stroke(page);
  }
  pdf.check("drawing boxes and lines");
  tags.close();  // marked content does not cross the edges of a text object
  if (p.texts.empty()) return;
  HPDF_Page_BeginText(page);
  int font = -1;
  double size = -1;
  for (const auto& t : p.texts) {
    if (t.angle != 0) continue;
    tags.item(t.node);
    if (t.font != font || t.size != size) {
      HPDF_Page_SetFontAndSize(page, fonts.at(t.font), real(t.size));
      font = t.font, size = t.size;
    }
    // An element's text going on after a line break, a page break or a gap (a contents entry's
    // page number): an invisible space first, so that a screen reader or a copy does not run
    // the last word into the next ('andwith', 'Actions30').
    if (tags.words_apart(t)) HPDF_Page_ShowText(page, " ");
    state.fill(t.color);
    HPDF_Page_TextOut(page, real(t.x), flip(t.y), t.text.c_str());
    if (tags.follows(t)) tags.said(t, HPDF_Page_TextWidth(page, t.text.c_str()));
  }
  tags.close();
  HPDF_Page_EndText(page);
  pdf.check("drawing text");
}

HPDF_PageNumStyle label_style(layout::NumberStyle s) {
  return s == layout::NumberStyle::roman_lower ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN : HPDF_PAGE_NUM_STYLE_DECIMAL;
}

// write_pdf; with `owned` (the same document, the caller's to consume) each page's drawn
// items are let go as soon as libharu has them, so a long document is not held twice.
std::vector<unsigned char> write(const layout::LaidOutDocument& doc, const PdfOptions& options,
                                 layout::LaidOutDocument* owned, std::vector<std::string>* font_names) {
  Document pdf;
  HPDF_Doc d = pdf.get();
  HPDF_SetCompressionMode(d, options.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
  HPDF_UseUTFEncodings(d);
  HPDF_SetCurrentEncoder(d, "UTF-8");
  pdf.check("setting up UTF-8 text");
  const auto fonts = load_fonts(pdf, doc, options.compress);
  if (font_names) {
    font_names->assign(doc.font_files.size(), "");
    for (const auto& [index, font] : fonts) {
      const auto name = static_cast<HPDF_Name>(HPDF_Dict_GetItem(font, "BaseFont", HPDF_OCLASS_NAME));
      pdf.check("reading a font's name", name != nullptr);
      const std::string base = name->value;
      (*font_names)[static_cast<std::size_t>(index)] = base.substr(base.find('+') + 1);  // without the subset tag
    }
  }

  std::vector<HPDF_Page> pages;
  ImageCache images;
  Tagging tags(doc);
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const layout::Page& p = doc.pages[i];
    HPDF_Page page = HPDF_AddPage(d);
    pdf.check("adding a page", page != nullptr);
    HPDF_Page_SetWidth(page, real(p.width));
    HPDF_Page_SetHeight(page, real(p.height));
    draw_page(pdf, page, p, fonts, images, tags);
    tags.close();
    pages.push_back(page);
    if (owned) {  // the size and links are still wanted below
      layout::Page& drawn = owned->pages[i];
      drawn.rects = {}, drawn.lines = {}, drawn.texts = {}, drawn.images = {};
    }
  }

  // Destinations, then the links and bookmarks that point at them. Those on appended pages,
  // which are not here, are left to whoever adds the pages.
  std::map<std::string, HPDF_Destination> dests;
  std::set<std::string> appended;
  for (const auto& dest : doc.destinations) {
    if (dest.page < 0 || static_cast<std::size_t>(dest.page) >= pages.size() + doc.appended.size())
      throw PdfError("PDF writer: destination '" + dest.name + "' is on a page the document does not have");
    if (static_cast<std::size_t>(dest.page) >= pages.size()) {
      appended.insert(dest.name);
      continue;
    }
    HPDF_Destination dst = HPDF_Page_CreateDestination(pages[static_cast<std::size_t>(dest.page)]);
    pdf.check("creating destination " + dest.name, dst != nullptr);
    const double height = doc.pages[static_cast<std::size_t>(dest.page)].height;
    // FitH keeps the reader's zoom choice out of it (libharu's XYZ needs a fixed zoom).
    HPDF_Destination_SetFitH(dst, real(std::min(height, height - dest.y + 6)));
    pdf.check("placing destination " + dest.name);
    dests.emplace(dest.name, dst);
  }
  auto dest_of = [&](const std::string& name) {
    auto it = dests.find(name);
    if (it == dests.end()) throw PdfError("PDF writer: link to unknown destination '" + name + "'");
    return it->second;
  };
  std::map<std::string, std::string> titles;  // destination -> its heading: what a link's description says
  for (const auto& entry : doc.outline) titles.emplace(entry.dest, entry.title);
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    const Flip flip{doc.pages[i].height};
    for (const auto& link : doc.pages[i].links) {
      const auto title = titles.find(link.dest);
      const std::string contents = "Go to " + (title != titles.end() ? title->second : link.dest);
      if (appended.count(link.dest)) {
        tags.deferred_link(link.node, i, contents);
        continue;
      }
      const HPDF_Rect rect{real(link.x), flip(link.y + link.h), real(link.x + link.w), flip(link.y)};
      if (layout::is_web_link(link.dest)) {  // opened in the reader's browser
        HPDF_Annotation uri = HPDF_Page_CreateURILinkAnnot(pages[i], rect, link.dest.c_str());
        pdf.check("creating a link to " + link.dest, uri != nullptr);
        HPDF_LinkAnnot_SetBorderStyle(uri, 0, 0, 0);
        tags.link(uri, link.node, i, link.dest);
        continue;
      }
      HPDF_Annotation annot = HPDF_Page_CreateLinkAnnot(pages[i], rect, dest_of(link.dest));
      pdf.check("creating a link to " + link.dest, annot != nullptr);
      HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
      HPDF_LinkAnnot_SetHighlightMode(annot, HPDF_ANNOT_INVERT_BOX);
      tags.link(annot, link.node, i, contents);
    }
  }
  std::vector<std::pair<int, HPDF_Outline>> open;  // enclosing bookmarks by level
  HPDF_Encoder utf8 = HPDF_GetEncoder(d, "UTF-8");
  for (const auto& entry : doc.outline) {
    if (appended.count(entry.dest)) continue;
    while (!open.empty() && open.back().first >= entry.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    HPDF_Outline o = HPDF_CreateOutline(d, parent, entry.title.c_str(), utf8);
    pdf.check("creating bookmark " + entry.title, o != nullptr);
    HPDF_Outline_SetDestination(o, dest_of(entry.dest));
    HPDF_Outline_SetOpened(o, entry.level == 1 ? HPDF_TRUE : HPDF_FALSE);
    open.emplace_back(entry.level, o);
  }
  if (!doc.outline.empty()) HPDF_SetPageMode(d, HPDF_PAGE_MODE_USE_OUTLINE);

  for (const auto& label : doc.labels) HPDF_AddPageLabel(d, static_cast<HPDF_UINT>(label.first_page), label_style(label.style), static_cast<HPDF_UINT>(label.start), "");
  pdf.check("adding page labels");

  if (!doc.title.empty()) HPDF_SetInfoAttr(d, HPDF_INFO_TITLE, doc.title.c_str());
  if (!options.subject.empty()) HPDF_SetInfoAttr(d, HPDF_INFO_SUBJECT, options.subject.c_str());
  HPDF_SetInfoAttr(d, HPDF_INFO_CREATOR, options.creator.c_str());
  if (options.created) {
    HPDF_Date date{options.created->year, options.created->month, std::max(1, options.created->day), 0, 0, 0, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(d, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(d, HPDF_INFO_MOD_DATE, date);
  }
  pdf.check("writing document information");
  tags.finish(pdf, options.lang);
  return pdf.save();
}

}  // namespace

std::vector<unsigned char> write_pdf(const layout::LaidOutDocument& doc, const PdfOptions& options) {
  return write(doc, options, nullptr, nullptr);
}

std::vector<unsigned char> write_pdf(layout::LaidOutDocument&& doc, const PdfOptions& options,
                                     std::vector<std::string>* font_names) {
  return write(doc, options, &doc, font_names);
}

}  // namespace qaf::pdf
