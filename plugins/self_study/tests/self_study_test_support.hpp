// Shared fixtures for the self-study tests: a tiny framework whose figures can be computed by
// hand, and a model filled with three cycles on it.
#pragma once
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "self_study/model/self_study_model.hpp"

namespace self_study_test {

// Domain A: standard A1 (a1 a2 a3), standard A2 (a4 a5). Domain B: standard B1 (b1 b2).
// Scale 1..4, meets_level 3.
inline const char* kTinyFramework = R"({
  "format": "stempush-self-study-framework",
  "format_version": 1,
  "id": "tiny",
  "version": "1",
  "title": "Tiny framework",
  "scale": {
    "meets_level": 3,
    "levels": [
      {"value": 1, "label": "Not yet", "description": "Not happening."},
      {"value": 2, "label": "Beginning", "description": "Sometimes."},
      {"value": 3, "label": "In place", "description": "Mostly."},
      {"value": 4, "label": "Strong", "description": "Always, and improving."}
    ]
  },
  "domains": [
    {"id": "A", "title": "Domain A", "standards": [
      {"id": "A1", "title": "Standard A1", "indicators": [
        {"id": "a1", "text": "Indicator a1"}, {"id": "a2", "text": "Indicator a2"}, {"id": "a3", "text": "Indicator a3"}]},
      {"id": "A2", "title": "Standard A2", "indicators": [
        {"id": "a4", "text": "Indicator a4"}, {"id": "a5", "text": "Indicator a5"}]}
    ]},
    {"id": "B", "title": "Domain B", "standards": [
      {"id": "B1", "title": "Standard B1", "indicators": [
        {"id": "b1", "text": "Indicator b1"}, {"id": "b2", "text": "Indicator b2"}]}
    ]}
  ]
})";

using self_study::RatingState;

// Three cycles, added out of date order on purpose:
//   c1 "Spring 2026" 2026-03-01: consensus a1=3, a2=2, a4=1, b1=N/A, b2=don't know
//   c2 "Fall 2026"   2026-10-01: participants Ana, Ben, Caro (ratings below);
//                                consensus a1=4, a2=3, a3=N/A, a4=1, a5=don't know, b1=2, b2 none
//   c3 "Pilot"       2025-11-01: no consensus
// c2 ratings:  a1: Ana 4, Ben 2, Caro 3   a2: Ana 3, Ben 3, Caro N/A
//              a3: Ana 1, Ben 4, Caro DK  a4: Ana 1, Ben 2
inline void fill_tiny_model(self_study::SelfStudyModel& model) {
  model.set_framework(self_study::parse_framework(kTinyFramework));
  std::string c1 = model.add_cycle("Spring 2026", "2026-03-01");
  std::string c2 = model.add_cycle("Fall 2026", "2026-10-01");
  model.add_cycle("Pilot", "2025-11-01");
  model.set_consensus(c1, "a1", RatingState::Rated, 3, "");
  model.set_consensus(c1, "a2", RatingState::Rated, 2, "");
  model.set_consensus(c1, "a4", RatingState::Rated, 1, "");
  model.set_consensus(c1, "b1", RatingState::NotApplicable, 0, "");
  model.set_consensus(c1, "b2", RatingState::DontKnow, 0, "");

  std::string ana = model.add_participant(c2, "Ana", "Director");
  std::string ben = model.add_participant(c2, "Ben", "Instructor");
  std::string caro = model.add_participant(c2, "Caro", "Student alum");
  model.set_rating(c2, ana, "a1", RatingState::Rated, 4);
  model.set_rating(c2, ben, "a1", RatingState::Rated, 2);
  model.set_rating(c2, caro, "a1", RatingState::Rated, 3);
  model.set_rating(c2, ana, "a2", RatingState::Rated, 3);
  model.set_rating(c2, ben, "a2", RatingState::Rated, 3);
  model.set_rating(c2, caro, "a2", RatingState::NotApplicable);
  model.set_rating(c2, ana, "a3", RatingState::Rated, 1);
  model.set_rating(c2, ben, "a3", RatingState::Rated, 4);
  model.set_rating(c2, caro, "a3", RatingState::DontKnow);
  model.set_rating(c2, ana, "a4", RatingState::Rated, 1);
  model.set_rating(c2, ben, "a4", RatingState::Rated, 2);
  model.set_evidence(c2, ana, "a1", "Attendance logs <2025> & \"surveys\"", {"https://example.org/logs?a=1&b=2", "javascript:alert(1)"});
  model.set_note(c2, ben, "b1", "=SUM(A1:A9) ask the team");
  model.set_consensus(c2, "a1", RatingState::Rated, 4, "Logs show every student, every week.");
  model.set_consensus(c2, "a2", RatingState::Rated, 3, "");
  model.set_consensus(c2, "a3", RatingState::NotApplicable, 0, "We have no labs.");
  model.set_consensus(c2, "a4", RatingState::Rated, 1, "");
  model.set_consensus(c2, "a5", RatingState::DontKnow, 0, "");
  model.set_consensus(c2, "b1", RatingState::Rated, 2, "");
  auto id = model.add_priority("a4", c2);
  auto priority = *model.priority(id);
  priority.aim = "By May, 80% of students attend 100+ hours";
  priority.owner = "Ben";
  priority.due_date = "2027-05-01";
  priority.status = self_study::PriorityStatus::InProgress;
  priority.change_ideas = {"Text reminders", "Bus passes"};
  model.update_priority(priority);
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs a shell command line; for the CLI tests.
inline CommandResult run_command(const std::string& command_line) {
  CommandResult result;
  FILE* pipe = popen((command_line + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A fresh folder under the system temp dir, removed at scope exit.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name) {
    path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace self_study_test
