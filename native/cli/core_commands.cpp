#include "core_commands.hpp"

#include <stdexcept>
#include <string>

#include "stempush/i18n.hpp"
#include "stempush/storage.hpp"
#include "stempush/workspace.hpp"

namespace stempush::cli {
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
                 io.err << problems.size() << " problem(s) in " << args[0] << "\n";
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
  for (auto& entry : registry.entries()) entry.make_model()->add_commands(table);
}

int run(const std::vector<std::string>& words, Io& io) {
  static std::string registry_error;  // a plugin installed wrongly: said once, never a crash
  static Registry registry = [] {
    Registry r;
    try {
      register_plugin_models(r);
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
