// Command-line commands. The core provides `validate`, `export-section` and `migrate`; each plugin
// model may add a command group (`stempush-cli self-study summary ...`).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "stempush/plugin.hpp"
#include "stempush/table_import.hpp"

namespace stempush {
class Registry;
class Workspace;
}  // namespace stempush

namespace stempush::cli {

struct Io {
  std::ostream& out;
  std::ostream& err;
  // Every installed plugin: what open_workspace() loads with. Set by the tool's runner.
  const Registry* registry = nullptr;
};

// Exit codes shared by all commands.
enum Exit : int { kOk = 0, kProblems = 1, kUsage = 2 };

struct Command {
  std::string name;     // "validate", or "self-study summary" for a plugin's command
  std::string usage;    // "validate FILE"
  std::string summary;  // one line for --help
  // args: the words after the command name.
  std::function<int(const std::vector<std::string>& args, Io& io)> run;
};

class CommandTable {
 public:
  void add(Command command);
  // Finds the longest command name matching the start of `words`; nullptr if none.
  const Command* find(const std::vector<std::string>& words, size_t* consumed) const;
  const std::vector<Command>& all() const { return commands_; }
  void print_help(std::ostream& out, const std::string& program) const;

 private:
  std::vector<Command> commands_;
};

// Small helpers for commands: `--flag VALUE` and `--flag` parsing, and whole-file I/O that
// reports errors in words.
struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--html" -> "OUT"; a bare flag maps to ""
  bool has(const std::string& flag) const { return options.count(flag) != 0; }
  std::string get(const std::string& flag, const std::string& fallback = {}) const;
};
// `value_flags` take a value ("--html"); any other "--x" is a bare flag. Throws std::invalid_argument
// for a value flag with no value.
ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<std::string>& value_flags);

// Reads a whole input file. On failure (no such file, unreadable) prints why on io.err and returns
// nullopt: every command reports a missing or unreadable file in the same words.
std::optional<std::string> read_input_file(const std::string& path, Io& io);
// A file to import (CSV): the same, and a file over csv::max_import_bytes() is refused before it is
// read, with a message that says the limit ("error: big.csv: the file is 210.0 MB; this device
// imports files of at most 64.0 MB ..."); the command then exits with kProblems.
std::optional<std::string> read_import_file(const std::string& path, Io& io);

// The parts of check_import() below: each prints on io.err; false means stop.
bool mapping_accepted(const std::vector<std::string>& mapping_problems, Io& io);
void print_row_problems(const std::vector<table_import::RowProblem>& problems, const std::string& csv_path, Io& io);
bool rows_accepted(size_t rejected, size_t rows, bool skip_bad_rows, Io& io);
// "; skipped 2 rows with problems" after an import's summary, or "" when none was skipped.
std::string rows_skipped_note(size_t skipped);

// The steps every table import of the command line shares (belonging responses, a recruitment
// roster), for any job with set_mapping_json(), mapping_problems(), step(), problems(),
// rejected_rows() and row_count(): the --mapping FILE applied; problems with the mapping listed
// ("problem: ..."); every row checked, each problem printed as CSV:LINE: CODE: message; then all
// or nothing unless --skip-bad-rows ("2 rows of 40 rejected; nothing was imported ..."). True: the
// command applies the job, skipping bad rows if --skip-bad-rows, saves, and says what it added
// followed by rows_skipped_note(); false: why has been said on io.err, the command exits with
// kProblems. The job's own exceptions (csv::ParseError, a bad mapping file) pass through.
template <class Job>
bool check_import(Job& job, const ParsedArgs& args, const std::string& csv_path, Io& io) {
  if (args.has("--mapping")) {
    auto mapping = read_input_file(args.get("--mapping"), io);
    if (!mapping) return false;
    job.set_mapping_json(*mapping);
  }
  if (!mapping_accepted(job.mapping_problems(), io)) return false;
  while (!job.step(4096)) {
  }
  print_row_problems(job.problems(), csv_path, io);
  return rows_accepted(job.rejected_rows(), job.row_count(), args.has("--skip-bad-rows"), io);
}

// Writes a command's output file the way every command does: `bytes` go to `path` atomically (on
// failure the old file stays whole and no half-written file is left) and "wrote PATH" is said on
// io.out; a path of "-" prints the bytes on io.out instead. Returns kOk, or kProblems after saying
// why on io.err, so a command can end with `return write_output(out, bytes, io);`.
int write_output(const std::string& path, const std::string& bytes, Io& io);

// Reads and loads a workspace file with every installed plugin (so each section is validated and
// migrated, and sections of other plugins are kept). On failure prints why on io.err and returns
// nullptr. `notes` receives what was migrated.
std::unique_ptr<Workspace> open_workspace(const std::string& path, Io& io,
                                          std::vector<std::string>* notes = nullptr);

// The installed plugin `plugin_id`'s model in `workspace`; prints why and returns nullptr if that
// plugin is not installed.
PluginModel* find_plugin_model(const Workspace& workspace, std::string_view plugin_id, Io& io);

// A workspace loaded by open_workspace() and one plugin's model in it (owned by the workspace).
template <class Model>
struct OpenedModel {
  std::unique_ptr<Workspace> workspace;
  Model* model = nullptr;
  explicit operator bool() const { return model != nullptr; }
};

// "Load this workspace and give me my model": loads `path` with every installed plugin, exactly
// as open_workspace() does, and hands back the plugin's model typed as the plugin knows it. On
// failure (unreadable or invalid file, plugin not installed) it has said why on io.err and the
// result is false. A plugin's command passes its own id:
//   auto opened = cli::open_plugin_model<SelfStudyModel>(path, STEMPUSH_PLUGIN_ID, io);
//   if (!opened) return cli::kProblems;
//   opened.model->cycles() ...
template <class Model>
OpenedModel<Model> open_plugin_model(const std::string& path, std::string_view plugin_id, Io& io,
                                     std::vector<std::string>* notes = nullptr) {
  OpenedModel<Model> out;
  out.workspace = open_workspace(path, io, notes);
  if (!out.workspace) return out;
  PluginModel* found = find_plugin_model(*out.workspace, plugin_id, io);
  if (!found) return out;
  out.model = dynamic_cast<Model*>(found);
  if (!out.model) io.err << "error: the \"" << plugin_id << "\" plugin's model is not the type asked for\n";
  return out;
}

// Writes the workspace back atomically (the old file stays intact on failure). Prints why and
// returns false on failure.
bool save_workspace(const std::string& path, const Workspace& workspace, Io& io);

}  // namespace stempush::cli
