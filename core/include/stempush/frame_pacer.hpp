// When to draw a frame, the same rules on every platform (native/ and web/ only say what happened
// and how to wait). The app draws on demand: a few frames after any input (hover highlights,
// ImGui's one-change-per-frame input queue settle), every frame while the shell wants them
// (animations, pending input), one frame when a deadline comes due (autosave, a storage sync),
// and nothing at all while idle.
#pragma once
#include <algorithm>

namespace stempush {

class FramePacer {
 public:
  static constexpr int kFramesAfterInput = 3;
  static constexpr double kDeadlineSlack = 0.02;  // seconds: a deadline this close is due now

  // Input arrived, the window changed, a file was handed in: draw the next few frames.
  void wake() { frames_left_ = std::max(frames_left_, kFramesAfterInput); }

  // Whether to draw a frame now. `app_wants_frames`: App::wants_frames(); `deadline`:
  // App::next_deadline() (seconds; < 0 when there is none).
  bool should_draw(bool app_wants_frames, double deadline) {
    if (app_wants_frames || (deadline >= 0 && deadline <= kDeadlineSlack)) frames_left_ = std::max(frames_left_, 1);
    return frames_left_ > 0;
  }
  // Call after each frame drawn.
  void drew() {
    if (frames_left_ > 0) --frames_left_;
  }

  // How long the platform may wait for input before asking again: 0 = do not wait (draw on),
  // < 0 = until input (nothing is due), else seconds until the shell's next deadline. Natively
  // this is SDL_WaitEventTimeout's timeout; in the browser, how long the frame loop may pause.
  double wait_seconds(bool app_wants_frames, double deadline) const {
    if (frames_left_ > 0 || app_wants_frames) return 0;
    return deadline;
  }
  bool idle(bool app_wants_frames, double deadline) const { return wait_seconds(app_wants_frames, deadline) != 0; }

 private:
  int frames_left_ = kFramesAfterInput;  // the first frames draw the window at all
};

}  // namespace stempush
