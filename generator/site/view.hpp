// Values handed to page templates: text, flags, lists and objects (independent of the template engine).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace qaf {

/// A value for a Mustache page template. Text is escaped by the template ({{key}});
/// by convention only keys ending in "_html" hold pre-rendered, already-safe HTML and
/// are inserted raw ({{{key_html}}}). A test checks the theme keeps to this.
class View {
 public:
  enum class Kind { object, text, flag, list };

  View() : kind_(Kind::object) {}
  View(std::string text) : kind_(Kind::text), text_(std::move(text)) {}  // NOLINT: implicit on purpose
  View(const char* text) : kind_(Kind::text), text_(text) {}           // NOLINT
  View(bool flag) : kind_(Kind::flag), flag_(flag) {}                  // NOLINT
  static View list() {
    View v;
    v.kind_ = Kind::list;
    return v;
  }

  /// Sets a key of an object; returns *this for chaining.
  View& set(const std::string& key, View value) {
    fields_[key] = std::make_shared<View>(std::move(value));
    return *this;
  }
  /// Appends to a list; returns *this.
  View& push(View value) {
    items_.push_back(std::move(value));
    return *this;
  }
  bool empty_list() const { return kind_ == Kind::list && items_.empty(); }

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }
  bool flag() const { return flag_; }
  const std::vector<View>& items() const { return items_; }
  const std::map<std::string, std::shared_ptr<View>>& fields() const { return fields_; }

 private:
  Kind kind_;
  std::string text_;
  bool flag_ = false;
  std::vector<View> items_;
  std::map<std::string, std::shared_ptr<View>> fields_;
};

}  // namespace qaf
