// `stempush-cli improvement ...`: the improvement section of a workspace without the app.
#include <cstdio>
#include <sstream>

#include "improvement/model/diagram_export.hpp"
#include "improvement/model/improvement_model.hpp"
#include "improvement/model/measure_data.hpp"
#include "improvement/model/storyboard.hpp"
#include "stempush/storage.hpp"
#include "stempush/cli.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/workspace.hpp"

namespace improvement {
namespace {

using namespace stempush::cli;

// `improvement measures WORKSPACE [--json]`: every measure with its points, typed ("source":
// "typed") and fed by a plugin ("source": "feed", read from the workspace's feeds now).
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
  const auto feeds = workspace->feeds();
  std::ostringstream out;
  if (args.has("--json")) {
    nlohmann::json measures = nlohmann::json::array();
    for (auto& m : model->measures()) measures.push_back(measure_with_points_json(m, feeds));
    out << nlohmann::json{{"measures", measures}}.dump(2) << "\n";
  } else {
    if (model->measures().empty()) out << "no measures\n";
    for (auto& m : model->measures()) {
      const auto points = measure_points(m, feeds);
      out << m.name << " (" << measure_kind_id(m.kind) << (m.unit.empty() ? "" : ", " + m.unit) << "): "
          << stempush::trn("improvement.cli.points", static_cast<long long>(points.size()));
      if (!points.empty()) out << ", " << points.front().date << " to " << points.back().date;
      if (!m.feed.empty()) out << "; fed by " << m.feed << (find_series(feeds, m.feed) ? "" : " (not published now)");
      out << "\n";
    }
  }
  io.out << out.str();
  return kOk;
}

// `improvement storyboard WORKSPACE CYCLE_ID --html OUT`: the cycle's one-page storyboard, the
// same page the view offers. Written atomically: a bad cycle id or an unwritable path leaves no
// half-written file.
int run_storyboard(const std::vector<std::string>& raw_args, Io& io) {
  auto args = parse_args(raw_args, {"--html"});
  if (args.positional.size() != 2 || !args.has("--html")) return kUsage;
  for (auto& [flag, value] : args.options)
    if (flag != "--html") throw std::invalid_argument("unknown option " + flag);
  auto opened = open_plugin_model<ImprovementModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  std::string html;
  try {
    html = storyboard_html(*opened.model, args.positional[1], opened.workspace->feeds(), opened.workspace->profile().program_name);
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  return write_output(args.get("--html"), html, io);
}

// `improvement diagram WORKSPACE --html OUT`: the driver diagram as the printable landscape page
// the view saves. Written atomically, like every file the CLI writes.
int run_diagram(const std::vector<std::string>& raw_args, Io& io) {
  auto args = parse_args(raw_args, {"--html"});
  if (args.positional.size() != 1 || !args.has("--html")) return kUsage;
  for (auto& [flag, value] : args.options)
    if (flag != "--html") throw std::invalid_argument("unknown option " + flag);
  auto opened = open_plugin_model<ImprovementModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  return write_output(args.get("--html"), diagram_html(*opened.model, opened.workspace.get(), opened.workspace->profile().program_name), io);
}

}  // namespace

void add_commands(stempush::cli::CommandTable& table) {
  table.add({"improvement measures", "improvement measures WORKSPACE [--json]",
             "list the improvement measures and their points (typed and fed)", run_measures});
  table.add({"improvement storyboard", "improvement storyboard WORKSPACE CYCLE_ID --html OUT",
             "write a PDSA cycle's one-page storyboard (plan, predictions, results, run charts, decision)", run_storyboard});
  table.add({"improvement diagram", "improvement diagram WORKSPACE --html OUT",
             "write the driver diagram as a printable page (one landscape sheet, no images)", run_diagram});
}

}  // namespace improvement

// stempush-cli finds this through the generated register_plugin_commands().
void stempush_add_improvement_commands(stempush::cli::CommandTable& table) { improvement::add_commands(table); }
