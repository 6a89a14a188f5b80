// Funnel arithmetic against hand-computed fixtures: stages skipped, unknown sources, a community
// in one year only, typed counts, zero denominators (no NaN anywhere), sentences and suppression.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "recruitment/model/funnel.hpp"
#include "recruitment_test_support.hpp"

using namespace recruitment;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;

namespace {

// Two communities (Eastside is a focus community), a library space new this year.
// 2026: E1 enrolled via library, E2 applied via library, E3 stayed via library (skips nothing
//       but is furthest), E4 accepted via "Instagram", W1 reached with no source, W2 enrolled via
//       "instagram " (same source, other spelling).
// 2025 (baseline): W3 applied via library, N1 (North: only in 2025) enrolled, no source.
RecruitmentData fixture() {
  RecruitmentData d;
  d.year = 2026;
  d.communities = {{"c1", "Eastside", true}, {"c2", "Westside", false}, {"c3", "North", false}};
  d.spaces.push_back({"s1", "Library visits", "library", "c1", "", SpaceStatus::Partner, "", true});
  auto add = [&](std::string id, int year, std::string c, std::string src, Stage st) {
    d.students.push_back({id, year, c, src, st, ""});
  };
  add("E1", 2026, "c1", "s1", Stage::Enrolled);
  add("E2", 2026, "c1", "s1", Stage::Applied);
  add("E3", 2026, "c1", "s1", Stage::Stayed);
  add("E4", 2026, "c1", "Instagram", Stage::Accepted);
  add("W1", 2026, "c2", "", Stage::Reached);
  add("W2", 2026, "c2", "instagram ", Stage::Enrolled);
  add("W3", 2025, "c2", "s1", Stage::Applied);
  add("N1", 2025, "c3", "", Stage::Enrolled);
  add("OLD", 2020, "c3", "", Stage::Stayed);  // neither year: left out
  return d;
}

const FunnelRow& row(const std::vector<FunnelRow>& rows, const std::string& key) {
  for (auto& r : rows)
    if (r.key == key) return r;
  FAIL("no row " << key);
  return rows.front();
}

}  // namespace

TEST_CASE("funnel: each student counts at every stage up to the one reached", "[recruitment]") {
  recruitment_test::load_english();
  const Funnel f = compute_funnel(fixture(), 2026, 2025);
  // 2026: reached 6; inquired 5 (all but W1); applied 5; accepted E1 E3 E4 W2 = 4; enrolled E1 E3 W2 = 3; stayed E3 = 1.
  CHECK(f.total.now == StageCounts{6, 5, 5, 4, 3, 1});
  // 2025: W3 applied, N1 enrolled.
  CHECK(f.total.base == StageCounts{2, 2, 2, 1, 1, 0});
  // A student recorded as "applied" without an inquiry on record still counts as inquired.
  CHECK(row(f.by_community, "c1").now == StageCounts{4, 4, 4, 3, 2, 1});
}

TEST_CASE("funnel: sources by space, by free text (one source however spelt) and unknown", "[recruitment]") {
  recruitment_test::load_english();
  const Funnel f = compute_funnel(fixture(), 2026, 2025);
  const FunnelRow& library = row(f.by_source, "s1");
  CHECK(library.label == "Library visits");
  CHECK(library.new_space);
  CHECK(library.now == StageCounts{3, 3, 3, 2, 2, 1});
  CHECK(library.base == StageCounts{1, 1, 1, 0, 0, 0});
  const FunnelRow& insta = row(f.by_source, "text:instagram");
  CHECK(insta.now == StageCounts{2, 2, 2, 2, 1, 0});
  const FunnelRow& unknown = row(f.by_source, "");
  CHECK(unknown.label == "Unknown source");
  CHECK(unknown.now == StageCounts{1, 0, 0, 0, 0, 0});
  CHECK(unknown.base == StageCounts{1, 1, 1, 1, 1, 0});
  CHECK(f.by_source.back().key.empty());  // unknown last
}

TEST_CASE("funnel: a community in one year only shows 0 in the other", "[recruitment]") {
  recruitment_test::load_english();
  const Funnel f = compute_funnel(fixture(), 2026, 2025);
  const FunnelRow& north = row(f.by_community, "c3");
  CHECK(north.now == StageCounts{});
  CHECK(north.base == StageCounts{1, 1, 1, 1, 1, 0});
  // Focus communities are listed even without students.
  RecruitmentData d;
  d.communities = {{"c9", "Hill District", true}};
  const Funnel empty = compute_funnel(d, 2026, 2025);
  REQUIRE(empty.by_community.size() == 1);
  CHECK(empty.by_community[0].label == "Hill District");
}

TEST_CASE("funnel: shares from focus communities", "[recruitment]") {
  recruitment_test::load_english();
  const Funnel f = compute_funnel(fixture(), 2026, 2025);
  // 2026 applicants: E1 E2 E3 E4 W2 = 5, of which Eastside (focus) 4. Enrolled: E1 E3 W2 = 3, focus 2.
  CHECK(f.focus_applicants_now.part == 4);
  CHECK(f.focus_applicants_now.whole == 5);
  CHECK_THAT(*f.focus_applicants_now.percent(), WithinAbs(80.0, 1e-9));
  CHECK(f.focus_enrolled_now.part == 2);
  CHECK(f.focus_enrolled_now.whole == 3);
  CHECK(f.focus_applicants_base.part == 0);
  CHECK(f.focus_applicants_base.whole == 2);
  CHECK(focus_share_sentence(f.focus_applicants_now, Stage::Applied, 2026) ==
        "4 of the 5 students who applied in 2026 came from focus communities (80%).");
}

TEST_CASE("funnel: typed counts add to their community, the totals and 'counted by hand'", "[recruitment]") {
  recruitment_test::load_english();
  RecruitmentData d = fixture();
  d.hand_counts.push_back({2025, "c1", {20, 12, 11, 6, 4, 3}});
  const Funnel f = compute_funnel(d, 2026, 2025);
  CHECK(f.total.base == StageCounts{22, 14, 13, 7, 5, 3});
  CHECK(row(f.by_community, "c1").base == StageCounts{20, 12, 11, 6, 4, 3});
  CHECK(row(f.by_source, "hand").base == StageCounts{20, 12, 11, 6, 4, 3});
  CHECK(f.focus_applicants_base.part == 11);
  CHECK(f.focus_applicants_base.whole == 13);
}

TEST_CASE("funnel: sentences, and a zero denominator is '–' with a sentence, never NaN", "[recruitment]") {
  recruitment_test::load_english();
  const Funnel f = compute_funnel(fixture(), 2026, 2025);
  const FunnelRow& library = row(f.by_source, "s1");
  CHECK(conversion_sentence(library.now, Stage::Applied, Stage::Enrolled, library.label, 2026) ==
        "2 of the 3 students from Library visits who applied enrolled in 2026 (67%).");
  const FunnelRow& north = row(f.by_community, "c3");
  CHECK_FALSE(conversion(north.now, Stage::Applied, Stage::Enrolled));
  CHECK(percent_text(conversion(north.now, Stage::Applied, Stage::Enrolled)) == "\xe2\x80\x93");
  CHECK(conversion_sentence(north.now, Stage::Applied, Stage::Enrolled, "North", 2026) ==
        "No student from North reached \xe2\x80\x9c" "Applied\xe2\x80\x9d in 2026, so the share who went on to "
        "\xe2\x80\x9c" "Enrolled\xe2\x80\x9d cannot be computed (\xe2\x80\x93).");
  CHECK(focus_share_sentence(Share{}, Stage::Applied, 2024).find("(\xe2\x80\x93)") != std::string::npos);
  // The JSON has null (not NaN, not 0) where there is no denominator.
  const auto j = funnel_json(f, 0);
  const std::string text = j.dump();
  CHECK(text.find("NaN") == std::string::npos);
  for (auto& r : j["by_community"])
    if (r["key"] == "c3") CHECK(r["conversion_now"][2]["percent"].is_null());
  // In Spanish too.
  stempush::i18n::set_language(stempush::i18n::Language::Spanish);
  CHECK_THAT(conversion_sentence(library.now, Stage::Applied, Stage::Enrolled, library.label, 2026),
             ContainsSubstring("2 de los 3 estudiantes de Library visits que presentaron solicitud se inscribieron"));
}

TEST_CASE("funnel: shared JSON hides counts under the threshold and what is built on them", "[recruitment]") {
  recruitment_test::load_english();
  RecruitmentData d = fixture();
  d.hand_counts.push_back({2026, "c2", {40, 30, 25, 12, 10, 9}});
  const Funnel f = compute_funnel(d, 2026, 2025);
  const auto j = funnel_json(f, 10);
  CHECK(j["total"]["now"]["reached"] == 46);  // 6 students + 40 typed
  CHECK(j["total"]["now"]["stayed"] == 10);  // 1 + 9 typed: at the threshold, shown
  CHECK(is_suppressed(9, 10));
  CHECK_FALSE(is_suppressed(0, 10));
  CHECK_FALSE(is_suppressed(10, 10));
  for (auto& r : j["by_source"])
    if (r["key"] == "s1") {
      CHECK(r["now"]["reached"] == nlohmann::json{{"suppressed", true}});  // 3 students
      CHECK(r["conversion_now"][0]["suppressed"] == true);
    }
}

TEST_CASE("funnel: one student is said in the singular, in English and Spanish (trn plural forms)", "[recruitment][i18n]") {
  recruitment_test::load_english();
  StageCounts one{};
  one[size_t(Stage::Reached)] = one[size_t(Stage::Inquired)] = one[size_t(Stage::Applied)] = one[size_t(Stage::Enrolled)] = 1;
  CHECK(conversion_sentence(one, Stage::Applied, Stage::Enrolled, "", 2026) ==
        "1 of the 1 student who applied enrolled in 2026 (100%).");
  Share single;
  single.part = 1;
  single.whole = 1;
  CHECK(focus_share_sentence(single, Stage::Applied, 2026) ==
        "1 of the 1 student who applied in 2026 came from focus communities (100%).");
  stempush::i18n::set_language(stempush::i18n::Language::Spanish);
  CHECK(conversion_sentence(one, Stage::Applied, Stage::Enrolled, "", 2026) ==
        "1 de 1 estudiante que presentó solicitud se inscribió en 2026 (100%).");
  StageCounts some{};
  some[size_t(Stage::Reached)] = 3, some[size_t(Stage::Accepted)] = 1;
  CHECK(conversion_sentence(some, Stage::Reached, Stage::Accepted, "", 2026) ==
        "1 de los 3 estudiantes que fueron alcanzados fue aceptado en 2026 (33%).");
  stempush::i18n::set_language(stempush::i18n::Language::English);
  CHECK(conversion_sentence(some, Stage::Reached, Stage::Accepted, "", 2026) ==
        "1 of the 3 students who were reached was accepted in 2026 (33%).");
  stempush::i18n::set_language(stempush::i18n::Language::English);
}
