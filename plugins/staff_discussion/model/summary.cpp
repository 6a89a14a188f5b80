// The session summary (see summary.hpp). summary_json decides what goes out; the text and HTML
// forms are drawn from it, so the three can never disagree about what is private.
#include "staff_discussion/model/summary.hpp"

#include "stempush/i18n_plural.hpp"
#include "stempush/report.hpp"

namespace staff_discussion {
namespace {

using nlohmann::json;

std::string L(const SummaryOptions& o, const std::string& key) {
  // Keys built at run time (the i18n test checks literal keys; the summary tests check these).
  return stempush::i18n::tr_in(o.language, std::string("staff_discussion.export.") + key);
}
std::string status_label(const SummaryOptions& o, const std::string& id) {
  return stempush::i18n::tr_in(o.language, std::string("staff_discussion.status.") + id);
}
std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

std::string joined(const json& list, const char* separator) {
  std::string out;
  for (auto& item : list) out += (out.empty() ? "" : separator) + item.get<std::string>();
  return out;
}

std::string theme_name(const SummaryOptions& o, const json& theme) {
  const std::string name = theme["name"].get<std::string>();
  return name.empty() ? L(o, "unnamed_theme") : name;
}

}  // namespace

std::string privacy_statement(const SummaryOptions& o) {
  if (o.include_notes && o.include_cards) return L(o, "privacy.both");
  if (o.include_notes) return L(o, "privacy.notes_only");
  if (o.include_cards) return L(o, "privacy.cards_only");
  return L(o, "privacy.none");
}

json summary_json(const Session& s, const SummaryOptions& o) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  auto card_json = [](json& list, const Card& c) {
    json& card = list.emplace_back();
    card["text"] = c.text;
    card["attribution"] = c.attribution;
  };
  json out;
  json& session = out["session"];
  session["id"] = s.id;
  session["title"] = s.title;
  session["date"] = s.date;
  session["roles"] = s.roles;
  session["total_minutes"] = total_minutes(s);
  json& readings = out["readings"] = json::array();
  for (auto& r : s.readings) {
    json& reading = readings.emplace_back();
    reading["title"] = r.title;
    reading["link"] = r.link;
    reading["why"] = r.why;
  }
  out["agreements"] = s.agreements;
  json& protocol = out["protocol"] = json::array();
  for (auto& step : s.steps) {
    json& p = protocol.emplace_back();
    p["title"] = step.title;
    p["minutes"] = step.minutes;
  }
  json& themes = out["themes"] = json::array();
  for (auto& t : s.themes) {
    json& theme = themes.emplace_back();
    theme["id"] = t.id;
    theme["name"] = t.name;
    if (o.include_cards) {
      json& cards = theme["cards"] = json::array();
      for (const Card* c : s.cards_in(t.id)) card_json(cards, *c);
    }
  }
  json& changes = out["changes"] = json::array();
  for (auto& c : s.changes) {
    const Theme* t = s.theme(c.theme_id);
    json& change = changes.emplace_back();
    change["what"] = c.what;
    change["who"] = c.who;
    change["by_when"] = c.by_when;
    change["how_we_know"] = c.how_we_know;
    change["status"] = status_id(c.status);
    change["theme"] = t ? t->name : std::string();
    if (c.change_idea) change["change_idea"] = c.change_idea->label;
  }
  json& privacy = out["privacy"];
  privacy["notes_included"] = o.include_notes;
  privacy["cards_included"] = o.include_cards;
  privacy["statement"] = privacy_statement(o);
  if (o.include_cards) {
    json& ungrouped = out["ungrouped_cards"] = json::array();
    for (const Card* c : s.cards_in("")) card_json(ungrouped, *c);
  }
  if (o.include_notes) {
    json& notes = out["notes"] = json::array();
    for (auto& step : s.steps)
      if (!step.captured.empty()) {
        json& note = notes.emplace_back();
        note["step"] = step.title;
        note["text"] = step.captured;
      }
  }
  return out;
}

std::string summary_text(const Session& s, const SummaryOptions& o) {
  const json j = summary_json(s, o);
  std::string t;
  auto line = [&](const std::string& text) { t += text + "\n"; };
  auto heading = [&](const std::string& text) { t += "\n" + text + "\n" + std::string(text.size() > 60 ? 60 : text.size(), '=') + "\n"; };
  line(L(o, "title") + ": " + or_dash(s.title));
  line(L(o, "date") + ": " + or_dash(s.date));
  line(L(o, "roles") + ": " + or_dash(joined(j["session"]["roles"], ", ")));
  line(L(o, "total") + ": " + std::to_string(total_minutes(s)) + " min");
  line("");
  line(privacy_statement(o));
  if (!s.readings.empty()) {
    heading(L(o, "readings"));
    for (auto& r : s.readings) line("- " + r.title + (r.link.empty() ? "" : " (" + r.link + ")") + (r.why.empty() ? "" : ": " + r.why));
  }
  heading(L(o, "agreements"));
  for (auto& a : s.agreements) line("- " + a);
  heading(L(o, "themes"));
  if (j["themes"].empty()) line(L(o, "none"));
  for (auto& theme : j["themes"]) {
    line("- " + theme_name(o, theme));
    if (theme.contains("cards"))
      for (auto& c : theme["cards"])
        line("    * " + c["text"].get<std::string>() +
             (c["attribution"].get<std::string>().empty() ? "" : " (" + c["attribution"].get<std::string>() + ")"));
  }
  if (j.contains("ungrouped_cards") && !j["ungrouped_cards"].empty()) {
    line("- " + L(o, "ungrouped"));
    for (auto& c : j["ungrouped_cards"]) line("    * " + c["text"].get<std::string>());
  }
  heading(L(o, "changes"));
  if (j["changes"].empty()) line(L(o, "none"));
  for (auto& c : j["changes"]) {
    line("- " + or_dash(c["what"].get<std::string>()) + " [" + status_label(o, c["status"].get<std::string>()) + "]");
    line("    " + L(o, "theme") + ": " + or_dash(c["theme"].get<std::string>()));
    line("    " + L(o, "who") + ": " + or_dash(c["who"].get<std::string>()) + "; " + L(o, "by_when") + ": " +
         or_dash(c["by_when"].get<std::string>()));
    line("    " + L(o, "how_we_know") + ": " + or_dash(c["how_we_know"].get<std::string>()));
    if (c.contains("change_idea")) line("    " + L(o, "in_driver_diagram"));
  }
  if (j.contains("notes")) {
    heading(L(o, "notes"));
    for (auto& n : j["notes"]) line("- " + n["step"].get<std::string>() + ": " + n["text"].get<std::string>());
  }
  return t;
}

std::string summary_html(const Session& s, const SummaryOptions& o) {
  using stempush::report::escape_html;
  const json j = summary_json(s, o);
  stempush::report::HtmlReport report(L(o, "heading") + (s.title.empty() ? "" : ": " + s.title),
                                      stempush::i18n::language_code(o.language));
  report.context({o.program, s.title, s.date, {}});

  // The summary: the themes, each practice change and its status, and what the summary leaves out.
  std::string names;
  for (auto& theme : j["themes"]) names += (names.empty() ? "" : "; ") + theme_name(o, theme);
  report.point(names.empty() ? L(o, "point.no_themes") : stempush::i18n::trn_in(o.language, "staff_discussion.export.point.themes",
                                                                                long(j["themes"].size()), {names}));
  for (auto& c : j["changes"]) {
    const std::string what = c["what"].get<std::string>();
    if (what.empty()) continue;
    std::string sentence = what + " (" + status_label(o, c["status"].get<std::string>());
    if (!c["who"].get<std::string>().empty()) sentence += "; " + L(o, "who") + ": " + c["who"].get<std::string>();
    if (!c["by_when"].get<std::string>().empty()) sentence += "; " + L(o, "by_when") + ": " + c["by_when"].get<std::string>();
    report.point(L(o, "point.change") + " " + sentence + ").");
  }
  if (j["changes"].empty()) report.point(L(o, "point.no_changes"));
  report.summary().raw("<p class=\"privacy\"><strong>" + escape_html(privacy_statement(o)) + "</strong></p>");

  // The appendix: each part only when it has something.
  std::vector<std::vector<std::string>> session;
  if (!s.date.empty()) session.push_back({L(o, "date"), s.date});
  if (!s.roles.empty()) session.push_back({L(o, "roles"), joined(j["session"]["roles"], ", ")});
  if (total_minutes(s) > 0) session.push_back({L(o, "total"), std::to_string(total_minutes(s)) + " min"});
  report.appendix(L(o, "session")).table({}, session);
  std::vector<std::vector<std::string>> readings;
  for (auto& r : s.readings) readings.push_back({r.title, r.link, r.why});
  report.appendix(L(o, "readings")).table({L(o, "reading_title"), L(o, "reading_link"), L(o, "reading_why")}, readings);
  if (!s.agreements.empty()) {
    std::string list = "<ul class=\"agreements\">";
    for (auto& a : s.agreements) list += "<li>" + escape_html(a) + "</li>";
    report.appendix(L(o, "agreements")).raw(list + "</ul>");
  }

  std::string themes;
  for (auto& theme : j["themes"]) {
    themes += "<li><strong>" + escape_html(theme_name(o, theme)) + "</strong>";
    if (theme.contains("cards") && !theme["cards"].empty()) {
      themes += "<ul>";
      for (auto& c : theme["cards"]) {
        themes += "<li class=\"card\">" + escape_html(c["text"].get<std::string>());
        if (!c["attribution"].get<std::string>().empty()) themes += " <em>(" + escape_html(c["attribution"].get<std::string>()) + ")</em>";
        themes += "</li>";
      }
      themes += "</ul>";
    }
    themes += "</li>";
  }
  if (j.contains("ungrouped_cards") && !j["ungrouped_cards"].empty()) {
    themes += "<li><strong>" + escape_html(L(o, "ungrouped")) + "</strong><ul>";
    for (auto& c : j["ungrouped_cards"]) themes += "<li class=\"card\">" + escape_html(c["text"].get<std::string>()) + "</li>";
    themes += "</ul></li>";
  }
  if (!themes.empty()) report.appendix(L(o, "themes")).raw("<ul class=\"themes\">" + themes + "</ul>");

  std::vector<std::vector<std::string>> rows;
  for (auto& c : j["changes"])
    rows.push_back({c["what"].get<std::string>(), c["theme"].get<std::string>(), c["who"].get<std::string>(),
                    c["by_when"].get<std::string>(), c["how_we_know"].get<std::string>(),
                    status_label(o, c["status"].get<std::string>()) +
                        (c.contains("change_idea") ? " · " + L(o, "in_driver_diagram") : "")});
  report.appendix(L(o, "changes"))
      .table({L(o, "what"), L(o, "theme"), L(o, "who"), L(o, "by_when"), L(o, "how_we_know"), L(o, "status")}, rows);

  if (j.contains("notes")) {
    std::vector<std::vector<std::string>> notes;
    for (auto& n : j["notes"]) notes.push_back({n["step"].get<std::string>(), n["text"].get<std::string>()});
    report.appendix(L(o, "notes")).table({L(o, "step"), L(o, "note")}, notes);
  }
  return report.str();
}

}  // namespace staff_discussion
