#include "core_commands.hpp"

#include <cstdio>
#include <sstream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/merge.hpp"
#include "stempush/runchart.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace stempush::cli {
namespace {

// `runchart FILE.csv [--rules ihi|anhoj] [--freeze K] [--split DATE]... [--json]`: any date,value
// CSV, no workspace. Usage mistakes exit 2; a file that cannot be analysed exits 1 with every bad
// row on stderr. The report is written only once it is complete, so a failure prints no half.
int run_runchart(const std::vector<std::string>& args, Io& io) {
  namespace rc = runchart;
  std::string path;
  rc::Options options;
  bool json = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
      return args[++i];
    };
    if (a == "--json") {
      json = true;
    } else if (a == "--rules") {
      const std::string& v = value();
      if (!rc::parse_rule_set(v, &options.rules))
        throw std::invalid_argument("--rules is ihi or anhoj, not \"" + v + "\"");
    } else if (a == "--freeze") {
      const std::string& v = value();
      if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos || std::stoul(v) == 0)
        throw std::invalid_argument("--freeze takes a number of points (1 or more), not \"" + v + "\"");
      options.freeze = std::stoul(v);
    } else if (a == "--split") {
      const std::string& v = value();
      if (!is_iso_date(v)) throw std::invalid_argument("--split takes a date YYYY-MM-DD, not \"" + v + "\"");
      options.splits.push_back(v);
    } else if (a.rfind("--", 0) == 0) {
      throw std::invalid_argument("unknown option " + a);
    } else if (path.empty()) {
      path = a;
    } else {
      throw std::invalid_argument("one CSV file only (also got \"" + a + "\")");
    }
  }
  if (path.empty()) return kUsage;

  const std::optional<std::string> bytes = read_import_file(path, io);
  if (!bytes) return kProblems;
  const rc::PointsCsv csv = rc::read_points_csv(*bytes);
  if (!csv.ok()) {
    for (auto& p : csv.problems) {
      io.err << path;
      if (p.line > 0) io.err << " line " << p.line;
      io.err << ": " << p.message << "\n";
    }
    io.err << trn("cli.problems_in", static_cast<long long>(csv.problems.size()), {path}) << "; nothing was analysed.\n";
    return kProblems;
  }
  rc::Analysis analysis;
  try {
    analysis = rc::analyse(csv.points, options);
  } catch (const rc::OptionsError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }

  std::ostringstream out;
  if (json) {
    nlohmann::ordered_json parts = nlohmann::ordered_json::array();
    for (auto& part : analysis.parts) {
      nlohmann::ordered_json signals = nlohmann::ordered_json::array();
      for (auto& s : part.signals)
        signals.push_back({{"rule", rc::rule_id(s.rule)}, {"points", s.points}, {"sentence", s.sentence}});
      parts.push_back({{"from", part.from},
                       {"to", part.to},
                       {"median", part.median},
                       {"useful_n", part.useful_n},
                       {"runs", part.runs},
                       {"longest_run", part.longest_run},
                       {"crossings", part.crossings},
                       {"signals", signals},
                       {"notes", part.notes}});
    }
    out << nlohmann::ordered_json{{"rules", rc::rule_set_id(analysis.rules)}, {"parts", parts}}.dump(2) << "\n";
  } else {
    auto figure = [](double v) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.6g", v);
      return std::string(buf);
    };
    out << "Run chart of " << path << ": " << csv.points.size() << " points, "
        << (analysis.rules == rc::RuleSet::Ihi ? "IHI" : "Anhøj") << " rules\n";
    for (size_t p = 0; p < analysis.parts.size(); ++p) {
      const auto& part = analysis.parts[p];
      out << "\nPart " << p + 1 << ": " << part.from << " to " << part.to << ", " << part.last - part.first + 1
          << " points\n";
      out << "  median " << figure(part.median);
      if (part.frozen_points > 0) out << " (frozen: first " << part.frozen_points << " points)";
      out << "\n  points off the median " << part.useful_n << ", runs " << part.runs << ", longest run "
          << part.longest_run << ", crossings " << part.crossings << "\n";
      if (part.most_runs > 0)
        out << "  runs table: " << part.fewest_runs << " to " << part.most_runs << " runs are expected by chance\n";
      if (part.longest_run_limit > 0)
        out << "  limits: a longest run up to " << part.longest_run_limit << " and at least " << part.fewest_crossings
            << " crossings are expected by chance\n";
      for (auto& s : part.signals) out << "  signal (" << rc::rule_id(s.rule) << "): " << s.sentence << "\n";
      if (part.signals.empty()) out << "  no signal\n";
      for (auto& n : part.notes) out << "  note: " << n << "\n";
    }
  }
  io.out << out.str();
  return kOk;
}

// `merge WORKSPACE FILE... [--prefer mine|theirs] [--dry-run]`: other devices' copies into the
// workspace (merge.hpp). Prints what each file adds and every conflict; conflicts need --prefer.
// All-or-nothing: a bad file or an unsettled conflict exits 1 with nothing written, and the
// workspace is written atomically.
int run_merge(const std::vector<std::string>& args, Io& io) {
  const ParsedArgs parsed = parse_args(args, {"--prefer"});
  for (auto& [flag, value] : parsed.options)
    if (flag != "--prefer" && flag != "--dry-run") throw std::invalid_argument("unknown option " + flag);
  if (parsed.positional.size() < 2) return kUsage;
  std::optional<MergeChoice> prefer;
  if (parsed.has("--prefer")) {
    prefer = parse_merge_choice(parsed.get("--prefer"));
    if (!prefer || *prefer == MergeChoice::KeepBoth)
      throw std::invalid_argument("--prefer is mine or theirs, not \"" + parsed.get("--prefer") + "\"");
  }
  const std::string& target = parsed.positional[0];
  auto workspace = open_workspace(target, io);
  if (!workspace) return kProblems;
  std::vector<merge::SourceFile> files;
  for (size_t i = 1; i < parsed.positional.size(); ++i) {
    auto bytes = read_input_file(parsed.positional[i], io);
    if (!bytes) return kProblems;
    files.push_back({parsed.positional[i], std::move(*bytes)});
  }
  merge::Preview preview;
  try {
    preview = merge::preview(*workspace, *io.registry, files, {}, prefer);
  } catch (const MergeError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  for (auto& file : preview.files) {
    io.out << trf("merge.from_file", {file.name}) << "\n";
    for (auto& section : file.sections) {
      io.out << "  " << tr(section.title_key) << ":\n";
      for (auto& added : section.plan.additions) io.out << "    + " << added.text() << "\n";
      for (auto& c : section.plan.conflicts) {
        io.out << "    ! " << c.what.text() << "\n";
        io.out << "        " << trf("merge.mine", {c.mine.text()}) << "\n";
        io.out << "        " << trf("merge.theirs", {c.theirs.text()}) << "\n";
      }
    }
    for (auto& note : file.notes) io.out << "  note: " << note.text() << "\n";
  }
  if (!preview.unsettled.empty()) {
    io.err << "error: " << trn("merge.unsettled", static_cast<long long>(preview.unsettled.size()))
           << " Run again with --prefer mine or --prefer theirs.\n";
    return kProblems;
  }
  if (preview.nothing_to_do()) {
    io.out << tr("merge.nothing") << "\n";
    return kOk;
  }
  if (parsed.has("--dry-run")) {
    io.out << "Dry run: " << target << " was not written.\n";
    return kOk;
  }
  try {
    merge::apply(*workspace, preview);
  } catch (const MergeError& e) {
    io.err << "error: " << e.what() << "\n";
    return kProblems;
  }
  if (!save_workspace(target, *workspace, io)) return kProblems;
  io.out << "wrote " << target << "\n";
  return kOk;
}

}  // namespace

void build_command_table(CommandTable& table, const Registry& registry) {
  table.add({"validate", "validate FILE", "check a workspace file; list every problem, exit 1 if any",
             [](const std::vector<std::string>& args, Io& io) {
               if (args.size() != 1) return int(kUsage);
               std::vector<std::string> notes;
               auto ws = open_workspace(args[0], io, &notes);
               if (!ws) return int(kProblems);
               for (auto& n : notes) io.out << "note: " << n << "\n";
               auto problems = ws->check();
               for (auto& p : problems) io.err << "problem: " << p << "\n";
               if (!problems.empty()) {
                 io.err << trn("cli.problems_in", static_cast<long long>(problems.size()), {args[0]}) << "\n";
                 return int(kProblems);
               }
               io.out << args[0] << ": OK\n";
               return int(kOk);
             }});
  table.add({"export-section", "export-section FILE PLUGIN_ID",
             "print one section (a plugin id, or \"profile\") as JSON",
             [](const std::vector<std::string>& args, Io& io) {
               if (args.size() != 2) return int(kUsage);
               auto ws = open_workspace(args[0], io);
               if (!ws) return int(kProblems);
               try {
                 io.out << ws->section(args[1]).dump(2) << "\n";
               } catch (const std::out_of_range&) {
                 io.err << "error: no section \"" << args[1] << "\". Sections: profile";
                 for (auto* p : ws->plugins()) io.err << ", " << p->info().id;
                 io.err << "\n";
                 return int(kProblems);
               }
               return int(kOk);
             }});
  table.add({"migrate", "migrate IN OUT",
             "rewrite a workspace from an older version in the current format",
             [](const std::vector<std::string>& args, Io& io) {
               if (args.size() != 2) return int(kUsage);
               std::vector<std::string> notes;
               auto ws = open_workspace(args[0], io, &notes);
               if (!ws || !save_workspace(args[1], *ws, io)) return int(kProblems);
               for (auto& n : notes) io.out << n << "\n";
               io.out << "wrote " << args[1] << "\n";
               return int(kOk);
             }});
  table.add({"merge", "merge WORKSPACE FILE... [--prefer mine|theirs] [--dry-run]",
             "merge other devices' copies (kiosk tablets, a colleague's ratings) into WORKSPACE; all or nothing",
             run_merge});
  table.add({"runchart", "runchart FILE.csv [--rules ihi|anhoj] [--freeze K] [--split DATE]... [--json]",
             "analyse a date,value CSV as a run chart (median, runs, signals); no workspace needed",
             run_runchart});
  for (auto& entry : registry.entries())
    if (entry.add_commands) entry.add_commands(table);
}

int run(const std::vector<std::string>& words, Io& io) {
  static std::string registry_error;  // a plugin installed wrongly: said once, never a crash
  static Registry registry = [] {
    Registry r;
    try {
      register_plugin_models(r);
      register_plugin_commands(r);
    } catch (const std::logic_error& e) {
      registry_error = e.what();
    }
    i18n::load_core_catalogs();
    r.load_catalogs();
    return r;
  }();
  if (!registry_error.empty()) {
    io.err << "error: " << registry_error << "\n";
    return kProblems;
  }
  CommandTable table;
  build_command_table(table, registry);
  io.registry = &registry;
  if (!words.empty() && words[0] == "--version") {
    io.out << "stempush-cli " << STEMPUSH_VERSION << "\n";
    return kOk;
  }
  if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    table.print_help(words.empty() ? io.err : io.out, "stempush-cli");
    return words.empty() ? int(kUsage) : int(kOk);
  }
  size_t consumed = 0;
  const Command* command = table.find(words, &consumed);
  if (!command) {
    io.err << "error: unknown command \"" << words[0] << "\". Try stempush-cli --help\n";
    return kUsage;
  }
  std::vector<std::string> args(words.begin() + static_cast<long>(consumed), words.end());
  for (auto& a : args)
    if (a == "--help") {
      io.out << "Usage: stempush-cli " << command->usage << "\n  " << command->summary << "\n";
      return kOk;
    }
  int code;
  try {
    code = command->run(args, io);
  } catch (const std::invalid_argument& e) {
    io.err << "error: " << e.what() << "\n";
    code = kUsage;
  } catch (const std::exception& e) {
    io.err << "error: " << e.what() << "\n";
    code = kProblems;
  }
  if (code == kUsage) io.err << "usage: stempush-cli " << command->usage << "\n";
  return code;
}

}  // namespace stempush::cli
