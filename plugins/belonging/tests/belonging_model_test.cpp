// Belonging model: item bank, reverse coding, results (pairing, scale scores, suppression),
// kiosk state machine, section round trip.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

#include "belonging/model/belonging_model.hpp"
#include "belonging/model/kiosk.hpp"
#include "belonging/model/results.hpp"
#include "belonging_assets.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"

using namespace belonging;
using Catch::Approx;

namespace {
// A bank with one 5-point subscale of two items, the second reverse-coded.
BelongingData two_item_data() {
  BelongingData d;
  d.bank.subscales = {{"s", {"Struggle", "Dificultad"}}};
  d.bank.items = {{"a", "s", {"A", "A"}, 5, agree_labels(5), false, false},
                  {"b", "s", {"B", "B"}, 5, agree_labels(5), true, false}};
  return d;
}
Response resp(const std::string& code, int a, int b, const std::string& group = "") {
  return {code, group, {{"a", a}, {"b", b}}};
}
}  // namespace

TEST_CASE("default assets load: 60-minute agenda, items with both languages", "[belonging]") {
  auto data = default_data();
  CHECK(total_minutes(data.plan) == 60);
  CHECK(agenda_warning(data.plan).empty());
  REQUIRE(data.bank.items.size() >= 9);
  int reverse = 0;
  for (auto& item : data.bank.items) {
    CHECK(item_problems(item, data.bank).empty());
    CHECK_FALSE(item.text.es.empty());
    reverse += item.reverse;
  }
  CHECK(reverse >= 3);
  data.plan.agenda[0].minutes += 5;
  CHECK(agenda_warning(data.plan).find("65 minutes, 5 more") != std::string::npos);
  std::string first = data.plan.agenda[0].title;
  REQUIRE(move_step(data.plan, 0, 2));
  CHECK(data.plan.agenda[2].title == first);
  CHECK_FALSE(move_step(data.plan, 0, 99));
  CHECK(BelongingModel().check().empty());
}

TEST_CASE("codes are validated and never accept a name", "[belonging]") {
  CHECK(normalize_code(" ab12 ") == std::optional<std::string>("AB12"));
  CHECK_FALSE(normalize_code("Maria"));
  CHECK_FALSE(normalize_code("A1"));
  CHECK_FALSE(normalize_code("AB 12"));
  CHECK_FALSE(normalize_code("ABCDEFGHIJK12"));
  CHECK(code_problem("Maria").find("digit") != std::string::npos);
}

TEST_CASE("answers parse from numbers and labels in both languages", "[belonging]") {
  Item item{"x", "s", {"X", ""}, 5, agree_labels(5), false, false};
  CHECK(parse_answer(item, "4") == 4);
  CHECK(parse_answer(item, "4 - Agree") == 4);
  CHECK(parse_answer(item, "  strongly   AGREE ") == 5);
  CHECK(parse_answer(item, "Totalmente en desacuerdo") == 1);
  CHECK(parse_answer(item, "4.0") == 4);
  CHECK_FALSE(parse_answer(item, "6"));
  CHECK_FALSE(parse_answer(item, "0"));
  CHECK_FALSE(parse_answer(item, "maybe"));
}

TEST_CASE("reverse coding, pairing by code and scale scores", "[belonging]") {
  auto d = two_item_data();
  // Reverse item b on 5 points: 1 -> 5, 2 -> 4. Scores = mean(a, 6 - b).
  d.pre.responses = {resp("AA01", 2, 4), resp("AA02", 3, 3), resp("AA03", 1, 5), resp("ZZ99", 5, 1)};
  d.post.responses = {resp("AA01", 4, 2), resp("AA02", 4, 3), resp("AA03", 3, 3), resp("BB77", 1, 1)};
  CHECK(scored_value(d.bank.items[1], 2) == 4);
  auto r = compute_results(d, stempush::kLowestMinGroupSize);
  CHECK(r.counts.pre == 4);
  CHECK(r.counts.post == 4);
  CHECK(r.counts.paired == 3);  // ZZ99 and BB77 have no partner
  REQUIRE(r.scales.size() == 1);
  // Paired scores by hand: pre (2+2)/2=2, (3+3)/2=3, (1+1)/2=1; post (4+4)/2=4, (4+3)/2=3.5, 3.
  // Differences 2, 0.5, 2: mean 1.5, sd = sqrt(((0.5)^2+1^2+0.5^2)/2) = sqrt(0.75) = 0.8660254.
  CHECK(r.scales[0].change.n == 3);
  CHECK(r.scales[0].change.mean_diff == Approx(1.5));
  CHECK(r.scales[0].change.sd_diff == Approx(0.8660254037844386));
  CHECK(r.scales[0].change.cohens_dz == Approx(1.7320508075688772));
  // Unpaired pre mean includes ZZ99: (2 + 3 + 1 + 5) / 4.
  CHECK(r.scales[0].pre_mean == Approx(2.75));
  // Distribution counts raw answers (before reverse coding).
  CHECK(r.items[1].pre_counts == std::vector<int>{1, 0, 1, 1, 1});
  CHECK(render(r.counts.sentence, Language::English).find("3 answered both") != std::string::npos);
  CHECK(render(r.scales[0].sentence, Language::Spanish).find("escala de 1 a 5") != std::string::npos);
}

TEST_CASE("groups under 5 students are suppressed: n = 4 hidden, n = 5 shown", "[belonging]") {
  auto d = two_item_data();
  auto add = [&](const std::string& group, int n, int start) {
    for (int i = 0; i < n; ++i) {
      std::string code = "C" + std::to_string(start + i);
      d.pre.responses.push_back(resp(code, 2, 4, group));
      d.post.responses.push_back(resp(code, 3 + (i % 2), 3, group));
    }
  };
  SECTION("two groups of 5 are both shown") {
    add("G1", 5, 100);
    add("G2", 5, 200);
    auto r = compute_results(d, stempush::kLowestMinGroupSize);
    REQUIRE(r.groups.groups.size() == 2);
    CHECK_FALSE(r.groups.groups[0].suppressed);
    CHECK_FALSE(r.groups.groups[1].suppressed);
    CHECK(r.groups.groups[0].paired_n == 5);
    CHECK(r.groups.suppressed_groups == 0);
    CHECK(r.groups.groups[0].change.at(0).n == 5);
  }
  SECTION("n = 4 and n = 4 hidden, n = 5 shown") {
    add("G1", 4, 100);
    add("G2", 5, 200);
    add("G3", 4, 300);
    auto r = compute_results(d, stempush::kLowestMinGroupSize);
    CHECK(r.groups.groups[0].suppressed);
    CHECK_FALSE(r.groups.groups[1].suppressed);
    CHECK(r.groups.groups[2].suppressed);
    CHECK(r.groups.groups[0].change.empty());
    CHECK(r.groups.suppressed_groups == 2);
    CHECK(render(r.groups.sentence, Language::English).find("2 groups are hidden") != std::string::npos);
  }
  SECTION("a lone small group takes the next smallest with it") {
    add("G1", 4, 100);
    add("G2", 5, 200);
    add("G3", 9, 300);
    auto r = compute_results(d, stempush::kLowestMinGroupSize);
    CHECK(r.groups.groups[0].suppressed);
    CHECK(r.groups.groups[1].suppressed);
    CHECK_FALSE(r.groups.groups[2].suppressed);
  }
}

TEST_CASE("sha256 known answers and the PIN is stored hashed", "[belonging]") {
  // FIPS 180-4 examples (also python3 -c "import hashlib; print(hashlib.sha256(b'...').hexdigest())").
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  BelongingModel model;
  CHECK_THROWS_AS(model.set_kiosk_pin("12a4"), std::invalid_argument);
  model.set_kiosk_pin("2468");
  std::string saved = model.to_json().dump();
  CHECK(saved.find("2468") == std::string::npos);
  CHECK(pin_matches("2468", model.data().kiosk_pin_hash));
  CHECK_FALSE(pin_matches("2469", model.data().kiosk_pin_hash));
}

TEST_CASE("kiosk: three students, nothing of the previous one kept, PIN to exit", "[belonging]") {
  BelongingModel model;
  CHECK_THROWS_AS(Kiosk(model.data(), SurveyKind::Pre), std::logic_error);  // no PIN yet
  model.set_kiosk_pin("1357");
  Kiosk kiosk(model.data(), SurveyKind::Pre);
  const size_t items = kiosk.item_count();

  auto run_student = [&](const std::string& code, Language lang, int value) {
    REQUIRE(kiosk.screen() == Kiosk::Screen::Language);
    kiosk.choose_language(lang);
    REQUIRE(kiosk.enter_code(code));
    for (size_t i = 0; i < items; ++i) {
      REQUIRE(kiosk.screen() == Kiosk::Screen::Item);
      CHECK_FALSE(kiosk.current_answer());  // nothing pre-selected, ever
      kiosk.answer(value);
    }
    CHECK(kiosk.screen() == Kiosk::Screen::ThankYou);
    kiosk.next_student();
  };
  run_student("K001", Language::English, 4);
  run_student("K002", Language::Spanish, 2);
  CHECK(kiosk.language() == Language::English);  // the next student starts from the default
  run_student("K003", Language::English, 3);
  REQUIRE(model.data().pre.responses.size() == 3);
  CHECK(model.data().pre.find("K002")->answers.begin()->second == 2);
  CHECK(model.data().pre.find("K002")->answers.size() == items);

  // Back shows this student's own answer, and skipping leaves an item unanswered.
  kiosk.choose_language(Language::English);
  CHECK_FALSE(kiosk.enter_code("Maria"));
  CHECK_FALSE(kiosk.enter_code("K001"));  // already answered
  CHECK_FALSE(kiosk.code_error().empty());
  REQUIRE(kiosk.enter_code("K004"));
  kiosk.answer(5);
  kiosk.back();
  CHECK(kiosk.current_answer() == 5);
  // A student who walks away mid-survey: a tap on the exit keeps their answers; after the PIN
  // staff discard them.
  kiosk.request_exit();
  CHECK(kiosk.screen() == Kiosk::Screen::ExitPin);
  CHECK_FALSE(kiosk.submit_pin("0000"));
  CHECK(kiosk.failed_pin_attempts() == 1);
  CHECK(kiosk.screen() == Kiosk::Screen::ExitPin);
  kiosk.cancel_exit();
  CHECK(kiosk.screen() == Kiosk::Screen::Item);
  CHECK(kiosk.current_answer() == 5);
  kiosk.request_exit();
  CHECK(kiosk.submit_pin("1357"));
  REQUIRE(kiosk.screen() == Kiosk::Screen::ExitChoice);
  kiosk.discard_partial();
  CHECK(kiosk.screen() == Kiosk::Screen::Closed);
  CHECK(model.data().pre.responses.size() == 3);
  CHECK_FALSE(model.data().pre.find("K004"));
}

TEST_CASE("grid entry sets and clears single answers", "[belonging]") {
  BelongingModel model;
  const std::string item = model.data().bank.items[0].id;
  CHECK(model.set_answer(SurveyKind::Post, "g100", item, 3).empty());
  CHECK(model.data().post.find("G100")->answers.at(item) == 3);
  CHECK_FALSE(model.set_answer(SurveyKind::Post, "G100", item, 9).empty());
  CHECK_FALSE(model.set_answer(SurveyKind::Post, "Jose", item, 3).empty());
  CHECK(model.data().post.responses.size() == 1);
  model.clear_answer(SurveyKind::Post, "G100", item);
  CHECK(model.data().post.find("G100")->answers.empty());
  CHECK(model.set_group(SurveyKind::Post, "G100", "10th").empty());
  CHECK(model.remove_response(SurveyKind::Post, "G100"));
}

TEST_CASE("section round trip; bad input names the path and leaves the model unchanged", "[belonging]") {
  BelongingModel model;
  model.data().plan.date = "2026-11-23";
  model.data().plan.facilitators = {"R. Ortiz"};
  model.data().bank.items.push_back(new_custom_item(model.data().bank, "growth", 7));
  model.data().bank.items.back().text = {"I like puzzles.", "Me gustan los acertijos."};
  model.set_answer(SurveyKind::Pre, "AB12", "custom_1", 7);
  model.data().reflection.surprises = "Quiet students spoke up.";
  auto saved = model.to_json();
  BelongingModel copy;
  copy.from_json(saved);
  CHECK(copy.to_json() == saved);

  auto broken = saved;
  broken["pre"][0]["answers"]["custom_1"] = 8;
  try {
    copy.from_json(broken);
    FAIL("expected SectionError");
  } catch (const stempush::SectionError& e) {
    CHECK(e.path() == "/pre/0/answers/custom_1");
  }
  CHECK(copy.to_json() == saved);
  broken = saved;
  broken["plan"]["agenda"][1].erase("minutes");
  CHECK_THROWS_AS(copy.from_json(broken), stempush::SectionError);
  broken = saved;
  broken["pre"][0]["code"] = "Maria";
  CHECK_THROWS_AS(copy.from_json(broken), stempush::SectionError);
  CHECK(copy.to_json() == saved);
}

TEST_CASE("plugin catalogs have the same keys in English and Spanish", "[belonging]") {
  auto en = nlohmann::json::parse(belonging_assets::asset("i18n/en.json"));
  auto es = nlohmann::json::parse(belonging_assets::asset("i18n/es.json"));
  for (auto& [key, value] : en.items()) CHECK(es.contains(key));
  CHECK(en.size() == es.size());
}

TEST_CASE("a schema 1 workspace (before the core survey service) loads, migrated, with every answer", "[belonging]") {
  std::ifstream in(std::string(STEMPUSH_FIXTURES_DIR) + "/belonging/workspace-v1.json", std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  stempush::Workspace ws(registry);
  ws.load(text.str());
  auto* model = dynamic_cast<BelongingModel*>(ws.plugin("belonging"));
  REQUIRE(model);
  const BelongingData& d = model->data();
  REQUIRE(d.bank.items.size() == 2);
  for (auto& item : d.bank.items) CHECK(item.type == stempush::survey::ItemType::Scale);
  CHECK(d.bank.items[1].reverse);
  CHECK(d.bank.items[1].custom);
  CHECK(d.bank.items[0].labels[2].es == "De acuerdo");
  CHECK(d.plan.cohort == "Group A");
  CHECK(d.plan.stories[0].text.es == "Reprobé un examen y pedí ayuda.");
  REQUIRE(d.pre.responses.size() == 2);
  CHECK(d.pre.find("K7-101")->answers.at("fixed") == 3);
  CHECK(d.pre.find("K7-101")->group == "9th");
  CHECK(d.pre.find("K7-102")->answers.count("fixed") == 0);
  CHECK(d.post.find("K7-101")->answers.at("can_grow") == 4);
  CHECK(d.group_column_name == "Grade");
  CHECK(d.reflection.what_to_change == "More time.");
  CHECK(d.kiosk_pin_hash.rfind("0011223344556677$", 0) == 0);
  // Saved again, it is schema 2: every item says its type, and the answers are unchanged numbers.
  auto saved = nlohmann::json::parse(ws.save())["sections"]["belonging"];
  CHECK(saved["schema"] == BelongingModel::kSchemaVersion);
  CHECK(saved["data"]["items"][0]["type"] == "scale");
  CHECK(saved["data"]["pre"][0]["answers"]["can_grow"] == 2);
  // The figures come out of the migrated data: K7-101's growth score (2, reversed 3 -> 2) = 2
  // before and (4, reversed 1 -> 4) = 4 after.
  auto r = compute_results(d, stempush::kLowestMinGroupSize);
  CHECK(r.counts.paired == 1);
  CHECK(r.scales.at(0).change.n == 1);
  CHECK(r.scales.at(0).change.mean_diff == Approx(2.0));
}
