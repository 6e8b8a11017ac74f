// The keys each kind of input object accepts: one table, used by the loader and by the docs test.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace qaf {

/// One kind of object in the input files. `name` is the heading it has in the
/// authoring reference (content/authoring-reference.md).
struct ObjectSchema {
  std::string_view name;
  std::vector<std::string> keys;
  std::vector<std::string> required;
};

/// Every object kind the loader reads.
const std::vector<ObjectSchema>& all_schemas();

/// The schema named `name`; throws std::out_of_range for an unknown name (a bug).
const ObjectSchema& schema(std::string_view name);

}  // namespace qaf
