// Command-line commands: `stempush-cli self-study summary|report|ratings-csv|shared-summary|check-framework`.
// They load the workspace through cli::open_workspace, which validates every installed plugin's
// section, so the model library does not depend on the generated plugin list.
#include <cmath>
#include <memory>

#include "self_study/model/exports.hpp"
#include "self_study/model/self_study_model.hpp"
#include "stempush/cli.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/registry.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace self_study {
namespace {

using stempush::cli::Io;
namespace cli = stempush::cli;

// The cycle named by --cycle, or the latest one; null (with a message) if there is none.
const Cycle* chosen_cycle(const SelfStudyModel& model, const cli::ParsedArgs& args, const std::string& path, Io& io) {
  if (args.has("--cycle")) {
    const Cycle* c = model.cycle(args.get("--cycle"));
    if (!c) {
      io.err << "error: no cycle \"" << args.get("--cycle") << "\" in " << path << ". Cycles:";
      for (auto& each : model.cycles()) io.err << " " << each.id << " (" << each.name << ")";
      io.err << "\n";
    }
    return c;
  }
  const Cycle* c = model.latest_cycle();
  if (!c) io.err << "error: " << path << " has no self-study cycle yet\n";
  return c;
}

std::string fixed(double value) {
  if (std::isnan(value)) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

void print_text_summary(const SelfStudyModel& model, const Cycle& cycle, const CycleSummary& s, Io& io) {
  io.out << "Cycle: " << cycle.name << " (" << cycle.date << "), " << stempush::trn("self_study.cli.participants", static_cast<long long>(cycle.participants.size())) << "\n";
  if (!s.previous_cycle_id.empty()) io.out << "Compared with: " << model.cycle(s.previous_cycle_id)->name << "\n";
  io.out << "Overall mean: " << fixed(s.overall.mean) << " (" << s.overall.distribution.rated() << " of "
         << s.overall.indicators << " indicators rated)\n";
  for (auto& d : s.domains)
    io.out << "  " << d.area.title << ": mean " << fixed(d.area.mean) << ", change " << fixed(d.area.change) << ", rated "
           << d.area.distribution.rated() << ", N/A " << d.area.distribution.not_applicable << ", don't know "
           << d.area.distribution.dont_know << ", no consensus " << d.area.distribution.unrated << "\n";
  io.out << "Strengths:\n";
  for (auto& r : s.strengths) io.out << "  " << r.title << " (" << fixed(r.mean) << ")\n";
  io.out << "Lowest-rated:\n";
  for (auto& r : s.lowest) io.out << "  " << r.title << " (" << fixed(r.mean) << ")\n";
}

}  // namespace

void add_commands(cli::CommandTable& table) {
  table.add({"self-study summary", "self-study summary WORKSPACE [--json] [--cycle ID]",
             "every figure of the self-study summary of a cycle (the latest by default)",
             [](const std::vector<std::string>& words, Io& io) {
               auto args = cli::parse_args(words, {"--cycle"});
               if (args.positional.size() != 1) return int(cli::kUsage);
               auto loaded = cli::open_plugin_model<const SelfStudyModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
               if (!loaded) return int(cli::kProblems);
               const Cycle* cycle = chosen_cycle(*loaded.model, args, args.positional[0], io);
               if (!cycle) return int(cli::kProblems);
               CycleSummary summary = loaded.model->summary(cycle->id);
               if (args.has("--json")) {
                 auto json = summary_to_json(loaded.model->framework(), *cycle, summary, loaded.model->progress(cycle->id));
                 json["priorities"] = nlohmann::json::array();
                 for (auto& p : loaded.model->priorities()) json["priorities"].push_back(priority_to_json(p));
                 io.out << json.dump(2) << "\n";
               } else {
                 print_text_summary(*loaded.model, *cycle, summary, io);
               }
               return int(cli::kOk);
             }});
  table.add({"self-study report", "self-study report WORKSPACE --html OUT [--cycle ID]",
             "write the printable HTML report of a cycle (the latest by default)",
             [](const std::vector<std::string>& words, Io& io) {
               auto args = cli::parse_args(words, {"--html", "--cycle"});
               if (args.positional.size() != 1 || !args.has("--html")) return int(cli::kUsage);
               auto loaded = cli::open_plugin_model<const SelfStudyModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
               if (!loaded) return int(cli::kProblems);
               const Cycle* cycle = chosen_cycle(*loaded.model, args, args.positional[0], io);
               if (!cycle) return int(cli::kProblems);
               std::string html = html_report(*loaded.model, cycle->id, loaded.workspace->profile().program_name);
               try {
                 stempush::write_file_atomic(args.get("--html"), html);
               } catch (const stempush::StorageError& e) {
                 io.err << "error: " << e.what() << "\n";
                 return int(cli::kProblems);
               }
               io.out << "wrote " << args.get("--html") << "\n";
               return int(cli::kOk);
             }});
  table.add({"self-study ratings-csv", "self-study ratings-csv WORKSPACE --csv OUT",
             "write every rating (one row per participant x indicator) as CSV",
             [](const std::vector<std::string>& words, Io& io) {
               auto args = cli::parse_args(words, {"--csv"});
               if (args.positional.size() != 1 || !args.has("--csv")) return int(cli::kUsage);
               auto loaded = cli::open_plugin_model<const SelfStudyModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
               if (!loaded) return int(cli::kProblems);
               try {
                 stempush::write_file_atomic(args.get("--csv"), ratings_csv(*loaded.model));
               } catch (const stempush::StorageError& e) {
                 io.err << "error: " << e.what() << "\n";
                 return int(cli::kProblems);
               }
               io.out << "wrote " << args.get("--csv") << "\n";
               return int(cli::kOk);
             }});
  table.add({"self-study shared-summary", "self-study shared-summary WORKSPACE",
             "print the de-identified summary for the Network (no names, no evidence)",
             [](const std::vector<std::string>& words, Io& io) {
               auto args = cli::parse_args(words, {});
               if (args.positional.size() != 1) return int(cli::kUsage);
               auto loaded = cli::open_plugin_model<const SelfStudyModel>(args.positional[0], STEMPUSH_PLUGIN_ID, io);
               if (!loaded) return int(cli::kProblems);
               io.out << deidentified_summary(*loaded.model).dump(2) << "\n";
               return int(cli::kOk);
             }});
  table.add({"self-study check-framework", "self-study check-framework FILE",
             "check a framework file; name each problem with its line, exit 1 if any; "
             "missing translations are notes (exit 0)",
             [](const std::vector<std::string>& words, Io& io) {
               auto args = cli::parse_args(words, {});
               if (args.positional.size() != 1) return int(cli::kUsage);
               const std::string& path = args.positional[0];
               const std::optional<std::string> text = cli::read_input_file(path, io);
               if (!text) return int(cli::kProblems);
               auto problems = check_framework_text(*text);
               for (auto& p : problems) io.err << path << ": " << p.describe() << "\n";
               if (!problems.empty()) {
                 io.err << stempush::trn("cli.problems_in", static_cast<long long>(problems.size()), {path}) << "\n";
                 return int(cli::kProblems);
               }
               Framework framework = parse_framework(*text);
               // Notes do not make the file wrong: the app shows the English where a translation
               // is missing, tagged (EN).
               const auto notes = translation_notes(*text);
               for (auto& n : notes) io.out << path << ": note: " << n.describe() << "\n";
               io.out << path << ": OK (" << framework.title << " " << framework.version << ": "
                      << framework.domains.size() << " domains, " << framework.indicator_count() << " indicators, "
                      << framework.scale.levels.size() << "-level scale";
               if (!notes.empty()) io.out << stempush::trn("self_study.cli.translation_notes", static_cast<long long>(notes.size()));
               io.out << ")\n";
               return int(cli::kOk);
             }});
}

}  // namespace self_study

// stempush-cli finds this through the generated register_plugin_commands().
void stempush_add_self_study_commands(stempush::cli::CommandTable& table) { self_study::add_commands(table); }
