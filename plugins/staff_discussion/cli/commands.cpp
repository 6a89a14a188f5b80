// `stempush-cli staff-discussion ...`: the session summary the app exports, for staff who print or
// share it from a script, and a list of the sessions to find their ids.
#include "staff_discussion/model/discussion_model.hpp"
#include "staff_discussion/model/summary.hpp"
#include "staff_discussion/model/year.hpp"
#include "stempush/cli.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace staff_discussion {
namespace {

using namespace stempush::cli;

int run_summary(const std::vector<std::string>& raw_args, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw_args, {"--html", "--lang"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  const int formats = int(args.has("--html")) + int(args.has("--text")) + int(args.has("--json"));
  if (args.positional.size() != 2 || formats != 1) return kUsage;
  SummaryOptions options;
  options.include_notes = args.has("--include-notes");
  options.include_cards = args.has("--include-cards");
  const std::string lang = args.get("--lang", "en");
  if (lang != "en" && lang != "es") {
    io.err << "error: --lang is en or es\n";
    return kUsage;
  }
  options.language = lang == "es" ? Language::Spanish : Language::English;

  auto opened = open_plugin_model<DiscussionModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  const Session* session = opened.model->data().session(args.positional[1]);
  if (!session) {
    io.err << "error: no session \"" << args.positional[1] << "\" in " << args.positional[0]
           << " (`stempush-cli staff-discussion list` shows the ids)\n";
    return kProblems;
  }
  if (args.has("--json")) {
    io.out << summary_json(*session, options).dump(2) << "\n";
    return kOk;
  }
  if (args.has("--text")) {
    io.out << summary_text(*session, options);
    return kOk;
  }
  options.program = opened.workspace->profile().program_name;
  try {
    stempush::write_file_atomic(args.get("--html"), summary_html(*session, options));
  } catch (const stempush::StorageError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  io.out << "wrote " << args.get("--html") << "\n";
  return kOk;
}

int run_list(const std::vector<std::string>& raw_args, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw_args, {"--year"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  if (args.positional.size() != 1) return kUsage;
  for (auto& option : args.options)
    if (option.first != "--year") return kUsage;
  std::optional<int> year;
  if (args.has("--year")) {
    const std::string text = args.get("--year");
    if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos) {
      io.err << "error: --year is the year a program year starts in, like 2026\n";
      return kUsage;
    }
    year = std::stoi(text);
  }
  auto opened = open_plugin_model<DiscussionModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  for (const Session* s : sessions_of_year(opened.model->data(), year))
    io.out << s->id << "\t" << (s->date.empty() ? "-" : s->date) << "\t" << s->title << "\t"
           << stempush::trn("staff_discussion.cli.themes", static_cast<long long>(s->themes.size())) << "\t"
           << stempush::trn("staff_discussion.cli.changes", static_cast<long long>(s->changes.size())) << "\n";
  return kOk;
}

}  // namespace

void add_commands(CommandTable& table) {
  table.add({"staff-discussion summary",
             "staff-discussion summary WORKSPACE SESSION_ID (--html OUT | --text | --json) [--include-notes] "
             "[--include-cards] [--lang en|es]",
             "a session's agreements, themes and practice changes; notes and cards only when asked for",
             run_summary});
  table.add({"staff-discussion list", "staff-discussion list WORKSPACE [--year YYYY]",
             "the sessions in date order (id, date, title, themes, changes); --year: those of the program year "
             "that starts in YYYY",
             run_list});
}

}  // namespace staff_discussion

// stempush-cli finds this through the generated register_plugin_commands().
void stempush_add_staff_discussion_commands(stempush::cli::CommandTable& table) { staff_discussion::add_commands(table); }
