// `stempush-cli improvement ...`: the improvement section of a workspace without the app.
#include <cstdio>
#include <sstream>

#include "improvement/model/improvement_model.hpp"
#include "stempush/cli.hpp"
#include "stempush/workspace.hpp"

namespace improvement {
namespace {

using namespace stempush::cli;

// `improvement measures WORKSPACE [--json]`: every measure with its points. Points are typed or
// imported today ("source": "typed"); fed series join here when the core's measure feeds land.
int run_measures(const std::vector<std::string>& raw_args, Io& io) {
  auto args = parse_args(raw_args, {});
  if (args.positional.size() != 1) return kUsage;
  for (auto& [flag, value] : args.options)
    if (flag != "--json") throw std::invalid_argument("unknown option " + flag);
  auto workspace = open_workspace(args.positional[0], io);
  if (!workspace) return kProblems;
  auto* model = dynamic_cast<ImprovementModel*>(workspace->plugin("improvement"));
  if (!model) {
    io.err << "error: the improvement plugin is not installed\n";
    return kProblems;
  }
  std::ostringstream out;
  if (args.has("--json")) {
    nlohmann::json measures = nlohmann::json::array();
    for (auto& m : model->measures()) {
      nlohmann::json j = measure_json(m);
      for (auto& p : j["points"]) {
        if (!p.contains("note")) p["note"] = "";
        p["source"] = "typed";
      }
      measures.push_back(j);
    }
    out << nlohmann::json{{"measures", measures}}.dump(2) << "\n";
  } else {
    if (model->measures().empty()) out << "no measures\n";
    for (auto& m : model->measures()) {
      out << m.name << " (" << measure_kind_id(m.kind) << (m.unit.empty() ? "" : ", " + m.unit) << "): "
          << m.points.size() << " point(s)";
      if (!m.points.empty()) out << ", " << m.points.front().date << " to " << m.points.back().date;
      out << "\n";
    }
  }
  io.out << out.str();
  return kOk;
}

}  // namespace

void ImprovementModel::add_commands(stempush::cli::CommandTable& table) {
  table.add({"improvement measures", "improvement measures WORKSPACE [--json]",
             "list the improvement measures and their points", run_measures});
}

}  // namespace improvement
