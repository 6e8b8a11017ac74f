// The text of the skeleton files `qaf new` writes: a framework, a template, a project's first files.
#pragma once
#include <string>
#include <vector>

#include "support/date.hpp"

namespace qaf {

/// One file to write: its path relative to the project folder ('/'-separated) and its text.
struct NewFile {
  std::string path;
  std::string text;
};

/// "case-audit" -> "Case audit": an id made into a title for a skeleton to start from.
std::string title_from_id(const std::string& id);

/// Every file of a new framework `id`, under frameworks/<id>/: metadata (next review two years
/// after `today`), scales, one standard, a rubric, roles, rules, an introduction page and a
/// case audit template. Each file starts with comments that explain its keys.
std::vector<NewFile> framework_skeleton(const std::string& id, const Date& today);

/// The files that make an empty folder a project: qaf.yaml and the home page content/index.md.
std::vector<NewFile> project_skeleton(const std::string& framework_id);

/// What the template skeleton may use of its framework.
struct TemplateScales {
  std::string grades;  ///< id of a `grades` scale, empty when the framework has none
};

/// A new template `id` for framework `framework_id`, at frameworks/<framework_id>/templates/<id>.yaml.
/// Its rating question and judgement use `scales.grades`; with no grades scale it has neither,
/// and its comments say how to add them.
NewFile template_skeleton(const std::string& framework_id, const std::string& id, const TemplateScales& scales);

}  // namespace qaf
