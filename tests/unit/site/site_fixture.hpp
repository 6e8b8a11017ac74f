// Test helper for site tests: loads a throwaway project (its errors fail the test) and builds its site.
#pragma once
#include <doctest/doctest.h>

#include "../load/test_project.hpp"
#include "load/theme_loader.hpp"
#include "site/site_builder.hpp"

namespace qaf::test {

struct BuiltSite {
  Project project;
  Diagnostics diags;  ///< the build's own diagnostics (the load's are in the TempProject)
  OutputTree site;
};

/// Loads `t`, requiring no error, and builds its site with the project's theme (else the built-in one).
inline BuiltSite build_test_site(TempProject& t, const SiteOptions& options = {}) {
  BuiltSite b;
  b.project = t.load();
  REQUIRE_MESSAGE(!t.diags.has_errors(), t.output());
  const Theme theme = load_theme(t.dir().string(), b.project, b.diags);
  b.site = build_site(b.project, theme, options, b.diags);
  return b;
}

}  // namespace qaf::test
