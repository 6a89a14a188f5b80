// The session summary a program shares (with its board, funders or the Network): agreements,
// themes and practice changes, as printable HTML, plain text and JSON. Discussion notes and cards
// are private: they appear only when the user ticked them in the export preview (or passed
// --include-notes / --include-cards to the CLI), and every summary says which way it went.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "staff_discussion/model/data.hpp"

namespace staff_discussion {

struct SummaryOptions {
  bool include_notes = false;  // what the group noted during each step
  bool include_cards = false;  // the cards, under their themes
  Language language = Language::English;
  std::string program;  // the program's name, on the HTML summary's first line (may be empty)
};

// The sentence every summary carries about what it leaves out (or includes by choice).
std::string privacy_statement(const SummaryOptions& options);

nlohmann::json summary_json(const Session& s, const SummaryOptions& options);
std::string summary_text(const Session& s, const SummaryOptions& options);
// Opens with a summary (themes, each practice change and its status, the privacy sentence); the
// rest in an appendix that lists only what has something in it.
std::string summary_html(const Session& s, const SummaryOptions& options);

}  // namespace staff_discussion
