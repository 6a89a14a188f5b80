#include "stempush/facilitation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

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

}  // namespace stempush::facilitation
