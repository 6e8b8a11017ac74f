// Page builders: one function per kind of page, each a function of the model (internal to the site module).
#pragma once
#include <optional>
#include <utility>

#include "disclosure/publication.hpp"
#include "site/site_context.hpp"

namespace qaf::site {

BuiltPage home_page(SiteContext& c);
BuiltPage content_page(SiteContext& c, const Page& page);
BuiltPage search_page(SiteContext& c);
BuiltPage framework_page(SiteContext& c, const Framework& fw);
BuiltPage narrative_page(SiteContext& c, const Framework& fw, const Page& page);
BuiltPage standards_page(SiteContext& c, const Framework& fw);
BuiltPage rubric_page(SiteContext& c, const Framework& fw, const Rubric& r);
BuiltPage skills_page(SiteContext& c, const Framework& fw, const SkillSet& set);
BuiltPage template_page(SiteContext& c, const Framework& fw, const Template& t);
/// The template's fill-in form (forms::has_form): built in the browser from the definition the
/// page holds, checked as it is filled, saved as a record file; it holds no audit data.
BuiltPage form_page(SiteContext& c, const Framework& fw, const Template& t);
BuiltPage scales_page(SiteContext& c, const Framework& fw);
BuiltPage rules_page(SiteContext& c, const Framework& fw);
BuiltPage programmes_page(SiteContext& c, const Framework& fw);
BuiltPage roles_page(SiteContext& c, const Framework& fw);
/// Boards, panels, forums and teams: purpose, chair, members, meetings, who each reports to.
BuiltPage bodies_page(SiteContext& c, const Framework& fw);
/// The performance indicators: unit, source, how often, owner, where reviewed, which way is better.
BuiltPage indicators_page(SiteContext& c, const Framework& fw);
/// The glossary: each term with what it stands for, its meaning and other names; a search document each.
BuiltPage glossary_page(SiteContext& c, const Framework& fw);
/// What search treats as meaning the same in `fw`: each glossary term with what it stands for and
/// its other names, then the framework's `synonyms` groups (groups of two or more, as written).
std::vector<std::vector<std::string>> glossary_synonyms(const Framework& fw);
/// "What changed in version V": one version's changes since the version before it.
BuiltPage changes_page(SiteContext& c, const Framework& fw, const versions::Step& step);
/// Where an item of the current framework is shown: its site path and anchor ("" for the top).
std::pair<std::string, std::string> item_place(const Framework& fw, const versions::Item& item);
/// Where a change shows as "Updated in version V": the item's own place, or for something removed
/// the part it was removed from (a scale for an option, a form section for a question); nullopt
/// when nothing that remains holds it.
std::optional<std::pair<std::string, std::string>> flagged_place(const Framework& fw, const versions::Change& change);
/// "version 2.1", or "the current text" for a framework without a version.
std::string version_name(const std::string& version);
/// The framework's published audit figures (protected by the disclosure module).
BuiltPage dashboard_page(SiteContext& c, const Framework& fw, const disclosure::Publication& pub);

/// A GOV.UK-style tag colour for a framework status or grade colour name.
std::string tag_colour(const std::string& name);
/// The background of a tag in an author's #rrggbb colour (checked for contrast when loaded), else "".
std::string tag_background(const std::string& colour);

}  // namespace qaf::site
