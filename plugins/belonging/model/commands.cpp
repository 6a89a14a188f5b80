// `stempush-cli belonging ...`: the same import and results as the app, for Network staff who
// process many programs' files. The workspace file is edited in place: only the belonging section
// changes, every other section is written back as it was, atomically.
#include <sstream>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/exports.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"
#include "stempush/cli.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace belonging {
namespace {

using namespace stempush::cli;

struct LoadedWorkspace {
  nlohmann::json document;
  BelongingData data;
};

std::optional<std::string> read_text(const std::string& path, Io& io) {
  try {
    auto bytes = stempush::read_file(path);
    if (!bytes) io.err << "error: no such file: " << path << "\n";
    return bytes;
  } catch (const stempush::StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return std::nullopt;
  }
}

// The workspace document and this plugin's data from it (defaults if the section is absent).
std::optional<LoadedWorkspace> load(const std::string& path, Io& io) {
  auto bytes = read_text(path, io);
  if (!bytes) return std::nullopt;
  try {
    LoadedWorkspace w;
    w.document = stempush::parse_json_document(*bytes, "workspace");
    if (!w.document.is_object() || w.document.value("format", "") != stempush::kWorkspaceFormat)
      throw stempush::WorkspaceError("this is not a STEM PUSH workspace file");
    BelongingModel model;
    auto sections = w.document.find("sections");
    if (sections != w.document.end() && sections->is_object() && sections->contains("belonging")) {
      const auto& section = (*sections)["belonging"];
      int schema = section.value("schema", 0);
      nlohmann::json d = section.value("data", nlohmann::json());
      if (schema < model.schema_version()) d = model.migrate(d, schema);
      else if (schema > model.schema_version())
        throw stempush::WorkspaceError("the belonging section was written by a newer version of the toolkit");
      w.data = data_from_json(d);
    } else {
      w.data = default_data();
    }
    return w;
  } catch (const std::exception& e) {
    io.err << "error: " << path << ": " << e.what() << "\n";
    return std::nullopt;
  }
}

bool save(const std::string& path, LoadedWorkspace& w, Io& io) {
  w.document["sections"]["belonging"] = {{"schema", BelongingModel::kSchemaVersion}, {"data", data_to_json(w.data)}};
  try {
    stempush::write_file_atomic(path, w.document.dump(2) + "\n");
    return true;
  } catch (const stempush::StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return false;
  }
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
  auto text = read_text(args.positional[1], io);
  if (!text) return kProblems;
  try {
    ImportJob job(*text, workspace->data, *kind);
    if (args.has("--mapping")) {
      auto mapping = read_text(args.get("--mapping"), io);
      if (!mapping) return kProblems;
      job.set_mapping_json(*mapping);
    }
    auto mapping_problems = job.mapping_problems();
    for (auto& p : mapping_problems) io.err << "problem: " << p << "\n";
    if (!mapping_problems.empty()) return kProblems;
    while (!job.step(4096)) {
    }
    for (auto& p : job.problems())
      io.err << args.positional[1] << ":" << p.line << ": " << (p.code.empty() ? "" : p.code + ": ") << p.message << "\n";
    bool skip = args.has("--skip-bad-rows");
    size_t added = job.apply(workspace->data, skip);
    if (job.rejected_rows() > 0 && !skip) {
      io.err << job.rejected_rows() << " of " << job.row_count()
             << " row(s) rejected; nothing was imported (use --skip-bad-rows to import the others)\n";
      return kProblems;
    }
    if (!save(args.positional[0], *workspace, io)) return kProblems;
    io.out << "imported " << added << " " << survey_name(*kind) << " response(s)";
    if (job.rejected_rows() > 0) io.out << "; skipped " << job.rejected_rows() << " rejected row(s)";
    io.out << "\n";
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
  Results results = compute_results(workspace->data);
  if (args.has("--json")) {
    io.out << results_json(workspace->data, results).dump(2) << "\n";
    return kOk;
  }
  try {
    stempush::write_file_atomic(args.get("--html"), results_html(workspace->data, results));
  } catch (const stempush::StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  io.out << "wrote " << args.get("--html") << "\n";
  return kOk;
}

int run_export_responses(const std::vector<std::string>& args, Io& io) {
  if (args.size() != 2) return kUsage;
  auto workspace = load(args[0], io);
  if (!workspace) return kProblems;
  try {
    stempush::write_file_atomic(args[1], responses_csv(workspace->data));
  } catch (const stempush::StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  io.out << "wrote " << args[1] << "\n";
  return kOk;
}

}  // namespace

void BelongingModel::add_commands(CommandTable& table) {
  table.add({"belonging import", "belonging import WORKSPACE CSV [--survey pre|post] [--mapping FILE] [--skip-bad-rows]",
             "import survey responses; lists every problem; exit 1 (nothing imported) if a row is rejected",
             run_import});
  table.add({"belonging results", "belonging results WORKSPACE (--json | --html OUT)",
             "every figure of the belonging results page, as JSON or a standalone HTML report", run_results});
  table.add({"belonging export-responses", "belonging export-responses WORKSPACE OUT.csv",
             "the pre and post responses as CSV (anonymous codes only)", run_export_responses});
}

}  // namespace belonging
