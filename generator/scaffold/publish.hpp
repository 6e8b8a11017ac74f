// `qaf publish`: plans the copy that keeps a framework's published version beside its sources.
#pragma once
#include <filesystem>

#include "model/framework.hpp"
#include "scaffold/scaffold.hpp"

namespace qaf {

/// The files that keep framework `fw` (loaded from `root`, without errors) as it is now: every
/// file of frameworks/<id>/ but its versions folder and hidden files, copied under
/// frameworks/<id>/versions/<version>/. Throws ScaffoldRefused when the framework has no version,
/// or that version is kept already with other content (the version must change first); returns
/// no files, with a note, when it is kept already exactly as it is.
ScaffoldPlan plan_publish(const std::filesystem::path& root, const Framework& fw);

}  // namespace qaf
