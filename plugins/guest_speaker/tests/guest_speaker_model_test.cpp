// Guest-speaker model: interest ranking, duplicate questions, matching (ties, no speakers, an
// interest nobody covers, no student identity), exit-ticket statistics against hand-computed
// values, re-timing, the roster CSV round trip, the section round trip and its errors, feeds.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "guest_speaker/model/exports.hpp"
#include "stempush/i18n.hpp"
#include "unit/report_check.hpp"
#include "guest_speaker/model/guest_speaker_model.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"

using namespace guest_speaker;
using Catch::Approx;
using Answer = stempush::survey::Answer;

namespace {

stempush::survey::Response interest(const std::string& code, std::vector<std::string> fields,
                                    std::vector<std::string> want = {}, const std::string& question = "") {
  stempush::survey::Response r{code, "", {}};
  if (!fields.empty()) r.answers["fields"] = Answer::choices(std::move(fields));
  if (!want.empty()) r.answers["want_to_know"] = Answer::choices(std::move(want));
  if (!question.empty()) r.answers["question"] = Answer::written(question);
  return r;
}

Speaker speaker(const std::string& id, const std::string& name, std::vector<std::string> topics) {
  Speaker s;
  s.id = id, s.name = name, s.topics = std::move(topics);
  return s;
}

// Four students: engineering 3, computing 2, biology 1; costs_aid 2, their_path 1.
GuestSpeakerData four_students() {
  GuestSpeakerData d;
  d.interests.responses = {interest("A-1", {"computing", "engineering"}, {"costs_aid"}, "How much does college cost?"),
                           interest("A-2", {"engineering"}, {"costs_aid", "their_path"}, "how much does  college cost?"),
                           interest("A-3", {"biology", "engineering"}, {}, "Did you like high school?"),
                           interest("A-4", {"computing"}, {}, "How much does college cost?")};
  return d;
}

}  // namespace

TEST_CASE("guest speaker: package content loads in both languages", "[guest_speaker]") {
  REQUIRE(interest_bank().items.size() == 4);
  REQUIRE(ticket_bank().items.size() == 5);
  for (const auto* bank : {&interest_bank(), &ticket_bank()})
    for (const auto& item : bank->items) {
      CHECK(stempush::survey::item_problems(item, *bank).empty());
      CHECK_FALSE(item.text.es.empty());
      for (const auto& o : item.options) CHECK_FALSE(o.text.es.empty());
    }
  const auto en = default_structure(Language::English), es = default_structure(Language::Spanish);
  REQUIRE(en.size() == 5);
  CHECK(en[0].title == "Welcome");
  CHECK(es[0].title == "Bienvenida");
  Visit v;
  v.structure = en;
  CHECK(total_minutes(v) == 60);
  CHECK(guidance().affirming.size() >= 3);
  CHECK(guidance().practical.size() >= 3);
  for (const auto& g : guidance().practical) CHECK_FALSE(g.es.empty());
}

TEST_CASE("guest speaker: interests ranked, ties share a rank, questions merged", "[guest_speaker]") {
  const InterestSummary s = summarize_interests(four_students().interests);
  CHECK(s.respondents == 4);
  REQUIRE(s.interests.size() == 5);
  CHECK(s.interests[0].option_id == "engineering");
  CHECK(s.interests[0].count == 3);
  CHECK(s.interests[0].rank == 1);
  // computing and costs_aid both 2: tied at rank 2, in the survey's order.
  CHECK(s.interests[1].option_id == "computing");
  CHECK(s.interests[2].option_id == "costs_aid");
  CHECK(s.interests[1].rank == 2);
  CHECK(s.interests[2].rank == 2);
  CHECK(s.interests[3].rank == 4);  // biology 1 (fields first), then their_path 1
  CHECK(s.interests[3].option_id == "biology");
  CHECK(s.interests[4].option_id == "their_path");
  CHECK(s.interests[4].rank == 4);
  // Three askings of one question (capitals and spacing differ) become one, counted 3, first.
  REQUIRE(s.questions.size() == 2);
  CHECK(s.questions[0].text == "How much does college cost?");
  CHECK(s.questions[0].count == 3);
  CHECK(s.questions[1].text == "Did you like high school?");
  CHECK(s.questions[1].count == 1);

  // Top 3 keeps nothing beyond a tie; top 4 keeps both interests tied for 4th.
  CHECK(top_interests(s, 3).size() == 3);
  CHECK(top_interests(s, 4).size() == 5);
  CHECK(summarize_interests({}).respondents == 0);
}

TEST_CASE("guest speaker: matching ranks coverage, reports ties and uncovered interests", "[guest_speaker]") {
  const InterestSummary s = summarize_interests(four_students().interests);
  // Top 3: engineering (3), computing (2), costs_aid (2): total weight 7.
  const std::vector<Speaker> roster = {
      speaker("s1", "Zoe", {"Engineering", "biology"}),                 // 3/7
      speaker("s2", "Ana", {"computing", "College costs and financial aid"}),  // 4/7 (text matched)
      speaker("s3", "Bea", {"Ingeniería"}),                               // 3/7 (Spanish text), ties Zoe
      speaker("s4", "Cy", {"gardening"})};                                // 0
  const MatchResult m = match_speakers(s, roster, 3);
  REQUIRE(m.top.size() == 3);
  REQUIRE(m.speakers.size() == 4);
  CHECK(m.speakers[0].speaker_id == "s2");
  CHECK(m.speakers[0].rank == 1);
  CHECK(m.speakers[0].coverage == Approx(4.0 / 7));
  CHECK(m.speakers[0].covered == std::vector<std::string>{"computing", "costs_aid"});
  CHECK_FALSE(m.speakers[0].tied);
  // Bea and Zoe tie (3/7, one interest each): same rank, by name.
  CHECK(m.speakers[1].speaker_id == "s3");
  CHECK(m.speakers[2].speaker_id == "s1");
  CHECK(m.speakers[1].rank == 2);
  CHECK(m.speakers[2].rank == 2);
  CHECK(m.speakers[1].tied);
  CHECK(m.speakers[2].tied);
  CHECK(m.speakers[3].rank == 4);
  CHECK(m.speakers[3].coverage == 0);
  CHECK(m.uncovered.empty());
  // Nothing uncovered is said as such, never as "0 of them no speaker covers".
  CHECK(render(m.sentence, Language::English) ==
        "Ana covers the most: 2 of the group's 3 top interests. Every top interest is covered by at least one speaker.");
  CHECK(render(m.sentence, Language::Spanish) ==
        "Ana cubre más: 2 de los 3 intereses principales del grupo. Cada interés principal lo cubre al menos un/a invitado/a.");

  // An interest nobody covers.
  const MatchResult partial = match_speakers(s, {roster[0], roster[3]}, 3);
  REQUIRE(partial.uncovered.size() == 2);
  CHECK(partial.uncovered[0].option_id == "computing");
  CHECK(partial.uncovered[1].option_id == "costs_aid");
  CHECK(render(partial.sentence, Language::English) ==
        "Zoe covers the most: 1 of the group's 3 top interests. No speaker covers 2 of them.");
  CHECK(render(partial.sentence, Language::Spanish) ==
        "Zoe cubre más: 1 de los 3 intereses principales del grupo. Ningún invitado cubre 2 de ellos.");
  // One uncovered interest, and a group with a single top interest: the singular forms.
  const MatchResult one_left = match_speakers(s, {roster[1]}, 3);
  CHECK(render(one_left.sentence, Language::English) == "Ana covers the most: 2 of the group's 3 top interests. No speaker covers 1 of them.");
  CHECK(render(one_left.sentence, Language::Spanish) ==
        "Ana cubre más: 2 de los 3 intereses principales del grupo. Ningún invitado cubre 1 de ellos.");
  const MatchResult single = match_speakers(s, {roster[0]}, 1);
  REQUIRE(single.top.size() == 1);
  CHECK(render(single.sentence, Language::English) ==
        "Zoe covers the group's top interest. Every top interest is covered by at least one speaker.");
  CHECK(render(match_speakers(s, {}, 1).sentence, Language::English) ==
        "The roster has no speakers yet; the group's top interest is uncovered.");

  // No speakers: every top interest is uncovered, and the sentence says why.
  const MatchResult none = match_speakers(s, {}, 3);
  CHECK(none.speakers.empty());
  CHECK(none.uncovered.size() == 3);
  CHECK(none.sentence.key == "match.no_speakers");
  CHECK(match_speakers(InterestSummary{}, roster).sentence.key == "match.no_interests");
}

TEST_CASE("guest speaker: the match never depends on who the students are", "[guest_speaker]") {
  GuestSpeakerData a = four_students(), b = four_students();
  for (auto& r : b.interests.responses) r.code = "Z9-" + r.code, r.group = "grade 11";
  std::reverse(b.interests.responses.begin(), b.interests.responses.end());
  const std::vector<Speaker> roster = {speaker("s1", "Zoe", {"engineering"}), speaker("s2", "Ana", {"computing"})};
  const auto ma = match_json(a, summarize_interests(a.interests), match_speakers(summarize_interests(a.interests), roster), 10);
  const auto mb = match_json(b, summarize_interests(b.interests), match_speakers(summarize_interests(b.interests), roster), 10);
  CHECK(ma["speakers"] == mb["speakers"]);
  CHECK(ma["top_interests"] == mb["top_interests"]);
  CHECK(ma.dump().find("A-1") == std::string::npos);
}

TEST_CASE("guest speaker: exit-ticket statistics match hand-computed values", "[guest_speaker]") {
  Visit v;
  // useful: 4,3,3,2,1,4 -> agree 4 of 6 (67%), mean 17/6; see_myself: 2,2,3 (three answered) ->
  // agree 1 of 3, mean 7/3; learned_path unanswered.
  const int useful[] = {4, 3, 3, 2, 1, 4};
  for (int i = 0; i < 6; ++i) {
    stempush::survey::Response r{"T-" + std::to_string(i), "", {{"useful", Answer(useful[i])}}};
    if (i < 3) r.answers["see_myself"] = Answer(i == 2 ? 3 : 2);
    if (i < 2) r.answers["next_step"] = Answer::written(i == 0 ? "Apply to the summer lab" : "apply to the  summer lab");
    if (i == 5) r.answers["still_question"] = Answer::written("Is the internship paid?");
    v.ticket.responses.push_back(r);
  }
  const VisitResults r = visit_results(v, 5);
  CHECK(r.n == 6);
  CHECK_FALSE(r.suppressed);
  REQUIRE(r.scales.size() == 3);
  const auto& u = r.scales[0];
  CHECK(u.item_id == "useful");
  CHECK(u.counts == std::vector<int>{1, 1, 2, 2});
  CHECK(u.n == 6);
  CHECK(u.agree == 4);
  CHECK(u.agree_share == Approx(4.0 / 6));
  CHECK(u.mean == Approx(17.0 / 6));
  CHECK(render(u.sentence, Language::English) == "4 of 6 students (67%) found the visit useful.");
  CHECK(render(u.sentence, Language::Spanish) == "A 4 de 6 estudiantes (67%) la visita les fue útil.");
  CHECK(r.scales[1].n == 0);
  CHECK(r.scales[1].sentence.key == "results.no_answers");
  CHECK(r.scales[2].counts == std::vector<int>{0, 2, 1, 0});
  CHECK(r.scales[2].agree == 1);
  CHECK(r.scales[2].mean == Approx(7.0 / 3));
  REQUIRE(r.next_steps.size() == 1);
  CHECK(r.next_steps[0].count == 2);
  REQUIRE(r.questions.size() == 1);

  // Under the threshold nothing computed leaves: no counts, no shares, no written answers.
  const VisitResults hidden = visit_results(v, 10);
  CHECK(hidden.suppressed);
  CHECK(hidden.scales[0].counts == std::vector<int>{0, 0, 0, 0});
  CHECK(hidden.next_steps.empty());
  CHECK(results_json(v, hidden)["scales"].empty());
  CHECK(render(hidden.summary, Language::English).find("Fewer than 10") != std::string::npos);
}

TEST_CASE("guest speaker: structure edits and re-timing keep the total exact", "[guest_speaker]") {
  GuestSpeakerData d;
  Visit& v = add_visit(d, Language::English);
  CHECK(v.id == "v1");
  CHECK(v.duration == 60);
  retime(v, 45);  // 5,15,20,12,8 scaled by 0.75 = 3.75, 11.25, 15, 9, 6
  CHECK(total_minutes(v) == 45);
  CHECK(v.structure[2].minutes == 15);
  CHECK(v.structure[3].minutes == 9);
  CHECK(v.structure[4].minutes == 6);
  CHECK(v.structure[0].minutes == 4);  // 3.75 rounds up (largest remainder)
  CHECK(v.structure[1].minutes == 11);
  REQUIRE(move_step(v, 0, 4));
  CHECK(v.structure[4].title == "Welcome");
  CHECK_FALSE(move_step(v, 0, 5));
  CHECK(term_of("2026-10-14").name == "Fall 2026");
  CHECK(term_of("2027-02-01").first_day == "2027-01-01");
  CHECK(term_of("nope").name.empty());
}

TEST_CASE("guest speaker: roster CSV round-trips through import", "[guest_speaker][csv][report]") {
  GuestSpeakerData d;
  Speaker& a = add_speaker(d);
  a.name = "Ana Ruiz";
  a.field = "Civil engineering";
  a.role = "Engineer, bridges";
  a.employer = "City of \"Pittsburgh\"";
  a.college_path = "Community college, then Pitt";
  a.languages = {"English", "Español"};
  a.topics = {"engineering", "costs_aid"};
  a.contact = "+1 412 555 0100";  // a spreadsheet would run it as a formula: guarded, then unguarded
  a.availability = "Tuesdays after 3\nnot in December";
  a.past_visits = "=2 in 2025";
  Speaker& b = add_speaker(d);
  b.name = "Bo Chen";
  const std::string csv = roster_csv(d.speakers);

  const RosterImport read = read_roster_csv(csv);
  REQUIRE(read.problems.empty());
  GuestSpeakerData fresh;
  const RosterApplied applied = apply_roster(fresh, read.speakers);
  CHECK(applied.added == 2);
  REQUIRE(fresh.speakers.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    Speaker expected = d.speakers[i];
    expected.id = fresh.speakers[i].id;
    CHECK(fresh.speakers[i] == expected);
  }
  CHECK(roster_csv(fresh.speakers) == csv);
  // Headers are the columns' titles (not ids), and a Spanish file reads back the same. The topics
  // a person reads are the interests' words in the file's language ("College costs and financial
  // aid", not costs_aid); the ids are in the reference column, last.
  const report_check::Known known{report_check::bank_ids(interest_bank()), report_check::bank_english(interest_bank())};
  const auto table = report_check::check_csv("guest-speaker-roster", csv, known).rows;
  const auto& header = table[0];
  CHECK(header[0] == "Name");
  CHECK(header[4] == "College path");
  CHECK(table[1][6] == "Engineering; College costs and financial aid");
  CHECK(header.back() == "Reference id (for re-import): Topics they can speak to");
  CHECK(table[1].back() == "engineering; costs_aid");
  stempush::i18n::set_language(Language::Spanish);
  const std::string spanish_csv = roster_csv(d.speakers);
  stempush::i18n::set_language(Language::English);
  const auto spanish_table = report_check::check_csv("guest-speaker-roster-es", spanish_csv, known, "es").rows;
  CHECK(spanish_table[0][0] == "Nombre");
  CHECK(spanish_table[1][6] == "Ingeniería; Costos de la universidad y ayuda financiera");
  const RosterImport read_es = read_roster_csv(spanish_csv);
  REQUIRE(read_es.problems.empty());
  REQUIRE(read_es.speakers.size() == 2);
  CHECK(read_es.speakers[0].past_visits == "=2 in 2025");
  CHECK(read_es.speakers[0].topics == d.speakers[0].topics);
  // A topic changed in a spreadsheet's label column wins over the reference column.
  std::string edited = csv;
  edited.replace(edited.find("Engineering; College"), std::string("Engineering").size(), "Chemistry");
  const RosterImport read_edited = read_roster_csv(edited);
  REQUIRE(read_edited.problems.empty());
  CHECK(read_edited.speakers[0].topics == std::vector<std::string>{"Chemistry", "costs_aid"});
  // Importing the same file again updates, never duplicates.
  CHECK(apply_roster(fresh, read.speakers).updated == 2);
  CHECK(fresh.speakers.size() == 2);

  // Spanish headers in another order are read; problems name lines and import nothing.
  const auto spanish = read_roster_csv("Temas de los que puede hablar,Nombre\r\ningeniería; química,Luz\r\n");
  REQUIRE(spanish.problems.empty());
  CHECK(spanish.speakers[0].name == "Luz");
  CHECK(spanish.speakers[0].topics == std::vector<std::string>{"ingeniería", "química"});
  const auto bad = read_roster_csv("name,shoe size\r\nAna,7\r\n");
  REQUIRE(bad.problems.size() == 1);
  CHECK_THAT(bad.problems[0], Catch::Matchers::ContainsSubstring("shoe size"));
  const auto dup = read_roster_csv("name\r\nAna\r\n\r\n,\r\nana\r\n");
  CHECK(dup.speakers.empty());
  REQUIRE(dup.problems.size() == 2);  // the blank line is skipped, the row with no name is not
  CHECK(dup.problems[0] == "line 4: the name is empty");
  CHECK(dup.problems[1] == "line 5: \"ana\" is already on line 2");
}

TEST_CASE("guest speaker: section round trip, errors naming the field, feeds", "[guest_speaker]") {
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  stempush::Workspace ws(registry);
  GuestSpeakerData d = four_students();
  Speaker& s = add_speaker(d);
  s.name = "Ana";
  Visit& v = add_visit(d, Language::English);
  v.speaker_id = s.id;
  v.date = "2026-10-14";
  v.brief.note = "Thank you!";
  for (int i = 0; i < 12; ++i)
    v.ticket.responses.push_back({"T-" + std::to_string(i), "", {{"useful", Answer(i < 9 ? 4 : 1)}, {"see_myself", Answer(i < 6 ? 3 : 2)}}});
  Visit& later = add_visit(d, Language::English);
  later.date = "2026-11-02";
  ws.set_section("guest_speaker", data_to_json(d));
  stempush::Workspace reloaded(registry);
  reloaded.load(ws.save());
  CHECK(reloaded.section("guest_speaker") == ws.section("guest_speaker"));

  auto bad = data_to_json(d);
  bad["visits"][0]["ticket"][3]["answers"]["useful"] = 7;
  REQUIRE_THROWS_WITH(ws.set_section("guest_speaker", bad), Catch::Matchers::ContainsSubstring("/visits/0/ticket/3"));
  bad = data_to_json(d);
  bad["visits"][1]["start"] = "25:00";
  REQUIRE_THROWS_WITH(ws.set_section("guest_speaker", bad), Catch::Matchers::ContainsSubstring("/visits/1/start"));
  bad = data_to_json(d);
  bad["time_zone"] = "Mars/Olympus";
  REQUIRE_THROWS_WITH(ws.set_section("guest_speaker", bad), Catch::Matchers::ContainsSubstring("/time_zone"));
  CHECK(ws.section("guest_speaker") == data_to_json(d));  // unchanged

  std::map<std::string, stempush::MeasureSeries> feeds;
  for (auto& f : ws.feeds()) feeds[f.id] = f;
  REQUIRE(feeds.count("guest_speaker.useful"));
  REQUIRE(feeds["guest_speaker.useful"].points.size() == 1);
  CHECK(*feeds["guest_speaker.useful"].points[0].value == Approx(75.0));
  CHECK(*feeds["guest_speaker.see_myself"].points[0].value == Approx(50.0));
  const auto& terms = feeds["guest_speaker.visits_per_term"].points;
  REQUIRE(terms.size() == 1);
  CHECK(terms[0].label == "Fall 2026");
  CHECK(*terms[0].value == 2);

  // Fewer students than the threshold: the core hides the point from every reader.
  d.visits[0].ticket.responses.resize(4);
  ws.set_section("guest_speaker", data_to_json(d));
  for (auto& f : ws.feeds())
    if (f.id == "guest_speaker.useful") CHECK_FALSE(f.points[0].value);
}

TEST_CASE("guest speaker: counts in sentences take the singular for one (trn plural forms)", "[guest_speaker][i18n]") {
  Visit v;
  v.ticket.responses.push_back({"T-1", "", {{"useful", Answer(4)}}});
  const VisitResults r = visit_results(v, 1);
  CHECK(render(r.summary, Language::English) == "1 student answered the exit ticket.");
  CHECK(render(r.summary, Language::Spanish) == "1 estudiante respondió el boleto de salida.");
  CHECK(render(r.scales[0].sentence, Language::English) == "1 of 1 student (100%) found the visit useful.");
  CHECK(render(r.scales[0].sentence, Language::Spanish) == "A 1 de 1 estudiante (100%) la visita le fue útil.");

  GuestSpeakerData d;
  Visit& one = add_visit(d, Language::English);
  one.expected_students = 1;
  one.grade_band = "9";
  CHECK_THAT(generated_students(d, one, 5, Language::English), Catch::Matchers::StartsWith("Grade band: 9. Group size: 1 student."));
  one.expected_students = 12;
  CHECK_THAT(generated_students(d, one, 5, Language::Spanish), Catch::Matchers::StartsWith("Grados: 9. Tamaño del grupo: 12 estudiantes."));
}
