// Start-up phases as User Timing marks ("stempush:<phase>", ms since navigation), so that
// bench/web/web_bench.js can print where the time to the first frame goes. Used by the app
// (web/main.cpp) and by the bare Dear ImGui page it is compared with (bench/web/bare_main.cpp),
// which set the same marks at the same points. A mark costs a few microseconds.
#pragma once
#include <emscripten.h>

namespace stempush::web {
inline void perf_mark(const char* phase) {
  EM_ASM({ if (self.performance && performance.mark) performance.mark('stempush:' + UTF8ToString($0)); }, phase);
}
}  // namespace stempush::web
