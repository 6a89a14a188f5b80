// The frame pacing both platforms use: draw a few frames after input, on deadlines and while the
// shell asks; otherwise draw nothing and say how long to wait.
#include <catch2/catch_test_macros.hpp>

#include "stempush/frame_pacer.hpp"

using stempush::FramePacer;

namespace {
int frames_until_idle(FramePacer& pacer, bool wants, double deadline) {
  int drawn = 0;
  while (pacer.should_draw(wants, deadline) && drawn < 100) {
    pacer.drew();
    ++drawn;
  }
  return drawn;
}
}  // namespace

TEST_CASE("the first frames draw, then an idle app draws nothing and waits for input", "[pacing]") {
  FramePacer pacer;
  REQUIRE(frames_until_idle(pacer, false, -1) == FramePacer::kFramesAfterInput);
  REQUIRE_FALSE(pacer.should_draw(false, -1));
  REQUIRE(pacer.wait_seconds(false, -1) < 0);  // nothing due: sleep until input
  REQUIRE(pacer.idle(false, -1));
}

TEST_CASE("input wakes a few frames; more input during them does not add up", "[pacing]") {
  FramePacer pacer;
  frames_until_idle(pacer, false, -1);
  pacer.wake();
  REQUIRE(pacer.wait_seconds(false, -1) == 0);
  pacer.drew();
  pacer.wake();  // a second key press
  REQUIRE(frames_until_idle(pacer, false, -1) == FramePacer::kFramesAfterInput);
}

TEST_CASE("a deadline is waited for, then draws exactly one frame", "[pacing]") {
  FramePacer pacer;
  frames_until_idle(pacer, false, -1);
  REQUIRE(pacer.wait_seconds(false, 0.8) == 0.8);  // autosave in 0.8 s: sleep that long
  REQUIRE_FALSE(pacer.should_draw(false, 0.8));
  REQUIRE(pacer.should_draw(false, 0.0));  // due now: one frame
  pacer.drew();
  REQUIRE_FALSE(pacer.should_draw(false, 4.2));  // that frame moved the deadline on: idle again
  REQUIRE(pacer.should_draw(false, 0.01));  // within the slack counts as due
  pacer.drew();
  REQUIRE_FALSE(pacer.should_draw(false, -1));
}

TEST_CASE("while the shell wants frames (animation, queued input) every frame draws", "[pacing]") {
  FramePacer pacer;
  frames_until_idle(pacer, false, -1);
  REQUIRE(pacer.wait_seconds(true, -1) == 0);
  for (int i = 0; i < 50; ++i) {  // never idle while wanted
    REQUIRE(pacer.should_draw(true, -1));
    pacer.drew();
  }
  REQUIRE_FALSE(pacer.should_draw(false, -1));  // and idle as soon as it stops
}
