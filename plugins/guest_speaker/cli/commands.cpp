// `stempush-cli guest-speaker ...`: the match, the calendar, the brief and the results from a
// workspace, as the app makes them (same model code, same small-group threshold).
#include <iostream>

#include "guest_speaker/model/exports.hpp"
#include "guest_speaker/model/guest_speaker_model.hpp"
#include "stempush/calendar.hpp"
#include "stempush/cli.hpp"
#include "stempush/workspace.hpp"

namespace guest_speaker {
namespace {

using namespace stempush::cli;

using Opened = OpenedModel<GuestSpeakerModel>;

Opened open(const std::string& path, Io& io) { return open_plugin_model<GuestSpeakerModel>(path, STEMPUSH_PLUGIN_ID, io); }

const Visit* find_visit(const Opened& opened, const std::string& id, Io& io) {
  const Visit* v = opened.model->data().find_visit(id);
  if (!v) {
    io.err << "error: no visit \"" << id << "\"; the visits are:";
    for (const auto& visit : opened.model->data().visits) io.err << " " << visit.id;
    io.err << (opened.model->data().visits.empty() ? " (none)" : "") << "\n";
  }
  return v;
}

int run_match(const std::vector<std::string>& raw, Io& io) {
  auto args = parse_args(raw, {});
  if (args.positional.size() != 1 || !args.has("--json")) return kUsage;
  auto opened = open(args.positional[0], io);
  if (!opened) return kProblems;
  const auto& data = opened.model->data();
  const InterestSummary summary = summarize_interests(data.interests);
  const MatchResult match = match_speakers(summary, data.speakers);
  nlohmann::json out = match_json(data, summary, match, opened.workspace->min_group_size());
  out["interests"] = interests_json(summary, opened.workspace->min_group_size());
  io.out << out.dump(2) << "\n";
  return kOk;
}

Language parse_lang(const ParsedArgs& args) { return args.get("--lang", "en") == "es" ? Language::Spanish : Language::English; }

int run_interests(const std::vector<std::string>& raw, Io& io) {
  ParsedArgs args;
  try {
    args = parse_args(raw, {"--csv", "--html", "--lang"});
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    return kUsage;
  }
  const int outputs = int(args.has("--json")) + int(args.has("--csv")) + int(args.has("--html"));
  if (args.positional.size() != 1 || outputs != 1) return kUsage;
  auto opened = open(args.positional[0], io);
  if (!opened) return kProblems;
  const InterestSummary summary = summarize_interests(opened.model->data().interests);
  const int k = opened.workspace->min_group_size();
  const Language lang = parse_lang(args);
  if (args.has("--json")) {
    io.out << interests_json(summary, k).dump(2) << "\n";
    return kOk;
  }
  if (args.has("--csv")) return write_output(args.get("--csv"), interests_csv(summary, k, lang), io);
  return write_output(args.get("--html"), interests_html(summary, opened.workspace->profile().program_name, k, lang), io);
}

int run_ics(const std::vector<std::string>& raw, Io& io) {
  auto args = parse_args(raw, {});
  const bool all = args.has("--all");
  if (args.positional.size() != (all ? 2u : 3u)) return kUsage;
  auto opened = open(args.positional[0], io);
  if (!opened) return kProblems;
  std::vector<const Visit*> visits;
  if (all) {
    for (const auto& v : opened.model->data().visits)
      if (!v.date.empty()) visits.push_back(&v);
    if (visits.empty()) {
      io.err << "error: no visit has a date yet\n";
      return kProblems;
    }
  } else {
    const Visit* v = find_visit(opened, args.positional[1], io);
    if (!v) return kProblems;
    visits.push_back(v);
  }
  try {
    const std::string ics = visits_ics(opened.model->data(), visits, Language::English);
    return write_output(args.positional.back(), ics, io);
  } catch (const stempush::calendar::CalendarError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
}

int run_brief(const std::vector<std::string>& raw, Io& io) {
  auto args = parse_args(raw, {"--html", "--lang"});
  if (args.positional.size() != 2 || args.has("--html") == args.has("--text")) return kUsage;
  const Language lang = parse_lang(args);
  auto opened = open(args.positional[0], io);
  if (!opened) return kProblems;
  const Visit* v = find_visit(opened, args.positional[1], io);
  if (!v) return kProblems;
  const Brief brief = make_brief(opened.model->data(), *v, opened.workspace->profile().program_name,
                                 opened.workspace->min_group_size(), lang);
  if (args.has("--text")) {
    io.out << brief_text(brief, lang);
    return kOk;
  }
  return write_output(args.get("--html"), brief_html(brief, lang), io);
}

int run_results(const std::vector<std::string>& raw, Io& io) {
  auto args = parse_args(raw, {"--html"});
  if (args.positional.size() != 2 || args.has("--json") == args.has("--html")) return kUsage;
  auto opened = open(args.positional[0], io);
  if (!opened) return kProblems;
  const Visit* v = find_visit(opened, args.positional[1], io);
  if (!v) return kProblems;
  const VisitResults r = visit_results(*v, opened.workspace->min_group_size());
  if (args.has("--json")) {
    io.out << results_json(*v, r).dump(2) << "\n";
    return kOk;
  }
  return write_output(args.get("--html"), visit_report_html(opened.model->data(), *v, r, Language::English, opened.workspace->profile().program_name), io);
}

int run_roster_export(const std::vector<std::string>& args, Io& io) {
  if (args.size() != 2) return kUsage;
  auto opened = open(args[0], io);
  if (!opened) return kProblems;
  return write_output(args[1], roster_csv(opened.model->data().speakers), io);
}

int run_roster_import(const std::vector<std::string>& args, Io& io) {
  if (args.size() != 2) return kUsage;
  auto opened = open(args[0], io);
  if (!opened) return kProblems;
  auto text = read_import_file(args[1], io);
  if (!text) return kProblems;
  const RosterImport read = read_roster_csv(*text);
  for (const auto& p : read.problems) io.err << args[1] << ": " << p << "\n";
  if (!read.problems.empty()) {
    io.err << "nothing was imported\n";
    return kProblems;
  }
  const RosterApplied applied = apply_roster(opened.model->data(), read.speakers);
  if (!save_workspace(args[0], *opened.workspace, io)) return kProblems;
  io.out << "added " << render({"card.speakers", {std::to_string(applied.added)}, applied.added}, Language::English)
         << ", updated " << applied.updated << "\n";
  return kOk;
}

}  // namespace

void add_commands(CommandTable& table) {
  table.add({"guest-speaker match", "guest-speaker match WORKSPACE --json",
             "the group's top interests, speakers ranked by how well they cover them, interests nobody covers", run_match});
  table.add({"guest-speaker interests", "guest-speaker interests WORKSPACE (--csv OUT | --html OUT | --json) [--lang en|es]",
             "the interests ranked and the students' questions (anonymous, duplicates merged)", run_interests});
  table.add({"guest-speaker ics", "guest-speaker ics WORKSPACE (VISIT_ID | --all) OUT.ics",
             "one visit, or every dated visit, as an iCalendar file", run_ics});
  table.add({"guest-speaker brief", "guest-speaker brief WORKSPACE VISIT_ID (--html OUT | --text) [--lang en|es]",
             "the speaker's brief as a printable HTML page, or plain text on stdout", run_brief});
  table.add({"guest-speaker results", "guest-speaker results WORKSPACE VISIT_ID (--json | --html OUT)",
             "one visit's exit-ticket results (hidden under the small-group threshold), or its report", run_results});
  table.add({"guest-speaker roster-export", "guest-speaker roster-export WORKSPACE OUT.csv", "the speaker roster as CSV",
             run_roster_export});
  table.add({"guest-speaker roster-import", "guest-speaker roster-import WORKSPACE ROSTER.csv",
             "add or update speakers from a CSV; any problem imports nothing (exit 1)", run_roster_import});
}

}  // namespace guest_speaker

// stempush-cli finds this through the generated register_plugin_commands().
void stempush_add_guest_speaker_commands(stempush::cli::CommandTable& table) { guest_speaker::add_commands(table); }
