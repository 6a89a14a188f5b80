#include "stempush/facilitation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "stempush/i18n.hpp"

namespace stempush::facilitation {

void StepClock::start(double now) {
  if (running_) return;
  started_at_ = now;
  running_ = true;
}

void StepClock::pause(double now) {
  if (!running_) return;
  banked_ += std::max(0.0, now - started_at_);
  running_ = false;
}

void StepClock::toggle(double now) { running_ ? pause(now) : start(now); }

void StepClock::restart(double now) {
  banked_ = 0;
  started_at_ = now;
}

bool StepClock::go_to(size_t step, size_t step_count) {
  if (step >= step_count || step == step_) return false;
  step_ = step;
  banked_ = 0;
  running_ = false;
  return true;
}

bool StepClock::next(size_t step_count) { return go_to(step_ + 1, step_count); }
bool StepClock::previous() { return step_ > 0 && go_to(step_ - 1, step_ + 1); }

void StepClock::clamp(size_t step_count) {
  if (step_count > 0 && step_ >= step_count) go_to(step_count - 1, step_count);
}

double StepClock::elapsed(double now) const { return banked_ + (running_ ? std::max(0.0, now - started_at_) : 0.0); }

double StepClock::remaining(double now, int minutes) const { return minutes * 60.0 - elapsed(now); }

double StepClock::overrun(double now, int minutes) const { return std::max(0.0, -remaining(now, minutes)); }

std::string clock_text(double remaining) {
  const bool over = remaining < 0;
  // Time left rounds up (4:59.2 left shows 5:00 until a whole second has gone); time over
  // rounds down (the first "+0:01" appears a full second after time is up).
  const long total = over ? long(std::floor(-remaining)) : long(std::ceil(remaining));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%ld:%02ld", over && total > 0 ? "+" : "", total / 60, total % 60);
  return buf;
}

Urgency urgency(double remaining) {
  if (remaining < 0) return Urgency::Over;
  if (remaining <= 60) return Urgency::LastMinute;
  return Urgency::Normal;
}

bool AudienceFrame::operator==(const AudienceFrame& o) const {
  auto fields = [](const AudienceFrame& f) {
    return std::tie(f.language, f.step_title, f.step_of, f.clock, f.urgency, f.clock_caption, f.projected,
                    f.attribution, f.projected_language);
  };
  return fields(*this) == fields(o);
}

AudienceFrame audience_frame(const StepClock& clock, const std::vector<Step>& steps, double now) {
  AudienceFrame frame;
  frame.language = i18n::language_code(i18n::language());
  if (steps.empty()) return frame;
  const size_t index = std::min(clock.step(), steps.size() - 1);
  const Step& step = steps[index];
  frame.step_title = step.title;
  frame.step_of = trf("facilitator.step_of", {std::to_string(index + 1), std::to_string(steps.size())});
  const double left = clock.remaining(now, step.minutes);
  frame.clock = clock_text(left);
  frame.urgency = urgency(left);
  const bool paused = !clock.running() && clock.elapsed(now) > 0;
  frame.clock_caption = frame.urgency == Urgency::Over         ? tr("facilitator.audience.over_time")
                        : paused                               ? tr("facilitator.audience.paused")
                        : frame.urgency == Urgency::LastMinute ? tr("facilitator.audience.last_minute")
                                                               : tr("facilitator.audience.time_left");
  frame.projected = step.projected;
  frame.attribution = step.attribution;
  frame.projected_language = step.projected_language.empty() ? frame.language : step.projected_language;
  return frame;
}

}  // namespace stempush::facilitation
