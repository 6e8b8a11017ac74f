// A template as its fill-in form needs it: questions, answers, conditions and the record rules, as JSON.
#pragma once
#include <functional>
#include <string>

#include "model/framework.hpp"

namespace qaf::forms {

/// Markdown as safe HTML for the form page: `block` for guidance and intros (paragraphs, lists),
/// else a short text with no enclosing paragraph (a question's words, a label).
using HtmlOf = std::function<std::string(const Text& text, bool block)>;

/// The definition the form page's script builds the form from and checks it by: every header
/// field, section, question, column, scale answer, condition and rule of template `t` that a
/// record must satisfy, read off the model the loader checks records against (so the browser and
/// `qaf check` apply one set of rules). Compact JSON with a stable key order, safe inside a
/// <script type="application/json"> element (every '<' is written "\u003c").
std::string form_definition(const Framework& fw, const Template& t, const HtmlOf& html);

/// Whether template `t` can be filled in: a form of its own, not a tool held elsewhere.
bool has_form(const Template& t);

}  // namespace qaf::forms
