// Unit tests for escaping in the site: theme templates insert raw only *_html keys; the engine escapes every other value.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "site/site_builder.hpp"
#include "site/template_engine.hpp"

using namespace qaf;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string trim(std::string s) {
  const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), space));
  s.erase(std::find_if_not(s.rbegin(), s.rend(), space).base(), s.end());
  return s;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Problems in one template text: raw insertions ({{{x}}} or {{&x}}) of a name not ending in
// "_html", and delimiter changes (after one, this scan could not see the raw tags).
std::vector<std::string> raw_insertions(const std::string& name, const std::string& text) {
  std::vector<std::string> problems;
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    const std::string where = name + ":" + std::to_string(line) + ": ";
    std::string key;
    if (text.compare(at, 3, "{{{") == 0) {
      const std::size_t end = text.find("}}}", at + 3);
      key = trim(text.substr(at + 3, end == std::string::npos ? std::string::npos : end - at - 3));
    } else if (text.compare(at, 3, "{{&") == 0) {
      const std::size_t end = text.find("}}", at + 3);
      key = trim(text.substr(at + 3, end == std::string::npos ? std::string::npos : end - at - 3));
    } else if (text.compare(at, 3, "{{=") == 0) {
      problems.push_back(where + "changes the Mustache delimiters");
      continue;
    } else {
      continue;
    }
    if (!ends_with(key, "_html")) problems.push_back(where + "inserts '" + key + "' unescaped; only *_html keys may be");
  }
  return problems;
}

Theme theme_with(std::map<std::string, std::string> templates) {
  Theme t;
  t.name = "test";
  t.templates = std::move(templates);
  return t;
}

}  // namespace

TEST_CASE("every theme template inserts only *_html keys unescaped") {
  const fs::path themes = fs::path(QAF_SOURCE_DIR) / "themes";
  REQUIRE(fs::is_directory(themes / "default" / "templates"));
  std::size_t scanned = 0, raw = 0;
  std::vector<std::string> problems;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(themes))
    if (e.is_regular_file() && e.path().extension() == ".mustache") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    const std::string text = read(f);
    ++scanned;
    for (std::size_t at = text.find("{{{"); at != std::string::npos; at = text.find("{{{", at + 3)) ++raw;
    for (const std::string& p : raw_insertions(fs::relative(f, themes).generic_string(), text)) problems.push_back(p);
  }
  INFO("scanned " << scanned << " templates");
  CHECK(scanned >= 10);
  CHECK(raw > 0);  // the scan sees the raw insertions that are allowed
  for (const std::string& p : problems) FAIL_CHECK(p);
  CHECK(problems.empty());
}

TEST_CASE("the scan finds raw insertions of other keys") {
  CHECK(raw_insertions("t", "{{{body_html}}} {{ x }} {{#a}}{{/a}}").empty());
  CHECK(raw_insertions("t", "<p>{{{ title }}}</p>").size() == 1);
  CHECK(raw_insertions("t", "\n{{& summary}}").front() == "t:2: inserts 'summary' unescaped; only *_html keys may be");
  CHECK(raw_insertions("t", "{{=<% %>=}}<%{ x }%>").size() == 1);
}

TEST_CASE("the engine escapes text values, in content and in attributes") {
  Diagnostics diags;
  const Theme theme = theme_with({{"page", "<a title=\"{{t}}\" href='{{t}}'>{{t}}</a>{{{t_html}}}"}});
  View v;
  v.set("t", "<script>alert('x')</script> \" & {{y}}").set("t_html", "<b>ok</b>").set("y", "NO");
  const std::string out = render_template(theme, "page", v, diags);
  CHECK(out ==
        "<a title=\"&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &quot; &amp; {{y}}\" "
        "href='&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &quot; &amp; {{y}}'>"
        "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &quot; &amp; {{y}}</a><b>ok</b>");
  CHECK(diags.error_count() == 0);
}

TEST_CASE("partials see the caller's values, and an empty text is false") {
  Diagnostics diags;
  const Theme theme = theme_with({{"page", "{{#items}}{{> _item}}{{/items}}|{{#none}}shown{{/none}}{{^none}}hidden{{/none}}"},
                                  {"_item", "[{{label}}]"}});
  View items = View::list();
  items.push(View().set("label", "a<b")).push(View().set("label", "c"));
  View v;
  v.set("items", items).set("none", "");
  CHECK(render_template(theme, "page", v, diags) == "[a&lt;b][c]|hidden");
}

TEST_CASE("a broken or missing template is reported once") {
  Diagnostics diags;
  const Theme theme = theme_with({{"bad", "{{#open}} never closed"}});
  CHECK(render_template(theme, "bad", View(), diags).empty());
  CHECK(render_template(theme, "bad", View(), diags).empty());
  CHECK(render_template(theme, "missing", View(), diags).empty());
  CHECK(diags.error_count() == 2);
}

TEST_CASE("the template cache renders each page as the engine does, its partials too, and reports a problem once") {
  Diagnostics diags;
  const Theme theme = theme_with({{"page", "{{#items}}{{> _item}}{{/items}}<i title=\"{{t}}\">{{t}}</i>"},
                                  {"_item", "[{{label}}]"},
                                  {"bad", "{{#open}} never closed"}});
  TemplateCache cache(theme);
  for (const char* label : {"a<b", "d&e", "f<g>"}) {  // the same parsed template, other values each time
    View items = View::list();
    items.push(View().set("label", label));
    View v;
    v.set("items", items).set("t", std::string(label) + "\"");
    CHECK(cache.render("page", v, diags) == render_template(theme, "page", v, diags));
    CHECK(cache.render("page", v, diags).find(label) == std::string::npos);  // escaped, never raw
  }
  CHECK(cache.render("bad", View(), diags).empty());
  CHECK(cache.render("bad", View(), diags).empty());
  CHECK(cache.render("missing", View(), diags).empty());
  CHECK(diags.error_count() == 2);
}
