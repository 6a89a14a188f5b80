// `stempush-cli recruitment ...`: the same import, funnel and calendar as the app, for staff who
// process files in bulk. The workspace file is rewritten atomically; only this section changes.
#include "recruitment/model/exports.hpp"
#include "recruitment/model/funnel.hpp"
#include "recruitment/model/import.hpp"
#include "recruitment/model/recruitment_model.hpp"
#include "stempush/calendar.hpp"
#include "stempush/cli.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/workspace.hpp"

namespace recruitment {
namespace {

using namespace stempush::cli;

std::optional<int> parse_year(const ParsedArgs& args, Io& io) {
  if (!args.has("--year")) return 0;
  const std::string y = args.get("--year");
  bool ok = y.size() == 4;
  for (char c : y) ok &= c >= '0' && c <= '9';
  if (!ok) {
    io.err << "error: --year must be a year such as 2026 (got \"" << y << "\")\n";
    return std::nullopt;
  }
  return std::stoi(y);
}

// Counts in words, in English like every message of the command line ("1 row", "3 rows").
constexpr auto English = stempush::i18n::Language::English;

int run_import(const std::vector<std::string>& raw, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {"--year", "--mapping"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  if (args.positional.size() != 2) return kUsage;
  auto year = parse_year(args, io);
  if (!year) return kUsage;
  auto opened = open_plugin_model<RecruitmentModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  auto text = read_import_file(args.positional[1], io);
  if (!text) return kProblems;
  RecruitmentData& data = opened.model->data();
  try {
    StudentImport job(*text, data, *year ? *year : data.this_year());
    if (!check_import(job, args, args.positional[1], io)) return kProblems;
    const size_t added = job.apply(data, args.has("--skip-bad-rows"));
    if (!save_workspace(args.positional[0], *opened.workspace, io)) return kProblems;
    io.out << "imported " << stempush::i18n::trn_in(English, "recruitment.import.students", static_cast<long long>(added))
           << rows_skipped_note(job.rejected_rows()) << "\n";
    return kOk;
  } catch (const stempush::csv::ParseError& e) {
    io.err << "error: " << args.positional[1] << ": " << e.what() << "\n";
  } catch (const std::exception& e) {
    io.err << "error: " << e.what() << "\n";
  }
  return kProblems;
}

int run_funnel(const std::vector<std::string>& raw, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {"--year", "--baseline", "--csv", "--html"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  const int outputs = int(args.has("--json")) + int(args.has("--csv")) + int(args.has("--html"));
  if (args.positional.size() != 1 || outputs != 1) return kUsage;
  auto year = parse_year(args, io);
  if (!year) return kUsage;
  auto opened = open_plugin_model<RecruitmentModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  const RecruitmentData& data = opened.model->data();
  const int this_year = *year ? *year : data.this_year();
  const int base = *year ? this_year - 1 : data.base_year();
  const Funnel funnel = compute_funnel(data, this_year, base);
  const int k = opened.workspace->min_group_size();
  // The JSON is for the program's own use (full counts) unless --shared; CSV and HTML are for
  // sharing and always hide small counts.
  if (args.has("--json")) {
    io.out << funnel_json(funnel, args.has("--shared") ? k : 0).dump(2) << "\n";
    return kOk;
  }
  if (args.has("--csv")) return write_output(args.get("--csv"), funnel_csv(funnel, k), io);
  return write_output(args.get("--html"), funnel_html(data, funnel, k, opened.workspace->profile().program_name), io);
}

int run_ics(const std::vector<std::string>& raw, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {"--event"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  if (args.positional.size() != 2) return kUsage;
  auto opened = open_plugin_model<RecruitmentModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  std::string ics;
  try {
    ics = events_ics(opened.model->data(), args.get("--event"));
  } catch (const std::exception& e) {  // CalendarError names the event; nothing is written
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  return write_output(args.positional[1], ics, io);
}

int run_export(const std::vector<std::string>& raw, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {"--spaces", "--events"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  if (args.positional.size() != 1 || (!args.has("--spaces") && !args.has("--events"))) return kUsage;
  auto opened = open_plugin_model<RecruitmentModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
  if (!opened) return kProblems;
  if (args.has("--spaces") && write_output(args.get("--spaces"), spaces_csv(opened.model->data()), io) != kOk) return kProblems;
  if (args.has("--events") && write_output(args.get("--events"), events_csv(opened.model->data()), io) != kOk) return kProblems;
  return kOk;
}

}  // namespace

void add_commands(CommandTable& table) {
  table.add({"recruitment import", "recruitment import WORKSPACE CSV [--year YYYY] [--mapping FILE] [--skip-bad-rows]",
             "import a roster or application export; lists every problem; exit 1 (nothing imported) if a row is rejected",
             run_import});
  table.add({"recruitment funnel", "recruitment funnel WORKSPACE [--year YYYY] (--json [--shared] | --csv OUT | --html OUT)",
             "the funnel by community and source against the baseline year (CSV and HTML hide small counts)", run_funnel});
  table.add({"recruitment ics", "recruitment ics WORKSPACE OUT.ics [--event ID]",
             "the outreach calendar (or one event) as an iCalendar file", run_ics});
  table.add({"recruitment export", "recruitment export WORKSPACE [--spaces OUT.csv] [--events OUT.csv]",
             "outreach spaces and events as CSV", run_export});
}

}  // namespace recruitment

// stempush-cli finds this through the generated register_plugin_commands().
void stempush_add_recruitment_commands(stempush::cli::CommandTable& table) { recruitment::add_commands(table); }
