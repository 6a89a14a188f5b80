// The native benchmarks' clock: CPU time of the calling thread. On a machine shared with other
// work (CI, a 2-core box with several builds) wall time also counts the time the others ran;
// the work measured here is single-threaded, so its CPU time is what it takes on a free core.
#pragma once
#include <time.h>

#include <chrono>

namespace bench {

struct CpuClock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<CpuClock>;
  static constexpr bool is_steady = true;
  static time_point now() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(static_cast<rep>(ts.tv_sec) * 1000000000 + ts.tv_nsec));
  }
};

}  // namespace bench
