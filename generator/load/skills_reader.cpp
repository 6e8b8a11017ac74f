// Reads skill descriptor sets: grouped or ungrouped skills with behaviours per level, or capability statements.
#include <algorithm>
#include <map>

#include "load/readers.hpp"

namespace qaf::detail {
namespace {

Skill read_skill(const Fields& s, SkillShape shape) {
  const YamlFile& file = s.file();
  Diagnostics& d = file.diags();
  Skill sk;
  sk.id = s.id();
  sk.number = s.str("number");
  sk.title = s.str("title");
  sk.description = s.text("description");
  sk.pos = s.pos();
  each_object(s, "components", "component", [&](const Fields& c) {
    sk.components.push_back({c.str("title"), c.text("description"), c.pos()});
  });
  if (shape == SkillShape::capabilities && s.has("levels"))
    hint(d.error(s.pos_of("levels"), "a capabilities skill set has no levels"),
         "use shape: levels with a levels scale, or remove 'levels'");
  s.map("levels", [&](const std::string& key, const SourcePos& kpos, const YAML::Node& v) {
    auto level = parse_integer(key);
    if (!level) {
      d.error(kpos, "level '" + key + "' must be a whole number");
      return;
    }
    SkillLevel sl{static_cast<int>(*level), {}, kpos};
    if (v.IsScalar()) sl.behaviours.push_back({v.Scalar(), file.pos(v, kpos)});
    else if (v.IsSequence())
      for (const YAML::Node& b : v) {
        if (b.IsScalar()) sl.behaviours.push_back({b.Scalar(), file.pos(b, kpos)});
        else d.error(file.pos(b, kpos), "a behaviour must be text, not " + describe(b));
      }
    else d.error(file.pos(v, kpos), "level " + key + " must list behaviours, not " + describe(v));
    sk.levels.push_back(std::move(sl));
  });
  std::stable_sort(sk.levels.begin(), sk.levels.end(),
                   [](const SkillLevel& a, const SkillLevel& b) { return a.level < b.level; });
  if (shape == SkillShape::levels && sk.levels.empty())
    d.error(s.pos(), "skill '" + sk.id + "' has no 'levels'");
  if (shape == SkillShape::capabilities && sk.description.empty())
    hint(d.error(s.pos(), "capability '" + sk.id + "' has no 'description'"), "write the capability statement there");
  return sk;
}

}  // namespace

SkillSet read_skill_set(const YamlFile& file, const YAML::Node& n) {
  SkillSet set;
  Fields f(file, n, "skill-set");
  set.pos = f.pos();
  if (!f.ok()) return set;
  Diagnostics& d = file.diags();
  set.id = f.id();
  set.title = f.str("title");
  set.intro = f.text("intro");
  set.shape = f.one_of("shape", {"levels", "capabilities"}, "levels") == "capabilities" ? SkillShape::capabilities
                                                                                         : SkillShape::levels;
  set.scale = f.ref("scale");
  if (set.shape == SkillShape::levels && set.scale.id.empty())
    hint(d.error(f.pos(), "skill set '" + set.id + "' needs 'scale'"), "name the levels scale the skills are scored on");
  if (f.has("groups") && f.has("skills"))
    hint(d.error(f.pos_of("skills"), "skill set '" + set.id + "' has both 'groups' and 'skills'"),
         "put every skill in a group, or use 'skills' alone");
  each_object(f, "groups", "skill-group", [&](const Fields& g) {
    SkillGroup group{g.id(), g.str("title"), g.text("description"), {}, g.pos()};
    each_object(g, "skills", "skill", [&](const Fields& s) { group.skills.push_back(read_skill(s, set.shape)); });
    set.groups.push_back(std::move(group));
  });
  if (f.has("skills")) {
    SkillGroup group{"", "", {}, {}, f.pos_of("skills")};
    each_object(f, "skills", "skill", [&](const Fields& s) { group.skills.push_back(read_skill(s, set.shape)); });
    set.groups.push_back(std::move(group));
  }
  if (!f.has("groups") && !f.has("skills")) d.error(f.pos(), "skill set '" + set.id + "' has no 'groups' or 'skills'");
  // Numbers are the council's own; two skills with one number would be cited ambiguously.
  std::map<std::string, const Skill*> numbers;
  for (const SkillGroup& g : set.groups)
    for (const Skill& sk : g.skills)
      if (!sk.number.empty())
        if (auto [it, fresh] = numbers.emplace(sk.number, &sk); !fresh)
          hint(d.error(sk.pos, "skills '" + it->second->id + "' and '" + sk.id + "' both have number " + sk.number +
                                   " in skill set '" + set.id + "'"),
               "give each skill its own number, as the framework numbers them");
  return set;
}

}  // namespace qaf::detail
