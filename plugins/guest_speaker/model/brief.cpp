// The speaker's brief (see exports.hpp): generated from the aggregate interests and the visit,
// then the staff's edits on top; printable HTML (the core's report helpers) and plain text.
#include <algorithm>

#include "guest_speaker/model/exports.hpp"
#include "stempush/report.hpp"

namespace guest_speaker {
namespace {

using stempush::report::escape_html;

// Non-blank lines of a text box.
void lines_to_list(const std::string& text, std::vector<std::string>* out) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) out->push_back(line);
    start = end + 1;
  }
}

}  // namespace

std::string generated_students(const GuestSpeakerData& data, const Visit& visit, int min_group_size, Language lang) {
  const InterestSummary summary = summarize_interests(data.interests);
  std::string out;
  const std::string band = visit.grade_band.empty() ? text("brief.band_unknown", lang) : visit.grade_band;
  const int size = visit.expected_students > 0 ? visit.expected_students : summary.respondents;
  out += render({"brief.students_line", {band, size > 0 ? std::to_string(size) : "?"}, size}, lang);
  const auto top = top_interests(summary);
  if (top.empty()) return out + "\n" + text("brief.no_interests", lang);
  // Counts only over enough students; the ranking alone names no one.
  const bool counts = summary.respondents >= min_group_size;
  out += "\n" + render({"brief.top_line", {std::to_string(summary.respondents)}}, lang);
  for (const auto& t : top) {
    out += "\n- " + t.label.in(lang);
    if (counts) out += " (" + std::to_string(t.count) + ")";
  }
  if (!counts) out += "\n" + render({"brief.counts_hidden", {std::to_string(min_group_size)}}, lang);
  return out;
}

std::string generated_questions(const GuestSpeakerData& data) {
  std::string out;
  for (const auto& q : summarize_interests(data.interests).questions) out += (out.empty() ? "" : "\n") + q.text;
  return out;
}

std::string generated_guidance(Language lang) {
  std::string out = text("brief.affirming", lang);
  for (const auto& g : guidance().affirming) out += "\n- " + g.in(lang);
  out += "\n\n" + text("brief.practical", lang);
  for (const auto& g : guidance().practical) out += "\n- " + g.in(lang);
  return out;
}

Brief make_brief(const GuestSpeakerData& data, const Visit& visit, const std::string& program, int min_group_size,
                 Language lang) {
  Brief b;
  const Speaker* s = data.find_speaker(visit.speaker_id);
  b.title = render({"brief.title", {s ? s->name : text("brief.no_speaker", lang), visit.date.empty() ? "?" : visit.date}}, lang);
  b.program = program;
  b.date = visit.date;
  b.speaker = s ? s->name : text("brief.no_speaker", lang);
  std::string end_date;
  const std::string end = visit_end(visit, &end_date);
  std::string zone = data.time_zone;  // "America/New_York" read as "America/New York"
  std::replace(zone.begin(), zone.end(), '_', ' ');
  b.when = visit.date.empty() ? text("brief.no_date", lang)
                              : render({"brief.when", {visit.date, visit.start, end, std::to_string(visit.duration), zone},
                                               visit.duration}, lang);
  b.where = visit.location.empty() ? text("brief.no_place", lang) : visit.location;
  b.note = visit.brief.note;
  b.students = visit.brief.students.empty() ? generated_students(data, visit, min_group_size, lang) : visit.brief.students;
  lines_to_list(visit.brief.questions.empty() ? generated_questions(data) : visit.brief.questions, &b.questions);
  b.guidance = visit.brief.guidance.empty() ? generated_guidance(lang) : visit.brief.guidance;
  b.structure = visit.structure;
  return b;
}

std::string brief_html(const Brief& b, Language lang) {
  stempush::report::HtmlReport report(b.title, stempush::i18n::language_code(lang));
  report.context({b.program, b.speaker, b.date, text("brief.visit", lang)});
  auto multiline = [&](stempush::report::HtmlBlock& block, const std::string& body) {
    std::vector<std::string> lines;
    lines_to_list(body, &lines);
    std::string html, list;
    for (const auto& l : lines) {
      if (l.rfind("- ", 0) == 0) {
        list += "<li>" + escape_html(l.substr(2)) + "</li>";
        continue;
      }
      if (!list.empty()) html += "<ul>" + list + "</ul>", list.clear();
      html += "<p>" + escape_html(l) + "</p>";
    }
    if (!list.empty()) html += "<ul>" + list + "</ul>";
    if (!html.empty()) block.raw(html);
  };
  // The summary: when, where, who the students are, how many questions they have.
  report.point(text("brief.h_when", lang) + ": " + b.when);
  report.point(text("brief.h_where", lang) + ": " + b.where);
  if (!b.questions.empty())
    report.point(render({"brief.point.questions", {std::to_string(b.questions.size())}, int(b.questions.size())}, lang));
  if (!b.note.empty()) multiline(report.summary().heading(text("brief.h_note", lang)), b.note);
  multiline(report.summary().heading(text("brief.h_students", lang)), b.students);

  // The appendix: the questions, the structure, the guidance.
  if (!b.questions.empty()) {
    std::string list = "<ol>";
    for (const auto& q : b.questions) list += "<li>" + escape_html(q) + "</li>";
    report.appendix(text("brief.h_questions", lang)).raw(list + "</ol>");
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : b.structure) rows.push_back({std::to_string(s.minutes) + " min", s.title, s.notes});
  report.appendix(text("brief.h_structure", lang))
      .table({text("brief.h_minutes", lang), text("brief.h_step", lang), text("brief.h_what", lang)}, rows);
  multiline(report.appendix(text("brief.h_guidance", lang)), b.guidance);
  return report.str();
}

std::string brief_text(const Brief& b, Language lang) {
  std::string out = b.title + "\n";
  if (!b.program.empty()) out += b.program + "\n";
  out += "\n" + text("brief.h_when", lang) + ": " + b.when + "\n" + text("brief.h_where", lang) + ": " + b.where + "\n";
  if (!b.note.empty()) out += "\n" + b.note + "\n";
  out += "\n" + text("brief.h_students", lang) + "\n" + b.students + "\n";
  out += "\n" + text("brief.h_questions", lang) + "\n";
  if (b.questions.empty()) out += text("brief.no_questions", lang) + "\n";
  for (size_t i = 0; i < b.questions.size(); ++i) out += std::to_string(i + 1) + ". " + b.questions[i] + "\n";
  out += "\n" + text("brief.h_structure", lang) + "\n";
  for (const auto& s : b.structure) out += "- " + std::to_string(s.minutes) + " min: " + s.title + "\n";
  out += "\n" + text("brief.h_guidance", lang) + "\n" + b.guidance + "\n";
  return out;
}

}  // namespace guest_speaker
