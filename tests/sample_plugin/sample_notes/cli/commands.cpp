#include <ostream>

#include <nlohmann/json.hpp>

#include "stempush/cli.hpp"
#include "stempush/workspace.hpp"

// Its command-line commands (cli/, optional): stempush-cli finds this function through the
// generated register_plugin_commands(); the browser's build leaves cli/ out.
void stempush_add_sample_notes_commands(stempush::cli::CommandTable& table) {
  table.add({"sample-notes count", "sample-notes count WORKSPACE", "print how many notes the workspace has",
             [](const std::vector<std::string>& args, stempush::cli::Io& io) {
               if (args.size() != 1) return int(stempush::cli::kUsage);
               auto bytes = stempush::cli::read_input_file(args[0], io);
               if (!bytes) return int(stempush::cli::kProblems);
               auto doc = stempush::parse_json_document(*bytes, "workspace");
               auto section = doc["sections"].value("sample_notes", nlohmann::json::object());
               io.out << section.value("data", nlohmann::json::object()).value("notes", nlohmann::json::array()).size() << "\n";
               return int(stempush::cli::kOk);
             }});
}
