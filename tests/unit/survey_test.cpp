// The core survey service with every item type (scale, single choice, multiple choice, short
// text): the kiosk state machine, the CSV import with hostile files, grid edits and the JSON a
// plugin stores.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <stdexcept>

#include "stempush/csv.hpp"
#include "stempush/plugin.hpp"
#include "stempush/survey.hpp"
#include "stempush/survey_import.hpp"
#include "stempush/survey_kiosk.hpp"

using namespace stempush::survey;
using Catch::Approx;
using Catch::Matchers::ContainsSubstring;

namespace {

// A 4-question survey: one of each type.
ItemBank mixed_bank() {
  ItemBank bank;
  bank.items.push_back(scale_item("welcome", {"I felt welcome.", "Me sentí bienvenido."}, 5));
  bank.items.push_back(choice_item("grade", {"Your grade", "Tu grado"},
                                   {{"g9", {"9th grade", "Noveno grado"}}, {"g10", {"10th grade", "Décimo grado"}}}));
  bank.items.push_back(choice_item("liked", {"What did you like?", "¿Qué te gustó?"},
                                   {{"talks", {"Talks", "Charlas"}}, {"lab", {"Lab work", "Laboratorio"}},
                                    {"food", {"Food", "Comida"}}},
                                   /*multiple*/ true));
  bank.items.push_back(text_item("idea", {"One idea for next time", "Una idea para la próxima vez"}));
  return bank;
}

const std::string kPin = "4812";

}  // namespace

TEST_CASE("survey: the item makers give valid items of each type", "[survey]") {
  const ItemBank bank = mixed_bank();
  for (auto& item : bank.items) CHECK(item_problems(item, bank).empty());
  Item bad = choice_item("x", {"X", ""}, {{"a", {"A", ""}}});
  CHECK_THAT(item_problems(bad, bank).front(), ContainsSubstring("at least 2 options"));
  bad = choice_item("x", {"X", ""}, {{"a", {"A; B", ""}}, {"a", {"C", ""}}});
  CHECK(item_problems(bad, bank).size() == 2);  // ";" in an option, and a repeated id
}

TEST_CASE("survey: an answer is one word that owns its choices or text; an answer entry is two", "[survey]") {
  // The size is the point (issue 12 point 6: an import holds millions of answers).
  STATIC_REQUIRE(sizeof(Answer) == sizeof(void*));
  STATIC_REQUIRE(sizeof(AnswerMap::value_type) == 2 * sizeof(void*));
  CHECK(Answer(7).point() == 7);
  CHECK(Answer(-3).point() == -3);  // not an answer to any item, but it reads back as given
  CHECK(Answer(0).empty());
  CHECK(Answer::choices({"a", "b"}).point() == 0);
  Answer chosen = Answer::choices({"a", "b"});
  Answer copy = chosen;  // a copy of its own: the two do not share the list
  Answer moved = std::move(chosen);
  CHECK(copy == moved);
  CHECK(moved.chosen() == std::vector<std::string>{"a", "b"});
  CHECK(chosen.empty());  // NOLINT(bugprone-use-after-move): a moved-from answer is blank
  copy = Answer::written("idea");
  CHECK(copy.text() == "idea");
  CHECK(copy.chosen().empty());
  CHECK(moved != copy);
  moved = copy;
  CHECK(moved.text() == "idea");
  copy = Answer(2);  // the text it held is freed (the ASan run would see a leak)
  CHECK(copy == Answer(2));
  // Ids are one shared copy per id: equal ids are the same pointer, and read as the text.
  AnswerMap answers{{"welcome", 4}, {"idea", Answer::written("x")}};
  CHECK(answers.begin()->first == "idea");  // in id order
  CHECK(answers.begin()->first == ItemId("idea"));
  CHECK(&answers.begin()->first.str() == &ItemId(std::string("idea")).str());
}

TEST_CASE("survey: cells parse for every type, in either language or by id", "[survey]") {
  const ItemBank bank = mixed_bank();
  const Item& scale = bank.items[0];
  const Item& single = bank.items[1];
  const Item& multiple = bank.items[2];
  const Item& text = bank.items[3];
  CHECK(parse_answer(scale, "4 - Agree") == Answer(4));
  CHECK(parse_answer(scale, "de acuerdo") == Answer(4));
  CHECK_FALSE(parse_answer(scale, "6"));
  CHECK(parse_answer(single, "DÉCIMO GRADO") == Answer::choices({"g10"}));
  CHECK(parse_answer(single, "g9") == Answer::choices({"g9"}));
  CHECK_FALSE(parse_answer(single, "11th grade"));
  // Google Forms writes "a; b"; the order follows the options, repeats count once.
  CHECK(parse_answer(multiple, "Laboratorio; talks;  TALKS ") == Answer::choices({"talks", "lab"}));
  CHECK_FALSE(parse_answer(multiple, "talks; swimming"));
  CHECK(parse_answer(multiple, " ; ")->empty());
  CHECK(parse_answer(text, "  More labs, please \n") == Answer::written("More labs, please"));
  CHECK_FALSE(parse_answer(text, std::string(kMaxTextAnswer + 1, 'x')));
  CHECK(parse_answer(text, "")->empty());  // a blank cell is a skipped question
  // What a grid or an export writes reads back to the same answer.
  for (const Answer& a : {Answer::choices({"talks", "food"}), Answer::written("a, \"quoted\" idea")}) {
    const Item& item = a.text().empty() ? multiple : text;
    CHECK(parse_answer(item, answer_cell(item, a)) == a);
  }
  CHECK(answer_words(multiple, Answer::choices({"talks", "lab"}), Language::Spanish) == "Charlas; Laboratorio");
}

TEST_CASE("survey kiosk: every item type, back and skip, nothing kept between students", "[survey]") {
  const ItemBank bank = mixed_bank();
  ResponseSet responses;
  CHECK_THROWS_AS(Kiosk(bank, responses, ""), std::logic_error);  // no PIN: no kiosk
  Kiosk kiosk(bank, responses, hash_pin(kPin));
  REQUIRE(kiosk.item_count() == 4);

  kiosk.choose_language(Language::Spanish);
  REQUIRE(kiosk.enter_code("ab-101"));
  // Scale and single choice: a tap answers and moves on; an answer off the scale is ignored.
  kiosk.answer(Answer(9));
  CHECK(kiosk.item_index() == 0);
  kiosk.answer(Answer(5));
  REQUIRE(kiosk.current_item().id == "grade");
  kiosk.answer(Answer::choices({"g9", "g10"}));  // two choices for a single choice: ignored
  CHECK(kiosk.item_index() == 1);
  kiosk.answer(Answer::choices({"g10"}));
  // Multiple choice: taps toggle and stay on the screen until next().
  REQUIRE(kiosk.current_item().id == "liked");
  kiosk.toggle_option("food");
  kiosk.toggle_option("talks");
  kiosk.toggle_option("lab");
  kiosk.toggle_option("lab");
  kiosk.toggle_option("nonsense");
  CHECK(kiosk.current_answer() == Answer::choices({"talks", "food"}));
  CHECK(kiosk.item_index() == 2);
  kiosk.next();
  // Short text: typed, then next(); back shows this student's own answers.
  REQUIRE(kiosk.current_item().type == ItemType::ShortText);
  kiosk.set_text("  Más laboratorio  ");
  kiosk.back();
  CHECK(kiosk.current_answer() == Answer::choices({"talks", "food"}));
  kiosk.next();
  CHECK(kiosk.current_answer()->text() == "  Más laboratorio  ");
  kiosk.next();
  REQUIRE(kiosk.screen() == Kiosk::Screen::ThankYou);
  REQUIRE(responses.responses.size() == 1);
  const Response& first = responses.responses[0];
  CHECK(first.code == "AB-101");
  CHECK(first.answers.at("welcome") == Answer(5));
  CHECK(first.answers.at("grade") == Answer::choices({"g10"}));
  CHECK(first.answers.at("liked") == Answer::choices({"talks", "food"}));
  CHECK(first.answers.at("idea") == Answer::written("Más laboratorio"));  // stored trimmed

  // The next student starts clean: English, no code, no answer on any screen.
  kiosk.next_student();
  CHECK(kiosk.language() == Language::English);
  kiosk.choose_language(Language::English);
  CHECK_FALSE(kiosk.enter_code("AB-101"));  // already answered
  CHECK_FALSE(kiosk.enter_code("Maria"));   // a name
  REQUIRE(kiosk.enter_code("AB-102"));
  for (size_t i = 0; i < kiosk.item_count(); ++i) {
    CHECK_FALSE(kiosk.current_answer());
    if (i == 0) kiosk.answer(Answer(2));
    else kiosk.skip();
  }
  REQUIRE(responses.responses.size() == 2);
  CHECK(responses.responses[1].answers.size() == 1);  // skipped items are absent

  // A student who answers nothing saves nothing; a blank text is no answer.
  kiosk.next_student();
  kiosk.choose_language(Language::English);
  REQUIRE(kiosk.enter_code("AB-103"));
  kiosk.skip();
  kiosk.skip();
  kiosk.next();
  kiosk.set_text("   ");
  CHECK_FALSE(kiosk.current_answer());
  kiosk.next();
  CHECK(kiosk.screen() == Kiosk::Screen::ThankYou);
  CHECK(responses.responses.size() == 2);
  CHECK(kiosk.saved_responses() == 2);

  // Leaving needs the PIN; staff then choose to discard a student's unfinished answers.
  kiosk.next_student();
  kiosk.choose_language(Language::English);
  REQUIRE(kiosk.enter_code("AB-104"));
  kiosk.answer(Answer(3));
  kiosk.request_exit();
  CHECK_FALSE(kiosk.submit_pin("0000"));
  CHECK(kiosk.failed_pin_attempts() == 1);
  CHECK(kiosk.submit_pin(kPin));
  REQUIRE(kiosk.screen() == Kiosk::Screen::ExitChoice);
  CHECK(kiosk.unfinished_answers() == 1);
  kiosk.discard_partial();
  CHECK(kiosk.screen() == Kiosk::Screen::Closed);
  CHECK_FALSE(responses.find("AB-104"));
}

TEST_CASE("kiosk exit: a tap keeps the student's answers; after the PIN staff keep them as partial", "[survey][kiosk]") {
  ItemBank bank = mixed_bank();
  ResponseSet responses;
  const std::string kPin = "2468";
  Kiosk kiosk(bank, responses, hash_pin(kPin));
  kiosk.choose_language(Language::Spanish);
  REQUIRE(kiosk.enter_code("ab-201"));
  kiosk.answer(Answer(4));
  REQUIRE(kiosk.item_index() == 1);
  // Someone taps the exit and walks away: back to the survey finds the student where they were.
  kiosk.request_exit();
  REQUIRE(kiosk.screen() == Kiosk::Screen::ExitPin);
  kiosk.cancel_exit();
  CHECK(kiosk.screen() == Kiosk::Screen::Item);
  CHECK(kiosk.item_index() == 1);
  CHECK(kiosk.language() == Language::Spanish);
  kiosk.back();
  CHECK(kiosk.current_answer() == Answer(4));
  // Staff leave with the PIN and keep the answers: one response, marked partial, saved.
  kiosk.request_exit();
  REQUIRE(kiosk.submit_pin(kPin, 10));
  REQUIRE(kiosk.screen() == Kiosk::Screen::ExitChoice);
  kiosk.keep_partial();
  CHECK(kiosk.screen() == Kiosk::Screen::Closed);
  REQUIRE(responses.responses.size() == 1);
  CHECK(responses.responses[0].code == "AB-201");
  CHECK(responses.responses[0].partial);
  CHECK(responses.responses[0].answers.size() == 1);
  CHECK(kiosk.saved_responses() == 1);
  // Stored in the section as "partial": true and read back.
  auto json = responses_to_json(responses, bank);
  CHECK(json[0]["partial"] == true);
  auto back = read_responses(json, "/pre", bank);
  CHECK(back.responses[0].partial);
  json[0].erase("partial");
  CHECK_FALSE(read_responses(json, "/pre", bank).responses[0].partial);

  // A code typed but nothing answered: nothing to keep, the PIN closes at once.
  Kiosk second(bank, responses, hash_pin(kPin));
  second.choose_language(Language::English);
  REQUIRE(second.enter_code("AB-202"));
  second.request_exit();
  CHECK(second.submit_pin(kPin));
  CHECK(second.screen() == Kiosk::Screen::Closed);
}

TEST_CASE("kiosk exit: wrong PINs lock the exit for a growing delay on the app's clock", "[survey][kiosk]") {
  ItemBank bank = mixed_bank();
  ResponseSet responses;
  const std::string kPin = "2468";
  Kiosk kiosk(bank, responses, hash_pin(kPin));
  kiosk.request_exit();
  double now = 100;
  CHECK_FALSE(kiosk.submit_pin("1111", now));
  CHECK_FALSE(kiosk.submit_pin("2222", now));
  CHECK(kiosk.exit_locked_for(now) == 0);  // two slips of a finger cost nothing
  CHECK_FALSE(kiosk.submit_pin("3333", now));
  CHECK(kiosk.exit_locked_for(now) == Approx(30));
  // While locked even the right PIN is not looked at, and does not count.
  CHECK_FALSE(kiosk.submit_pin(kPin, now + 29));
  CHECK(kiosk.failed_pin_attempts() == 3);
  CHECK(kiosk.screen() == Kiosk::Screen::ExitPin);
  now += 30;
  CHECK(kiosk.exit_locked_for(now) == 0);
  CHECK_FALSE(kiosk.submit_pin("4444", now));
  CHECK(kiosk.exit_locked_for(now) == Approx(60));  // doubled
  now += 60;
  CHECK_FALSE(kiosk.submit_pin("5555", now));
  CHECK(kiosk.exit_locked_for(now) == Approx(120));
  // Capped at 15 minutes however many are tried.
  for (int i = 0; i < 10; ++i) {
    now += kiosk.exit_locked_for(now);
    kiosk.submit_pin("9999", now);
  }
  CHECK(kiosk.exit_locked_for(now) == Approx(PinGuard::kMaxLockSeconds));
  now += PinGuard::kMaxLockSeconds;
  CHECK(kiosk.submit_pin(kPin, now));
  CHECK(kiosk.failed_pin_attempts() == 15);  // for the staff, afterwards
  CHECK(kiosk.screen() == Kiosk::Screen::Closed);
}

TEST_CASE("kiosk state survives a restart: the student, the screen, wrong PINs and the lock", "[survey][kiosk]") {
  ItemBank bank = mixed_bank();
  ResponseSet responses;
  const std::string hash = hash_pin("2468");
  Kiosk kiosk(bank, responses, hash);
  kiosk.choose_language(Language::Spanish);
  REQUIRE(kiosk.enter_code("AB-301"));
  kiosk.answer(Answer(5));
  kiosk.answer(Answer::choices({"g10"}));
  kiosk.toggle_option("talks");
  kiosk.next();
  kiosk.set_text("Más");
  kiosk.request_exit();
  kiosk.submit_pin("1111", 5);
  kiosk.submit_pin("1112", 5);
  kiosk.submit_pin("1113", 5);  // locked for 30 s
  const nlohmann::json state = nlohmann::json::parse(kiosk.state_json().dump());

  // A new process: a new clock, a new kiosk on the same survey.
  Kiosk reopened(bank, responses, hash);
  reopened.restore(state, 2);
  CHECK(reopened.screen() == Kiosk::Screen::ExitPin);
  CHECK(reopened.failed_pin_attempts() == 3);
  CHECK(reopened.exit_locked_for(2) == Approx(30));  // a reload does not shorten the lock
  CHECK(reopened.unfinished_answers() == 4);
  reopened.cancel_exit();
  REQUIRE(reopened.screen() == Kiosk::Screen::Item);
  CHECK(reopened.language() == Language::Spanish);
  CHECK(reopened.item_index() == 3);
  CHECK(reopened.current_answer()->text() == "Más");
  reopened.back();
  CHECK(reopened.current_answer() == Answer::choices({"talks"}));
  reopened.back();
  CHECK(reopened.current_answer() == Answer::choices({"g10"}));
  reopened.back();
  CHECK(reopened.current_answer() == Answer(5));

  // The code was answered meanwhile (a merged file): the kiosk reopens for a new student.
  responses.add_student("AB-301");
  Kiosk third(bank, responses, hash);
  auto on_item = state;
  on_item["screen"] = "item";
  third.restore(on_item, 0);
  CHECK(third.screen() == Kiosk::Screen::Language);
  CHECK(third.unfinished_answers() == 0);

  // A damaged state leaves a fresh kiosk.
  Kiosk fourth(bank, responses, hash);
  fourth.restore(nlohmann::json::parse(R"({"screen": 3, "answers": [], "index": "x"})"), 0);
  CHECK(fourth.screen() == Kiosk::Screen::Language);
}

TEST_CASE("survey import: mixed types, BOM, CRLF, quoted newlines, both languages", "[survey]") {
  const ItemBank bank = mixed_bank();
  ResponseSet responses;
  // Headers in Spanish and English; a short answer spans two lines inside quotes.
  const std::string text =
      "\xEF\xBB\xBF" "Código,Tu grado,What did you like?,One idea for next time,I felt welcome.\r\n"
      "k1-01,Noveno grado,\"Talks; Laboratorio\",\"More labs\r\nand food\",Strongly agree\r\n"
      "k1-02,g10,food,,2\r\n";
  ImportJob job(text, bank, responses);
  const ColumnMapping& m = job.mapping();
  CHECK(m.code_column == 0);
  CHECK(m.item_columns.at("grade") == 1);
  CHECK(m.item_columns.at("liked") == 2);
  CHECK(m.item_columns.at("idea") == 3);
  CHECK(m.item_columns.at("welcome") == 4);
  REQUIRE(job.mapping_problems().empty());
  CHECK(job.apply(responses, false) == 2);
  const Response* k1 = responses.find("K1-01");
  REQUIRE(k1);
  CHECK(k1->answers.at("grade") == Answer::choices({"g9"}));
  CHECK(k1->answers.at("liked") == Answer::choices({"talks", "lab"}));
  CHECK(k1->answers.at("idea") == Answer::written("More labs\r\nand food"));
  CHECK(k1->answers.at("welcome") == Answer(5));
  CHECK(responses.find("K1-02")->answers.count("idea") == 0);  // a blank cell is a skipped question
}

TEST_CASE("survey import: bad rows are listed by line and nothing is added unless told", "[survey]") {
  const ItemBank bank = mixed_bank();
  ResponseSet responses;
  responses.responses.push_back({"OLD-1", "", {{"welcome", Answer(3)}}});
  const std::string text =
      "code,grade,liked,idea\n"
      "N-101,g9,talks,ok\n"             // line 2: good
      "N-102,g11,talks,ok\n"            // line 3: not an option of a single choice
      "N-103,g9,\"talks; swimming\",\n"  // line 4: one unknown option in a multiple choice
      "n-101,g10,lab,\n"                // line 5: the same code as line 2
      "old-1,g9,lab,\n"                 // line 6: already in the survey
      "N-106,,,\n"                      // line 7: no answers
      "\"N-107\",g10,\"food\",\"two\nlines\"\n";  // line 8: good, with a quoted newline
  ImportJob job(text, bank, responses, "after");
  while (!job.step(2)) {
  }
  CHECK(job.good_rows() == 2);
  CHECK(job.rejected_lines() == std::vector<size_t>{3, 4, 5, 6, 7});
  auto message_on = [&](size_t line) {
    std::string out;
    for (auto& p : job.problems())
      if (p.line == line) out += p.message;
    return out;
  };
  CHECK_THAT(message_on(3), ContainsSubstring("not an option of item grade"));
  CHECK_THAT(message_on(4), ContainsSubstring("swimming"));
  CHECK_THAT(message_on(5), ContainsSubstring("line 2"));
  CHECK_THAT(message_on(6), ContainsSubstring("already has a after response"));
  CHECK_THAT(message_on(7), ContainsSubstring("no answers"));

  CHECK(job.apply(responses, false) == 0);  // all or nothing
  CHECK(responses.responses.size() == 1);
  CHECK(job.apply(responses, true) == 2);
  CHECK(responses.find("N-107")->answers.at("idea") == Answer::written("two\nlines"));
  // Applying the same file again would make a second response per code: refused.
  CHECK_THROWS_AS(job.apply(responses, true), std::logic_error);
}

TEST_CASE("survey import: text that is not UTF-8 and bad mapping files are refused", "[survey]") {
  const ItemBank bank = mixed_bank();
  ResponseSet responses;
  CHECK_THROWS_AS(ImportJob("code,idea\nAB12,caf\xE9\n", bank, responses), stempush::csv::ParseError);
  CHECK_THROWS_AS(ImportJob("code,idea\nAB12,\"open\n", bank, responses), stempush::csv::ParseError);
  ImportJob job("student,answer\nAB12,g10\n", bank, responses);
  CHECK_FALSE(job.mapping_problems().empty());  // neither column is recognised
  CHECK_THROWS(job.set_mapping_json(R"({"code": "student", "items": {"nope": "answer"}})"));
  CHECK_THROWS(job.set_mapping_json(R"({"code": "missing column"})"));
  job.set_mapping_json(R"({"code": "student", "items": {"grade": "answer"}})");
  CHECK(job.mapping_problems().empty());
  CHECK(job.apply(responses, false) == 1);
  CHECK(responses.find("AB12")->answers.at("grade") == Answer::choices({"g10"}));
}

TEST_CASE("survey grid: cells of every type are stored, refused or cleared", "[survey]") {
  const ItemBank bank = mixed_bank();
  ResponseSet set;
  CHECK(set.add_student("g-100").empty());
  CHECK_FALSE(set.add_student("G-100").empty());  // one row per code
  CHECK_FALSE(set.add_student("Jose").empty());
  CHECK(set.set_cell(bank, "G-100", "welcome", "4").empty());
  CHECK_FALSE(set.set_cell(bank, "G-100", "welcome", "8").empty());
  CHECK(set.set_cell(bank, "G-100", "grade", "Décimo grado").empty());
  CHECK_FALSE(set.set_cell(bank, "G-100", "grade", "g9; g10").empty());
  CHECK(set.set_cell(bank, "G-100", "liked", "food; talks").empty());
  CHECK_FALSE(set.set_cell(bank, "G-100", "liked", "food; karaoke").empty());
  CHECK(set.set_cell(bank, "G-100", "idea", "Longer labs").empty());
  const Response& r = *set.find("G-100");
  CHECK(r.answers.at("welcome") == Answer(4));
  CHECK(r.answers.at("grade") == Answer::choices({"g10"}));
  CHECK(r.answers.at("liked") == Answer::choices({"talks", "food"}));
  CHECK(r.answers.at("idea") == Answer::written("Longer labs"));
  CHECK(set.set_cell(bank, "G-100", "liked", "").empty());  // a blank cell clears it
  CHECK(set.find("G-100")->answers.count("liked") == 0);
  CHECK(set.set_group("G-100", "10th").empty());
  CHECK(set.remove("G-100"));
  CHECK(set.responses.empty());
}

TEST_CASE("survey JSON: items and answers of every type round-trip; bad fields are named", "[survey]") {
  ItemBank bank = mixed_bank();
  ResponseSet set;
  set.responses.push_back({"J-1", "A", {{"welcome", Answer(2)}, {"grade", Answer::choices({"g9"})},
                                        {"liked", Answer::choices({"lab"})}, {"idea", Answer::written("x")}}});
  const auto items = items_to_json(bank.items);
  const auto answers = responses_to_json(set, bank);
  CHECK(answers[0]["answers"]["grade"] == "g9");  // one id for a single choice
  CHECK(answers[0]["answers"]["liked"] == nlohmann::json::array({"lab"}));  // a list for a multiple one
  ItemBank read;
  read_items(items, "/items", read);
  REQUIRE(read.items.size() == 4);
  CHECK(items_to_json(read.items) == items);
  CHECK(responses_to_json(read_responses(answers, "/pre", read), read) == answers);

  auto expect_error = [&](nlohmann::json bad_items, nlohmann::json bad_answers, const std::string& path) {
    try {
      ItemBank b;
      read_items(bad_items, "/items", b);
      read_responses(bad_answers, "/pre", b);
      FAIL("accepted bad data at " << path);
    } catch (const stempush::SectionError& e) {
      CHECK(e.path() == path);
    }
  };
  auto bad = answers;
  bad[0]["answers"]["grade"] = "g11";
  expect_error(items, bad, "/pre/0/answers/grade");
  bad = answers;
  bad[0]["answers"]["liked"] = "lab";  // not a list
  expect_error(items, bad, "/pre/0/answers/liked");
  bad = answers;
  bad[0]["answers"]["liked"] = {"lab", 3};
  expect_error(items, bad, "/pre/0/answers/liked/1");
  bad = answers;
  bad[0]["code"] = "Maria";
  expect_error(items, bad, "/pre/0/code");
  auto bad_items = items;
  bad_items[1]["type"] = "slider";
  expect_error(bad_items, answers, "/items/1/type");
  bad_items = items;
  bad_items[2]["options"][1].erase("en");
  expect_error(bad_items, answers, "/items/2/options/1/en");
}
