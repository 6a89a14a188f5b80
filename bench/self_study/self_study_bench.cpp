// Self-study benchmark: a framework of 200 indicators (6 domains), 30 participants and 10
// cycles, all rated, built in memory. Times:
//   baseline   nlohmann::json::parse of the section text (what any loader pays at least)
//   load       parse + SelfStudyModel::from_json (full validation)
//   summaries  every cycle's summary, progress and consensus table
// and prints each with its ratio to the baseline, so that figures compare across machines.
// Undo: 20 edits (one rating each) through the core's EditHistory, whose steps hold patches, against
// the full snapshots it kept before (the section's JSON before and after each edit), measured in
// the same run: bytes per step and the time of a commit and an undo.
// With the view built, it also times one frame of the summary page (an ImGui context with no
// renderer: NewFrame, draw, Render) against a frame of a plain page of the same number of text
// lines (the least any ImGui page of that size costs).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cpu_clock.hpp"

#include "self_study/model/self_study_model.hpp"
#include "stempush/history.hpp"
#include "stempush/registry.hpp"
#include "stempush/workspace.hpp"

#ifdef STEMPUSH_BENCH_FRAME
#include "imgui.h"
#include "self_study/model/exports.hpp"
#include "self_study/view/self_study_view.hpp"
#include "stempush/i18n.hpp"
#include "stempush/profile.hpp"
#endif

namespace {

using Clock = bench::CpuClock;  // CPU time: see cpu_clock.hpp

constexpr int kDomains = 6, kIndicators = 200, kParticipants = 30, kCycles = 10, kRuns = 5;

self_study::Framework make_framework() {
  self_study::Framework framework = self_study::default_framework();  // its scale and domain names
  for (auto& domain : framework.domains) domain.standards.clear();
  for (int i = 0; i < kIndicators; ++i) {
    auto& domain = framework.domains[static_cast<size_t>(i % kDomains)];
    size_t standard_index = static_cast<size_t>((i / kDomains) % 4);
    while (domain.standards.size() <= standard_index) {
      self_study::Standard standard;
      standard.id = domain.id + ".s" + std::to_string(domain.standards.size() + 1);
      standard.title = "Standard " + standard.id;
      domain.standards.push_back(standard);
    }
    domain.standards[standard_index].indicators.push_back(
        {"i" + std::to_string(i), "Indicator number " + std::to_string(i) + " of the benchmark framework"});
  }
  return framework;
}

// Deterministic ratings: every state occurs, levels vary with participant, indicator and cycle.
void fill(self_study::SelfStudyModel& model) {
  model.set_framework(make_framework());
  for (int c = 0; c < kCycles; ++c) {
    char date[16];
    std::snprintf(date, sizeof date, "20%02d-%02d-01", 20 + c / 3, 1 + (c % 3) * 4);
    std::string cycle = model.add_cycle("Cycle " + std::to_string(c + 1), date);
    std::vector<std::string> people;
    for (int p = 0; p < kParticipants; ++p) people.push_back(model.add_participant(cycle, "Person " + std::to_string(p)));
    for (int i = 0; i < kIndicators; ++i) {
      std::string indicator = "i" + std::to_string(i);
      for (int p = 0; p < kParticipants; ++p) {
        int k = (i * 7 + p * 3 + c * 5) % 23;
        if (k == 0) model.set_rating(cycle, people[static_cast<size_t>(p)], indicator, self_study::RatingState::NotApplicable);
        else if (k == 1) model.set_rating(cycle, people[static_cast<size_t>(p)], indicator, self_study::RatingState::DontKnow);
        else model.set_rating(cycle, people[static_cast<size_t>(p)], indicator, self_study::RatingState::Rated, 1 + k % 4);
        if (k == 5) model.set_evidence(cycle, people[static_cast<size_t>(p)], indicator, "Seen in session notes", {"https://example.org/notes"});
      }
      model.set_consensus(cycle, indicator, self_study::RatingState::Rated, 1 + (i + c) % 4, "Agreed after discussion");
    }
  }
}

template <typename F>
double best_ms(F&& run) {
  double best = 1e300;
  for (int r = 0; r < kRuns; ++r) {
    auto start = Clock::now();
    run();
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  return best;
}

struct UndoFigures {
  double patch_commit_ms = 0, full_commit_ms = 0, patch_undo_ms = 0, full_undo_ms = 0;
  size_t patch_bytes = 0, full_bytes = 0;  // per step
  int steps = 0;
};

// The edits: one rating each, spread over cycles, people and indicators.
void edit(self_study::SelfStudyModel& model, int k) {
  const auto& cycle = model.cycles()[static_cast<size_t>(k % kCycles)];
  const auto& person = cycle.participants[static_cast<size_t>((k * 7) % kParticipants)];
  model.set_rating(cycle.id, person.id, "i" + std::to_string((k * 13) % kIndicators), self_study::RatingState::Rated,
                   1 + (k + 1) % 4);
}

UndoFigures time_undo() {
  constexpr int kEdits = 20;
  stempush::Registry registry;
  stempush::register_plugin_models(registry);
  UndoFigures f;
  f.steps = kEdits;
  using ms = std::chrono::duration<double, std::milli>;
  {  // the core's history: a patch per step
    stempush::Workspace ws(registry);
    auto& model = dynamic_cast<self_study::SelfStudyModel&>(*ws.plugin("self_study"));
    fill(model);
    stempush::EditHistory history(ws);
    auto start = Clock::now();
    for (int k = 0; k < kEdits; ++k) {
      edit(model, k);
      history.commit("self_study", "Rating");
    }
    f.patch_commit_ms = ms(Clock::now() - start).count() / kEdits;
    f.patch_bytes = history.steps_bytes() / kEdits;
    start = Clock::now();
    while (history.can_undo()) history.undo();
    f.patch_undo_ms = ms(Clock::now() - start).count() / kEdits;
  }
  {  // baseline: what the history kept before, the section's JSON before and after each edit
    stempush::Workspace ws(registry);
    auto& model = dynamic_cast<self_study::SelfStudyModel&>(*ws.plugin("self_study"));
    fill(model);
    struct Step {
      nlohmann::json before, after;
    };
    std::vector<Step> steps;
    nlohmann::json snapshot = ws.section("self_study");
    auto start = Clock::now();
    for (int k = 0; k < kEdits; ++k) {
      edit(model, k);
      nlohmann::json after = ws.section("self_study");
      if (after == snapshot) continue;
      steps.push_back({snapshot, after});
      snapshot = std::move(after);
    }
    f.full_commit_ms = ms(Clock::now() - start).count() / kEdits;
    for (auto& step : steps) f.full_bytes += step.before.dump().size() + step.after.dump().size();
    f.full_bytes /= kEdits;
    start = Clock::now();
    while (!steps.empty()) {
      ws.set_section("self_study", steps.back().before);
      snapshot = steps.back().before;
      steps.pop_back();
    }
    f.full_undo_ms = ms(Clock::now() - start).count() / kEdits;
  }
  return f;
}

#ifdef STEMPUSH_BENCH_FRAME
// What the summary page asks of the shell, answered with nothing.
class StubContext : public stempush::ViewContext {
 public:
  void commit(std::string_view, std::string_view) override {}
  void toast(std::string, bool) override {}
  void offer_file(std::string, std::string, std::string) override {}
  void pick_file(std::string, std::function<void(std::string, std::string)>) override {}
  void set_fullscreen(bool, bool) override {}
  void request_redraw() override {}
  const stempush::ProgramProfile& profile() const override { return profile_; }
  double now_seconds() const override { return 0; }
  stempush::PluginHost& host() override { return workspace_; }
  void open_page() override {}

 private:
  stempush::ProgramProfile profile_;
  stempush::Registry no_plugins_;
  stempush::Workspace workspace_{no_plugins_};
};

// One frame in a window the size of a laptop screen; `draw` fills it.
template <typename Draw>
size_t frame(Draw&& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("page", nullptr, ImGuiWindowFlags_NoDecoration);
  draw();
  ImGui::End();
  ImGui::Render();
  return static_cast<size_t>(ImGui::GetDrawData()->TotalVtxCount);
}

struct FrameTimes {
  double page_ms = 0, baseline_ms = 0;
  size_t page_vertices = 0;
};

FrameTimes time_summary_frame(self_study::SelfStudyModel& model) {
  stempush::i18n::load_core_catalogs();
  self_study::ensure_self_study_catalogs();
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1280, 800);
  io.IniFilename = nullptr;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->Build();
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // a renderer would upload this once

  self_study::SelfStudyView view(model);
  StubContext ctx;
  view.open(self_study::Page::Summary, model.latest_cycle()->id);
  for (int i = 0; i < 3; ++i) frame([&] { view.draw(ctx); });  // settle layout (tables size on frame 2)
  FrameTimes t;
  t.page_ms = best_ms([&] { t.page_vertices = frame([&] { view.draw(ctx); }); });
  // Baseline: a page of plain text lines, as many as a full summary page shows.
  t.baseline_ms = best_ms([&] {
    frame([] {
      for (int i = 0; i < 40; ++i) ImGui::Text("Line %d of a plain page with some words on it", i);
    });
  });
  ImGui::DestroyContext(context);
  return t;
}
#endif

}  // namespace

int main() {
  self_study::SelfStudyModel source;
  fill(source);
  const std::string text = source.to_json().dump();

  size_t sink = 0;  // results feed this so that the work cannot be optimised away
  double baseline = best_ms([&] { sink += nlohmann::json::parse(text).size(); });
  double serialise = best_ms([&] { sink += source.to_json().dump().size(); });
  self_study::SelfStudyModel loaded;
  double load = best_ms([&] {
    loaded.from_json(nlohmann::json::parse(text));
    sink += loaded.cycles().size();
  });
  double summaries = best_ms([&] {
    for (auto& cycle : loaded.cycles()) {
      auto summary = loaded.summary(cycle.id);
      auto progress = loaded.progress(cycle.id);
      auto rows = loaded.consensus(cycle.id);
      sink += summary.domains.size() + progress.size() + rows.size();
    }
  });

  std::printf("self-study bench: %d indicators x %d participants x %d cycles (%zu ratings), section %.1f MB\n",
              kIndicators, kParticipants, kCycles, static_cast<size_t>(kIndicators) * kParticipants * kCycles,
              static_cast<double>(text.size()) / 1e6);
  std::printf("best of %d runs\n", kRuns);
  std::printf("  baseline: json parse only   %8.2f ms   1.00x\n", baseline);
  std::printf("  save: to_json + dump        %8.2f ms   %5.2fx\n", serialise, serialise / baseline);
  std::printf("  load: parse + from_json     %8.2f ms   %5.2fx\n", load, load / baseline);
  std::printf("  all summaries (%d cycles)   %8.2f ms   %5.2fx\n", kCycles, summaries, summaries / baseline);
  const UndoFigures undo = time_undo();
  std::printf("undo: %d edits of one rating each; a step as the history keeps it (patches) vs full snapshots\n", undo.steps);
  std::printf("  baseline: full before+after  %10zu bytes/step  commit %7.2f ms  undo %7.2f ms\n", undo.full_bytes,
              undo.full_commit_ms, undo.full_undo_ms);
  std::printf("  history: patches             %10zu bytes/step  commit %7.2f ms  undo %7.2f ms\n", undo.patch_bytes,
              undo.patch_commit_ms, undo.patch_undo_ms);
  std::printf("  ratio patch / full           %10.5fx            commit %6.2fx    undo %6.2fx\n",
              double(undo.patch_bytes) / double(undo.full_bytes), undo.patch_commit_ms / undo.full_commit_ms,
              undo.patch_undo_ms / undo.full_undo_ms);
#ifdef STEMPUSH_BENCH_FRAME
  FrameTimes frame_times = time_summary_frame(loaded);
  std::printf("  frame baseline: 40 text lines %8.3f ms   1.00x\n", frame_times.baseline_ms);
  std::printf("  frame: summary page (latest) %8.3f ms   %5.2fx of the text page, %zu vertices\n",
              frame_times.page_ms, frame_times.page_ms / frame_times.baseline_ms, frame_times.page_vertices);
#else
  std::printf("  (built without the view: no frame timing)\n");
#endif
  std::printf("checksum %zu\n", sink);
  return 0;
}
