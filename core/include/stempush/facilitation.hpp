// A facilitated session as timed steps, and the clock that runs it: the model behind the core's
// facilitator view (stempush/ui/facilitator.hpp), without ImGui. Time always comes from the
// caller (ViewContext::now_seconds() in the app, plain numbers in tests), so nothing here reads
// a real clock.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace stempush::facilitation {

struct Step {
  std::string title;
  int minutes = 0;         // the time planned for the step
  std::string projected;   // large text the room reads (a story, a question); may be empty
  std::string attribution; // under the projected text, smaller ("— a student, grade 10")
  std::string notes;       // for the facilitator only
  std::string purpose;     // why the step is there (facilitator only); may be empty
  // The language of `projected` ("en", "es"), when it is not the UI's (belonging shows a story
  // in Spanish while the staff work in English); empty: the UI's language.
  std::string projected_language;
};

// Which step is showing and how long it has run. Moving to another step stops the clock and
// sets it back to the step's full time: the facilitator starts each step when the room is ready.
class StepClock {
 public:
  size_t step() const { return step_; }
  bool running() const { return running_; }

  void start(double now);   // also resumes after a pause; no effect while running
  void pause(double now);   // keeps the time counted so far; no effect while paused
  void toggle(double now);  // start or pause
  void restart(double now); // back to the step's full time, running or paused as before

  // Step moves within `step_count` steps; false (and no change) at either end.
  bool next(size_t step_count);
  bool previous();
  bool go_to(size_t step, size_t step_count);
  // Keeps the step inside a list that may have shrunk (steps removed while presenting).
  void clamp(size_t step_count);

  double elapsed(double now) const;                   // seconds counted in this step
  double remaining(double now, int minutes) const;    // negative once over time
  double overrun(double now, int minutes) const;      // seconds past the planned time, else 0

 private:
  size_t step_ = 0;
  bool running_ = false;
  double started_at_ = 0;  // when the clock last started
  double banked_ = 0;      // seconds counted before that
};

// "4:05" for time left, "+1:30" once over time; seconds round so that a fresh 5-minute step
// reads 5:00 and the display reaches 0:00 exactly when time is up.
std::string clock_text(double remaining_seconds);

// How a count-down should look: plenty of time, the last minute, or over time.
enum class Urgency { Normal, LastMinute, Over };
Urgency urgency(double remaining_seconds);

// What the room sees on the audience screen (the presenter's second window: a second SDL
// window natively, a second browser window on the web): the step, its count-down and the
// projected text, never the facilitator's notes. Plain data, in the UI's language, so that a
// platform can draw it however it draws (ImGui natively, the DOM in the browser) and redraw
// only when it differs from the frame it shows.
struct AudienceFrame {
  std::string language;       // "en" or "es": the UI language the words below are in
  std::string step_title;     // "Story circle"
  std::string step_of;        // "Step 2 of 7"
  std::string clock;          // "4:05", or "+1:30" once over time
  Urgency urgency = Urgency::Normal;
  std::string clock_caption;  // in words as well as colour: "Time left", "Last minute", "Over time", "Paused"
  std::string projected;      // the story or prompt; empty when the step has none
  std::string attribution;    // under it, smaller
  std::string projected_language;  // "en" or "es": the language of `projected`

  bool operator==(const AudienceFrame& o) const;
  bool operator!=(const AudienceFrame& o) const { return !(*this == o); }
};

// The frame for the step on `clock` at time `now` (an empty frame when there are no steps).
AudienceFrame audience_frame(const StepClock& clock, const std::vector<Step>& steps, double now);

}  // namespace stempush::facilitation
