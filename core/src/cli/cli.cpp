#include "stempush/cli.hpp"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "stempush/csv.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace stempush::cli {
namespace {
std::vector<std::string> split_words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}
}  // namespace

void CommandTable::add(Command command) {
  for (auto& c : commands_)
    if (c.name == command.name) throw std::logic_error("duplicate command: " + command.name);
  commands_.push_back(std::move(command));
}

const Command* CommandTable::find(const std::vector<std::string>& words, size_t* consumed) const {
  const Command* best = nullptr;
  size_t best_len = 0;
  for (auto& c : commands_) {
    auto name = split_words(c.name);
    if (name.size() > words.size() || name.size() <= best_len) continue;
    if (std::equal(name.begin(), name.end(), words.begin())) {
      best = &c;
      best_len = name.size();
    }
  }
  if (consumed) *consumed = best_len;
  return best;
}

void CommandTable::print_help(std::ostream& out, const std::string& program) const {
  out << "Usage: " << program << " COMMAND [ARGS...]\n\n"
      << "Works on STEM PUSH Toolkit workspace files (the JSON that Workspace > Export saves).\n"
      << "Exit status: 0 success, 1 problems found (listed on stderr), 2 wrong usage.\n\nCommands:\n";
  // Usage lines run to 130 characters: each summary goes under its usage, so that the text fits
  // an 80-column terminal instead of padding every short usage out to the longest one.
  for (auto& c : commands_) out << "  " << c.usage << "\n      " << c.summary << "\n";
  out << "\n  --help\n      show this text\n"
      << "  --version\n      print the toolkit's version\n";
}

std::string ParsedArgs::get(const std::string& flag, const std::string& fallback) const {
  auto it = options.find(flag);
  return it == options.end() ? fallback : it->second;
}

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<std::string>& value_flags) {
  ParsedArgs parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
      bool takes_value = std::find(value_flags.begin(), value_flags.end(), a) != value_flags.end();
      if (takes_value) {
        if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
        parsed.options[a] = args[++i];
      } else {
        parsed.options[a] = "";
      }
    } else {
      parsed.positional.push_back(a);
    }
  }
  return parsed;
}

std::optional<std::string> read_input_file(const std::string& path, Io& io) {
  try {
    auto bytes = read_file(path);
    if (!bytes) io.err << "error: no such file: " << path << "\n";
    return bytes;
  } catch (const StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return std::nullopt;
  }
}

std::optional<std::string> read_import_file(const std::string& path, Io& io) {
  try {
    auto bytes = read_file(path, csv::max_import_bytes());
    if (!bytes) io.err << "error: no such file: " << path << "\n";
    return bytes;
  } catch (const FileTooLargeError& e) {
    io.err << "error: " << path << ": " << csv::TooLargeError(e.bytes, csv::max_import_bytes()).what() << "\n";
  } catch (const StorageError& e) {
    io.err << "error: " << e.what() << "\n";
  }
  return std::nullopt;
}

bool mapping_accepted(const std::vector<std::string>& mapping_problems, Io& io) {
  for (const auto& p : mapping_problems) io.err << "problem: " << p << "\n";
  return mapping_problems.empty();
}

void print_row_problems(const std::vector<table_import::RowProblem>& problems, const std::string& csv_path, Io& io) {
  for (const auto& p : problems)
    io.err << csv_path << ":" << p.line << ": " << (p.code.empty() ? "" : p.code + ": ") << p.message << "\n";
}

// Counts in words, in English like every message of the command line ("1 row", "3 rows").
bool rows_accepted(size_t rejected, size_t rows, bool skip_bad_rows, Io& io) {
  if (rejected == 0 || skip_bad_rows) return true;
  io.err << i18n::trn_in(i18n::Language::English, "cli.rows_rejected", static_cast<long long>(rejected), {std::to_string(rows)})
         << "\n";
  return false;
}

std::string rows_skipped_note(size_t skipped) {
  return skipped == 0 ? std::string() : i18n::trn_in(i18n::Language::English, "cli.rows_skipped", static_cast<long long>(skipped));
}

int write_output(const std::string& path, const std::string& bytes, Io& io) {
  if (path == "-") {
    io.out << bytes;
    return kOk;
  }
  try {
    write_file_atomic(path, bytes);
  } catch (const StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  io.out << "wrote " << path << "\n";
  return kOk;
}

std::unique_ptr<Workspace> open_workspace(const std::string& path, Io& io, std::vector<std::string>* notes) {
  if (!io.registry) throw std::logic_error("cli::Io has no registry");
  const std::optional<std::string> bytes = read_input_file(path, io);
  if (!bytes) return nullptr;
  remove_stale_temp_files_beside(path);  // what killed saves of this file left behind
  auto workspace = std::make_unique<Workspace>(*io.registry);
  try {
    auto migrated = workspace->load(*bytes);
    if (notes) *notes = std::move(migrated);
  } catch (const WorkspaceError& e) {
    io.err << "error: " << path << ": " << e.what() << "\n";
    return nullptr;
  }
  return workspace;
}

PluginModel* find_plugin_model(const Workspace& workspace, std::string_view plugin_id, Io& io) {
  PluginModel* model = workspace.plugin(plugin_id);
  if (!model) io.err << "error: the \"" << plugin_id << "\" plugin is not installed in this program\n";
  return model;
}

bool save_workspace(const std::string& path, const Workspace& workspace, Io& io) {
  try {
    write_file_atomic(path, workspace.save());
    return true;
  } catch (const StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return false;
  }
}

}  // namespace stempush::cli
