// Reads an .ics file back with ical.js, a real RFC 5545 parser from npm (tests/web/ics_read.js;
// installed by scripts/setup.sh into tests/web/node_modules), for any test that writes calendars:
// the core's writer tests and plugins' exports alike (`#include "unit/ical_reader.hpp"`).
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace test_support {

// What ical.js understood: {"version", "prodid", "calscale", "name", "timezones": [tzid...],
// "events": [{"uid", "summary", "location", "description", "url", "sequence",
//             "dtstamp": {"text", "unix", "zone"},
//             "start"/"end": {"all_day", "text", "zone", "unix", "utc_offset_seconds"}}]}.
// Throws std::runtime_error (so the test fails, never skips) when node or ical.js is missing or
// the file does not parse.
nlohmann::json read_ics_with_icaljs(const std::string& path);

// Writes `ics` to a fresh temp file and reads it back with ical.js.
nlohmann::json read_ics_text_with_icaljs(const std::string& ics);

// RFC 5545's line rules, which ical.js forgives: every line ends with CRLF (no bare CR or LF), is
// at most 75 octets without the CRLF, and is valid UTF-8 on its own (a fold never splits a
// character). Returns "" when all hold, else the first problem.
std::string ics_line_problem(const std::string& ics);

}  // namespace test_support
