#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include "stempush/facilitation.hpp"

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
