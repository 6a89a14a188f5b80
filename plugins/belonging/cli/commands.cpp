// `stempush-cli belonging ...`: the same import and results as the app, for Network staff who
// process many programs' files. The workspace file is rewritten atomically; only the belonging
// section changes.
#include <memory>
#include <optional>
#include <sstream>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/exports.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"
#include "stempush/cli.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/workspace.hpp"

namespace belonging {
namespace {

using namespace stempush::cli;

// The workspace, loaded by the core with every installed plugin (each section validated and
// migrated, other plugins' data kept), and this plugin's data in it.
struct LoadedWorkspace {
  std::unique_ptr<stempush::Workspace> workspace;
  BelongingData* data = nullptr;
};

std::optional<LoadedWorkspace> load(const std::string& path, Io& io) {
  auto opened = open_plugin_model<BelongingModel>(path, STEMPUSH_PLUGIN_ID, io);
  if (!opened) return std::nullopt;
  LoadedWorkspace w;
  w.data = &opened.model->data();
  w.workspace = std::move(opened.workspace);
  return w;
}

int run_import(const std::vector<std::string>& raw_args, Io& io) {
  auto args = parse_args(raw_args, {"--survey", "--mapping"});
  if (args.positional.size() != 2) return kUsage;
  auto kind = parse_survey_kind(args.get("--survey", "pre"));
  if (!kind) {
    io.err << "error: --survey is pre or post\n";
    return kUsage;
  }
  auto workspace = load(args.positional[0], io);
  if (!workspace) return kProblems;
  auto text = read_import_file(args.positional[1], io);
  if (!text) return kProblems;
  try {
    ImportJob job(std::move(*text), *workspace->data, *kind);  // the job keeps the text as its fields
    if (!check_import(job, args, args.positional[1], io)) return kProblems;
    const size_t added = job.apply(*workspace->data, args.has("--skip-bad-rows"));
    if (!save_workspace(args.positional[0], *workspace->workspace, io)) return kProblems;
    io.out << stempush::trn("belonging.cli.imported", static_cast<long long>(added), {stempush::tr(std::string("belonging.csv.") + survey_name(*kind))})
           << rows_skipped_note(job.rejected_rows()) << "\n";
    return kOk;
  } catch (const stempush::csv::ParseError& e) {
    io.err << "error: " << args.positional[1] << ": " << e.what() << "\n";
  } catch (const std::exception& e) {
    io.err << "error: " << e.what() << "\n";
  }
  return kProblems;
}

int run_results(const std::vector<std::string>& raw_args, Io& io) {
  auto args = parse_args(raw_args, {"--html"});
  if (args.positional.size() != 1 || (args.has("--json") == args.has("--html"))) return kUsage;
  auto workspace = load(args.positional[0], io);
  if (!workspace) return kProblems;
  Results results = compute_results(*workspace->data, workspace->workspace->min_group_size());
  if (args.has("--json")) {
    io.out << results_json(*workspace->data, results).dump(2) << "\n";
    return kOk;
  }
  return write_output(args.get("--html"), results_html(*workspace->data, results, workspace->workspace->profile().program_name), io);
}

int run_export_responses(const std::vector<std::string>& args, Io& io) {
  if (args.size() != 2) return kUsage;
  auto workspace = load(args[0], io);
  if (!workspace) return kProblems;
  return write_output(args[1], responses_csv(*workspace->data), io);
}

}  // namespace

void add_commands(CommandTable& table) {
  table.add({"belonging import", "belonging import WORKSPACE CSV [--survey pre|post] [--mapping FILE] [--skip-bad-rows]",
             "import survey responses; lists every problem; exit 1 (nothing imported) if a row is rejected",
             run_import});
  table.add({"belonging results", "belonging results WORKSPACE (--json | --html OUT)",
             "every figure of the belonging results page, as JSON or a standalone HTML report", run_results});
  table.add({"belonging export-responses", "belonging export-responses WORKSPACE OUT.csv",
             "the pre and post responses as CSV (anonymous codes only)", run_export_responses});
}

}  // namespace belonging

// stempush-cli finds this through the generated register_plugin_commands().
void stempush_add_belonging_commands(stempush::cli::CommandTable& table) { belonging::add_commands(table); }
