#include "unit/ical_reader.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

#include "stempush/csv.hpp"
#include "test_support.hpp"

namespace test_support {

nlohmann::json read_ics_with_icaljs(const std::string& path) {
  const std::string errors = temp_folder("ics-stderr") + "/stderr.txt";
  const std::string command = "node '" + std::string(STEMPUSH_SOURCE_DIR) + "/tests/web/ics_read.js' '" + path +
                              "' 2>'" + errors + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("could not run: " + command);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  const int status = ::pclose(pipe);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::ifstream err(errors);
    std::stringstream text;
    text << err.rdbuf();
    throw std::runtime_error("ical.js could not read " + path + " (is `scripts/setup.sh test` done?): " + text.str());
  }
  return nlohmann::json::parse(out);
}

nlohmann::json read_ics_text_with_icaljs(const std::string& ics) {
  const std::string path = temp_folder("ics") + "/calendar.ics";
  std::ofstream(path, std::ios::binary) << ics;
  return read_ics_with_icaljs(path);
}

std::string ics_line_problem(const std::string& ics) {
  size_t at = 0, number = 1;
  if (ics.empty()) return "empty file";
  while (at < ics.size()) {
    const size_t end = ics.find("\r\n", at);
    if (end == std::string::npos) return "line " + std::to_string(number) + " does not end with CRLF";
    const std::string line = ics.substr(at, end - at);
    if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
      return "line " + std::to_string(number) + " holds a bare CR or LF";
    if (line.size() > 75) return "line " + std::to_string(number) + " has " + std::to_string(line.size()) + " octets";
    if (!stempush::csv::is_valid_utf8(line)) return "line " + std::to_string(number) + " splits a UTF-8 character";
    at = end + 2;
    ++number;
  }
  return "";
}

}  // namespace test_support
