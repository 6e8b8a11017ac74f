// An attacker's view of a dashboard, written apart from the generator: from dashboard-figures.json
// alone it sets up every published relation (each figure a sum of unknown counts, each share a
// rounded ratio) and works out, by integer programming (GLPK), what a reader can deduce.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace qaf::audit_check {

/// Values a hidden quantity can take given everything published; `hi` empty: no upper bound.
struct Bounds {
  long lo = 0;
  std::optional<long> hi;
};

struct Finding {
  std::string figure;  ///< figure id (or a description of the group)
  Bounds bounds;
  std::string problem;
};

class PublishedFigures {
 public:
  /// Reads the figures file. Throws std::runtime_error when it is malformed.
  explicit PublishedFigures(const nlohmann::json& doc);
  ~PublishedFigures();
  PublishedFigures(const PublishedFigures&) = delete;
  PublishedFigures& operator=(const PublishedFigures&) = delete;

  int threshold() const { return threshold_; }
  int figures() const { return static_cast<int>(figs_.size()); }
  int hidden() const;

  /// The range of the number of records in `space` matching `where` ({dimension or attribute:
  /// [values]}; a missing key matches all).
  Bounds range(const std::string& space, const nlohmann::json& where);
  /// The range of (records matching `all`) minus (records matching `part`), `part` within `all`.
  Bounds range_of_rest(const std::string& space, const nlohmann::json& all, const nlohmann::json& part);

  /// Every disclosure, given the true value of each figure (from the restricted data): a hidden
  /// figure a reader can pin to one value; a hidden count of 1..threshold-1 that is known to be
  /// under the threshold, or cannot be lower than it is; a published group of records (a figure
  /// split by grade, answer, outcome or status) whose records are all known to share one category;
  /// a shown figure or share that differs from the truth; a mean that puts every observation at one level.
  std::vector<Finding> audit(const std::map<std::string, long>& truth);

 private:
  struct Figure {
    std::string id, space;
    nlohmann::json where;
    std::vector<int> atoms;
    std::optional<long> value;
  };
  std::vector<int> atoms_of(const std::string& space, const nlohmann::json& where) const;
  Bounds solve(const std::vector<int>& plus, const std::vector<int>& minus);

  struct Space {
    int offset = 0;
    std::vector<std::string> dims;
    std::vector<std::vector<nlohmann::json>> values;  // per dimension: {"id":..., attrs...}
    int size = 1;
  };
  int threshold_ = 5;
  std::map<std::string, Space> spaces_;
  std::vector<Figure> figs_;
  std::map<std::string, std::size_t> by_id_;
  nlohmann::json derived_;
  int atoms_ = 0;
  void* lp_ = nullptr;  // glp_prob*
};

/// Compares the figures a dashboard page shows (data-fig, data-share, data-mean) with the file,
/// and finds numbers in table cells that carry no such reference. Returns the problems found.
std::vector<std::string> cross_check_html(const std::string& html, const nlohmann::json& doc);

}  // namespace qaf::audit_check
