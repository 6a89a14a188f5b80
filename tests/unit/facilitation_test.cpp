#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include "stempush/facilitation.hpp"
#include "stempush/i18n.hpp"

using namespace stempush::facilitation;
using Catch::Approx;

TEST_CASE("step clock: start, pause, resume, restart against an injected time", "[facilitation]") {
  StepClock c;
  REQUIRE_FALSE(c.running());
  REQUIRE(c.elapsed(100) == 0);
  REQUIRE(c.remaining(100, 5) == 300);
  c.start(100);
  REQUIRE(c.running());
  REQUIRE(c.elapsed(130) == Approx(30));
  c.start(140);  // already running: the start time stays
  REQUIRE(c.elapsed(150) == Approx(50));
  c.pause(160);
  REQUIRE_FALSE(c.running());
  REQUIRE(c.elapsed(1000) == Approx(60));  // paused: time does not move
  c.toggle(2000);                           // resume
  REQUIRE(c.elapsed(2010) == Approx(70));
  REQUIRE(c.remaining(2010, 1) == Approx(-10));
  REQUIRE(c.overrun(2010, 1) == Approx(10));
  REQUIRE(c.overrun(2010, 2) == 0);
  c.restart(2020);  // back to full time, still running
  REQUIRE(c.running());
  REQUIRE(c.elapsed(2025) == Approx(5));
  c.toggle(2030);
  c.restart(2040);  // paused stays paused
  REQUIRE_FALSE(c.running());
  REQUIRE(c.elapsed(2100) == 0);
}

TEST_CASE("step clock: next and previous stop the clock and stay inside the steps", "[facilitation]") {
  StepClock c;
  c.start(0);
  REQUIRE(c.next(3));
  REQUIRE(c.step() == 1);
  REQUIRE_FALSE(c.running());
  REQUIRE(c.elapsed(50) == 0);
  REQUIRE(c.next(3));
  REQUIRE_FALSE(c.next(3));  // at the last step
  REQUIRE(c.step() == 2);
  c.start(10);
  REQUIRE_FALSE(c.go_to(2, 3));  // the same step: the clock keeps running
  REQUIRE(c.running());
  REQUIRE(c.previous());
  REQUIRE(c.previous());
  REQUIRE_FALSE(c.previous());
  REQUIRE(c.step() == 0);
  REQUIRE_FALSE(c.go_to(7, 3));
  REQUIRE(c.go_to(2, 3));
  c.clamp(2);  // a step was removed
  REQUIRE(c.step() == 1);
}

TEST_CASE("count-down text and urgency", "[facilitation]") {
  REQUIRE(clock_text(300) == "5:00");
  REQUIRE(clock_text(299.2) == "5:00");
  REQUIRE(clock_text(298.9) == "4:59");
  REQUIRE(clock_text(61) == "1:01");
  REQUIRE(clock_text(0) == "0:00");
  REQUIRE(clock_text(-0.5) == "0:00");
  REQUIRE(clock_text(-1) == "+0:01");
  REQUIRE(clock_text(-90.7) == "+1:30");
  REQUIRE(clock_text(3600) == "60:00");
  REQUIRE(urgency(61) == Urgency::Normal);
  REQUIRE(urgency(60) == Urgency::LastMinute);
  REQUIRE(urgency(0) == Urgency::LastMinute);
  REQUIRE(urgency(-0.1) == Urgency::Over);
}

// The audience view (the presenter's second window): what the room sees, from the clock and the
// steps, in the UI's language; never the facilitator's notes.
namespace {
std::vector<Step> audience_steps() {
  Step welcome;
  welcome.title = "Welcome";
  welcome.minutes = 5;
  welcome.notes = "Greet people at the door";
  welcome.purpose = "Set the tone";
  Step story;
  story.title = "Story circle";
  story.minutes = 2;
  story.projected = "“I failed my first physics quiz and asked for help.”";
  story.attribution = "— a student, grade 10";
  story.notes = "Read it aloud twice";
  return {welcome, story};
}
}  // namespace

TEST_CASE("audience frame: the step, its count-down in words and colour, the story, no notes", "[facilitation]") {
  stempush::i18n::reset();
  stempush::i18n::load_core_catalogs();
  stempush::i18n::set_language(stempush::i18n::Language::English);
  const std::vector<Step> steps = audience_steps();
  StepClock c;

  AudienceFrame f = audience_frame(c, steps, 100);
  CHECK(f.language == "en");
  CHECK(f.step_title == "Welcome");
  CHECK(f.step_of == "Step 1 of 2");
  CHECK(f.clock == "5:00");
  CHECK(f.urgency == Urgency::Normal);
  CHECK(f.clock_caption == "Time left");
  CHECK(f.projected.empty());
  CHECK(f.projected_language == "en");

  c.start(100);
  f = audience_frame(c, steps, 100 + 4 * 60 + 10);  // 50 s left
  CHECK(f.clock == "0:50");
  CHECK(f.urgency == Urgency::LastMinute);
  CHECK(f.clock_caption == "Last minute");
  f = audience_frame(c, steps, 100 + 5 * 60 + 90);  // 1:30 over
  CHECK(f.clock == "+1:30");
  CHECK(f.urgency == Urgency::Over);
  CHECK(f.clock_caption == "Over time");
  c.pause(100 + 60);
  f = audience_frame(c, steps, 5000);
  CHECK(f.clock == "4:00");
  CHECK(f.clock_caption == "Paused");

  // The story shows on the step that projects it, with its attribution; the notes never do.
  REQUIRE(c.next(steps.size()));
  f = audience_frame(c, steps, 6000);
  CHECK(f.step_title == "Story circle");
  CHECK(f.step_of == "Step 2 of 2");
  CHECK(f.clock == "2:00");
  CHECK(f.clock_caption == "Time left");  // a new step starts at its full time, not "paused"
  CHECK(f.projected == "“I failed my first physics quiz and asked for help.”");
  CHECK(f.attribution == "— a student, grade 10");
  for (const std::string* text : {&f.step_title, &f.step_of, &f.clock, &f.clock_caption, &f.projected, &f.attribution}) {
    CHECK(text->find("Read it aloud") == std::string::npos);
    CHECK(text->find("Greet people") == std::string::npos);
  }

  // Equal frames compare equal (the platform redraws only on a change); any field differs.
  CHECK(audience_frame(c, steps, 6000) == f);
  c.start(6000);
  CHECK(audience_frame(c, steps, 6000.4) == f);   // still 2:00 on screen: nothing to redraw
  CHECK(audience_frame(c, steps, 6001.5) != f);   // the count-down ticked
}

TEST_CASE("audience frame: the UI's language for its words, the story's own language", "[facilitation]") {
  stempush::i18n::reset();
  stempush::i18n::load_core_catalogs();
  stempush::i18n::set_language(stempush::i18n::Language::Spanish);
  std::vector<Step> steps = audience_steps();
  StepClock c;
  c.next(steps.size());
  AudienceFrame f = audience_frame(c, steps, 0);
  CHECK(f.language == "es");
  CHECK(f.step_of == "Paso 2 de 2");
  CHECK(f.clock_caption == "Tiempo restante");
  CHECK(f.projected_language == "es");
  c.start(0);
  CHECK(audience_frame(c, steps, 200).clock_caption == "Tiempo excedido");
  CHECK(audience_frame(c, steps, 70).clock_caption == "Último minuto");
  c.pause(10);
  CHECK(audience_frame(c, steps, 20).clock_caption == "En pausa");

  // Belonging shows a story in English while the staff work in Spanish: the frame says so.
  steps[1].projected_language = "en";
  CHECK(audience_frame(c, steps, 20).projected_language == "en");
  CHECK(audience_frame(c, steps, 20).language == "es");

  // No steps: an empty frame, never a crash; a clock past the end shows the last step.
  CHECK(audience_frame(c, {}, 0).step_title.empty());
  StepClock far;
  far.go_to(1, 2);
  CHECK(audience_frame(far, {steps[0]}, 0).step_title == "Welcome");
  stempush::i18n::set_language(stempush::i18n::Language::English);
  stempush::i18n::reset();
}
