// The belonging import and results, compiled to WebAssembly for the browser benchmark. The page
// (belonging_bench.html) asks for the same synthetic CSV as the native bench, times PapaParse on
// it, then times this.
#include <emscripten.h>
#include <emscripten/heap.h>

#include <string>

#include <nlohmann/json.hpp>

#include "bench_data.hpp"
#include "belonging/model/import.hpp"
#include "belonging/model/results.hpp"
#include "stempush/csv.hpp"

namespace {
std::string g_text;
}

extern "C" {
EMSCRIPTEN_KEEPALIVE const char* bench_make_csv(int rows, int seed) {
  g_text = bench::make_csv(belonging::default_data(), rows, unsigned(seed));
  return g_text.c_str();
}

// Imports `pre` and `post` into a fresh data set and computes the results page; returns JSON
// {"import_ms", "results_ms", "added", "paired", "heap_mb"}: heap_mb is the WebAssembly heap after
// it (it only grows: the page's high-water mark so far), "limit_mb" the largest file the app takes.
EMSCRIPTEN_KEEPALIVE const char* bench_import(const char* pre, const char* post) {
  auto data = belonging::default_data();
  double start = emscripten_get_now();
  size_t added = 0;
  for (auto [text, kind] : {std::pair{pre, belonging::SurveyKind::Pre}, std::pair{post, belonging::SurveyKind::Post}}) {
    belonging::ImportJob job(text, data, kind);
    while (!job.step(2000)) {
    }
    added += job.apply(data, false);
  }
  double import_ms = emscripten_get_now() - start;
  start = emscripten_get_now();
  auto results = belonging::compute_results(data, stempush::kDefaultMinGroupSize);
  double results_ms = emscripten_get_now() - start;
  g_text = nlohmann::json{{"import_ms", import_ms}, {"results_ms", results_ms}, {"added", added},
                          {"paired", results.counts.paired}, {"heap_mb", double(emscripten_get_heap_size()) / 1e6},
                          {"limit_mb", double(stempush::csv::max_import_bytes()) / 1e6}}.dump();
  return g_text.c_str();
}
}

int main() { return 0; }
