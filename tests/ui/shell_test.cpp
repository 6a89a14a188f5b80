// The shell driven as a user would: pages, the program profile, undo/redo, autosave, import.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <tuple>
#include <vector>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "harness.hpp"
#include "imgui_internal.h"
#include "stempush/storage.hpp"
#include "stempush/i18n.hpp"

using stempush::testing::Harness;
using nlohmann::json;

namespace {
json profile_of(const Harness& h) { return json::parse(h.workspace_json())["profile"]["data"]; }
// Turns the wheel over the page a few lines at a time until `label` is on screen: the home page
// grows with every installed plugin, so no fixed amount fits them all.
bool scroll_to(Harness& h, const std::string& label, const std::string& window = "Page") {
  for (int i = 0; i < 40 && !h.find(label, window); ++i) h.scroll("Page", 3);
  return h.find(label, window) != nullptr;
}
}  // namespace

TEST_CASE("every page of the shell opens", "[ui]") {
  Harness h;
  REQUIRE(h.current_page() == "#home");
  REQUIRE(h.has("Fill in the program profile"));  // plain text has no id; buttons do
  h.click("Program profile");
  REQUIRE(h.current_page() == "#profile");
  REQUIRE(h.find("Program name", "Page") != nullptr);  // the page's own field, not the sidebar entry
  for (auto& entry : h.registry.entries()) {
    INFO("plugin " << entry.id);
    auto model = entry.make_model();
    h.click(stempush::tr(model->info().title_key), "Sidebar");
    REQUIRE(h.current_page() == entry.id);
    REQUIRE(h.find("Program name", "Page") == nullptr);  // the profile page is gone
  }
  h.click("Home", "Sidebar");
  REQUIRE(h.current_page() == "#home");
  REQUIRE(h.has("Fill in the program profile"));
  // Home's own buttons open each plugin too.
  for (auto& entry : h.registry.entries()) {
    INFO("plugin " << entry.id);
    h.click("Home", "Sidebar");
    REQUIRE(h.current_page() == "#home");
    const std::string open = stempush::trf("home.open", {stempush::tr(entry.make_model()->info().title_key)});
    REQUIRE(scroll_to(h, open));
    // The card is one region named after the package, around its button.
    const auto* card = h.find(stempush::trf("home.card", {stempush::tr(entry.make_model()->info().title_key)}), "Page");
    REQUIRE(card);
    const auto* button = h.find(open, "Page");
    CHECK((button->y > card->y && button->y + button->h <= card->y + card->h));
    h.click(open, "Page");
    REQUIRE(h.current_page() == entry.id);
  }
  REQUIRE_FALSE(h.has("About"));
  h.click_menu("Help", "About");
  REQUIRE(h.has("Close"));
  // About names the release: the VERSION file's first line (the one source of the version, as
  // for `stempush-cli --version` and a workspace's app_version) and the platform running it.
  const auto version_file = stempush::read_file(std::string(STEMPUSH_SOURCE_DIR) + "/VERSION");
  REQUIRE(version_file);
  const std::string version = version_file->substr(0, version_file->find('\n'));
  INFO(h.dump_labels());
  CHECK(h.has("Version " + version + " \xc2\xb7 test harness"));

  h.click("Close");
  REQUIRE_FALSE(h.has("Close"));
}

TEST_CASE("fill the program profile, undo and redo it, and it survives a restart", "[ui]") {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage);
    h.click("Program profile");
    h.fill("Program name", "Academia de Ingeniería – Verano");
    h.fill("Region", "Pittsburgh, PA");
    h.click("Add a staff member");
    h.fill("Staff name 1", "Ana Núñez");
    h.fill("Staff role 1", "Director");
    json p = profile_of(h);
    REQUIRE(p["program_name"] == "Academia de Ingeniería – Verano");
    REQUIRE(p["region"] == "Pittsburgh, PA");
    REQUIRE(p["staff"].size() == 1);
    REQUIRE(p["staff"][0]["name"] == "Ana Núñez");

    // Undo the role, then the name, then the new staff row: one step each.
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(profile_of(h)["staff"][0]["role"] == "");
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(profile_of(h)["staff"][0]["name"] == "");
    h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
    REQUIRE(profile_of(h)["staff"].empty());
    h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
    REQUIRE(profile_of(h)["staff"].size() == 1);
    // Undo through the menu too.
    h.click_menu("Workspace", "Undo: Add a staff member");
    REQUIRE(profile_of(h)["staff"].empty());
    REQUIRE(profile_of(h)["region"] == "Pittsburgh, PA");
    REQUIRE_FALSE(h.saved());
    h.wait(2.0);  // autosave after a quiet moment
    REQUIRE(h.saved());
    REQUIRE(storage->files.count("workspace.json") == 1);
  }
  Harness restarted(storage);
  json p = profile_of(restarted);
  REQUIRE(p["program_name"] == "Academia de Ingeniería – Verano");
  REQUIRE(p["region"] == "Pittsburgh, PA");
}

TEST_CASE("a new workspace needs a confirmation", "[ui]") {
  Harness h;
  h.click("Program profile");
  h.fill("Program name", "Keep me");
  h.click_menu("Workspace", "New workspace…");
  REQUIRE(h.has("Clear and start new"));
  h.click("Cancel");
  REQUIRE(profile_of(h)["program_name"] == "Keep me");
  h.click_menu("Workspace", "New workspace…");
  h.click("Clear and start new");
  REQUIRE(profile_of(h)["program_name"] == "");
}

TEST_CASE("a damaged saved workspace is set aside and the last good backup is used", "[ui]") {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage);
    h.click("Program profile");
    h.fill("Program name", "Good data");
    h.wait(2.0);
  }
  {
    Harness h(storage);  // second session: its first save rotates the good file into backup-1
    h.click("Program profile");
    h.fill("Program name", "Good data, edited");
    h.wait(2.0);
  }
  storage->files["workspace.json"] = "{ this is not json";
  Harness h(storage);
  REQUIRE(h.has("We restored your work"));
  REQUIRE(profile_of(h)["program_name"] == "Good data");
  bool kept_aside = false;
  for (auto& [name, bytes] : storage->files)
    if (name.find("damaged") != std::string::npos && bytes == "{ this is not json") kept_aside = true;
  REQUIRE(kept_aside);
}

TEST_CASE("text size and theme persist", "[ui]") {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage);
    REQUIRE(h.app->settings().text_percent == 100);
    const float default_font = ImGui::GetFontSize();
    h.key(ImGuiKey_Equal, ImGuiMod_Ctrl);
    h.key(ImGuiKey_Equal, ImGuiMod_Ctrl);
    h.click_menu("View", "Dark theme");
    REQUIRE(h.app->settings().text_percent == 120);
    h.frames(2);
    CHECK(ImGui::GetFontSize() > default_font * 1.15f);  // the atlas is rebuilt at the new size
    h.click("View");
    CHECK(h.has("Text size: 120%"));
    h.key(ImGuiKey_Escape);
  }
  Harness h(storage);
  REQUIRE(h.app->settings().text_percent == 120);
  REQUIRE(h.app->settings().dark);
  h.key(ImGuiKey_0, ImGuiMod_Ctrl);
  CHECK(h.app->settings().text_percent == 100);
}

TEST_CASE("text size steps from 75% to 200% in 10% steps; an older pixel setting is read as a percentage", "[ui]") {
  using stempush::AppSettings;
  CHECK(AppSettings::step_percent(100, +1) == 110);
  CHECK(AppSettings::step_percent(190, +1) == 200);
  CHECK(AppSettings::step_percent(200, +1) == 200);
  CHECK(AppSettings::step_percent(80, -1) == 75);
  CHECK(AppSettings::step_percent(75, -1) == 75);
  CHECK(AppSettings::step_percent(75, +1) == 80);
  CHECK(AppSettings::step_percent(150, 0) == 100);
  CHECK(AppSettings::clamp_percent(300) == 200);
  CHECK(AppSettings::clamp_percent(10) == 75);
  CHECK(AppSettings::clamp_percent(117) == 120);
  auto storage = std::make_shared<stempush::MemoryStorage>();
  storage->files["settings.json"] = R"({"font_size": 20.0, "dark": false})";  // 20 px of the default 17
  Harness h(storage);
  CHECK(h.app->settings().text_percent == 120);
  // The menu stops at the ends.
  for (int i = 0; i < 15; ++i) h.key(ImGuiKey_Minus, ImGuiMod_Ctrl);
  CHECK(h.app->settings().text_percent == 75);
}

TEST_CASE("the sidebar can be hidden; its pages are then in the Go to menu", "[ui]") {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage, 1024, 768);
    REQUIRE((h.find("Program profile", "Sidebar") != nullptr));
    h.click_menu("View", "Show the sidebar");
    CHECK(h.app->settings().sidebar_hidden);
    CHECK_FALSE((h.find("Program profile", "Sidebar") != nullptr));
    h.click_menu("Go to", "Program profile");
    CHECK(h.current_page() == "#profile");
  }
  Harness h(storage, 1024, 768);  // remembered
  CHECK_FALSE((h.find("Program profile", "Sidebar") != nullptr));
  h.click_menu("View", "Show the sidebar");
  CHECK((h.find("Program profile", "Sidebar") != nullptr));
}

TEST_CASE("export writes the workspace to the chosen file natively", "[ui]") {
  Harness h;
  h.click("Program profile");
  h.fill("Program name", "Exported program");
  h.click_menu("Workspace", "Export to a file…");
  REQUIRE(h.has("Save"));
  char folder[] = "/tmp/stempush-export-XXXXXX";
  REQUIRE(::mkdtemp(folder));
  const std::string path = std::string(folder) + "/program.json";
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.click("Save");
  auto bytes = stempush::read_file(path);
  REQUIRE(bytes);
  REQUIRE(json::parse(*bytes)["profile"]["data"]["program_name"] == "Exported program");
  REQUIRE_FALSE(h.has("Save"));

  // Import it back after a change: nothing happens until the user confirms.
  h.fill("Program name", "Changed");
  h.click_menu("Workspace", "Import from a file…");
  h.fill("File path", path);
  h.click("Open");
  REQUIRE(h.has("Replace with the imported file"));
  REQUIRE(profile_of(h)["program_name"] == "Changed");
  h.click("Replace with the imported file");
  REQUIRE(profile_of(h)["program_name"] == "Exported program");
}

TEST_CASE("importing a file that is not a workspace shows why and keeps the data", "[ui]") {
  Harness h;
  h.click("Program profile");
  h.fill("Program name", "Keep me");
  char folder[] = "/tmp/stempush-import-XXXXXX";
  REQUIRE(::mkdtemp(folder));
  const std::string path = std::string(folder) + "/grades.csv";
  stempush::write_file_atomic(path, "name,grade\nAna,A\n");
  h.click_menu("Workspace", "Import from a file…");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type(path);
  h.click("Open");
  REQUIRE(h.has("OK"));
  bool told = false;
  for (auto& m : h.app->messages()) told = told || m.find("grades.csv") != std::string::npos;
  REQUIRE(told);
  REQUIRE(profile_of(h)["program_name"] == "Keep me");
}

TEST_CASE("the embedded font has Spanish letters and typographic punctuation", "[ui]") {
  Harness h;
  for (ImWchar c : {L'á', L'é', L'í', L'ó', L'ú', L'ñ', L'Ñ', L'¿', L'¡', L'ü', L'–', L'—', L'“', L'”', L'‘', L'’', L'…', L'›'}) {
    INFO("U+" << std::hex << int(c));
    REQUIRE(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(c) != nullptr);
  }
}

TEST_CASE("the interface switches to Spanish and back, and remembers it", "[ui]") {
  auto storage = std::make_shared<stempush::MemoryStorage>();
  {
    Harness h(storage);
    h.click_menu("View", "Español");
    REQUIRE(h.has("Perfil del programa"));
    REQUIRE(h.has("Espacio de trabajo"));
  }
  Harness h(storage);
  REQUIRE(h.has("Perfil del programa"));
  h.click_menu("Ver", "English");
  REQUIRE(h.has("Program profile"));
}

TEST_CASE("the mouse wheel scrolls a long page", "[ui]") {
  Harness h(nullptr, 1280, 360);  // a short window: the home page does not fit
  REQUIRE(h.find("Open Ecological belonging") == nullptr);
  REQUIRE(scroll_to(h, "Open Ecological belonging"));
}

// The desktop's own file dialog (AppPlatform::choose_file): export writes where the user chose,
// import reads what they chose, a cancelled dialog changes nothing, and a file that cannot be
// read is a message, not a crash. The shell's path prompt is not shown at all.
TEST_CASE("on a touch screen a swipe scrolls the page and taps nothing; a tap still taps", "[ui][touch]") {
  Harness h(nullptr, 1280, 360);  // a short window: the home page does not fit
  REQUIRE(h.find("Open Ecological belonging") == nullptr);
  const auto* first = h.find("Fill in the program profile");
  REQUIRE(first);
  const float y0 = first->y;
  // Up the screen: the page moves with the finger, and the button the finger started on is not
  // pressed (the page is still Home).
  h.swipe("Fill in the program profile", 0, -150);
  CHECK(h.current_page() == "#home");
  const auto* moved = h.find("Fill in the program profile");
  if (moved) CHECK(moved->y < y0 - 100);  // scrolled by about the finger's way (or off the top)
  for (int i = 0; i < 6 && !h.has("Open Ecological belonging"); ++i) {
    auto& items = stempush::automation::items();
    std::string anchor;
    for (auto& item : items)
      if (item.window.find("Page") != std::string::npos && !item.label.empty()) anchor = item.label;
    REQUIRE_FALSE(anchor.empty());
    h.swipe(anchor, 0, -150);
    CHECK(h.current_page() == "#home");
  }
  REQUIRE(h.has("Open Ecological belonging"));
  // A tap (no travel) presses as a click does.
  h.tap("Open Ecological belonging");
  CHECK(h.current_page() == "belonging");
}

TEST_CASE("on a touch screen nothing stays highlighted under a lifted finger", "[ui][touch]") {
  Harness h;
  const auto* button = h.find("Fill in the program profile");
  REQUIRE(button);
  ImGuiIO& io = ImGui::GetIO();
  // The finger as SDL reports it, and nothing more: no event says it left the glass.
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(button->x + 4, button->y + button->h * 0.5f);
  h.frames(1);
  io.AddMouseButtonEvent(0, true);
  h.frames(1);
  CHECK(ImGui::GetCurrentContext()->HoveredId != 0);  // under the finger while it touches
  io.AddMouseButtonEvent(0, false);
  h.frames(3);
  CHECK(h.current_page() == "#profile");  // the tap pressed it
  CHECK(ImGui::GetCurrentContext()->HoveredId == 0);
  CHECK_FALSE(ImGui::IsMousePosValid());
  // A mouse keeps its hover: only a finger is gone when lifted.
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(4, 4);
  h.frames(1);
  io.AddMouseButtonEvent(0, true);
  h.frames(1);
  io.AddMouseButtonEvent(0, false);
  h.frames(3);
  CHECK(ImGui::IsMousePosValid());
}

TEST_CASE("with a system file dialog, export and import use the chosen paths", "[ui][dialogs]") {
  char folder[] = "/tmp/stempush-dialog-XXXXXX";
  REQUIRE(::mkdtemp(folder));
  std::vector<std::string> asked;                      // what the dialog was asked, in order
  std::optional<stempush::AppPlatform::ChosenFile> answer;  // what the user picks next
  Harness h(nullptr, 1280, 800, false, [&](stempush::AppPlatform& p) {
    p.choose_file = [&](bool save, const std::string& what) {
      asked.push_back((save ? "save " : "open ") + what);
      return answer;
    };
  });
  h.click("Program profile");
  h.fill("Program name", "Chosen file");

  // Cancelled: nothing written, no in-app prompt.
  answer.reset();
  h.click_menu("Workspace", "Export to a file…");
  REQUIRE(asked.size() == 1);
  REQUIRE(asked[0].rfind("save stempush-workspace-", 0) == 0);
  REQUIRE_FALSE(h.has("Save"));

  const std::string path = std::string(folder) + "/mine.json";
  answer = stempush::AppPlatform::ChosenFile{path, "mine.json"};
  h.click_menu("Workspace", "Export to a file…");
  auto bytes = stempush::read_file(path);
  REQUIRE(bytes);
  REQUIRE(json::parse(*bytes)["profile"]["data"]["program_name"] == "Chosen file");
  REQUIRE(h.app->messages().back() == "Saved " + path);

  h.fill("Program name", "Changed");
  h.click_menu("Workspace", "Import from a file…");
  REQUIRE(asked.back() == "open .json,application/json");
  h.click("Replace with the imported file");
  REQUIRE(profile_of(h)["program_name"] == "Chosen file");

  answer = stempush::AppPlatform::ChosenFile{std::string(folder) + "/gone.json", "gone.json"};
  h.click_menu("Workspace", "Import from a file…");
  REQUIRE_THAT(h.app->messages().back(), Catch::Matchers::ContainsSubstring("gone.json"));
  REQUIRE(profile_of(h)["program_name"] == "Chosen file");
  REQUIRE_FALSE(h.has("Open"));
}

namespace {
// Storage whose sync ends later, on its own, as IndexedDB's does in the browser.
struct AsyncSyncStorage : stempush::MemoryStorage {
  bool pending = false;
  std::string error;
  void flush() override { pending = true; }
  bool flush_pending() const override { return pending; }
  std::string flush_error() const override { return error; }
};
}  // namespace

TEST_CASE("a storage sync that ends with no input still asks for a frame, so its result is shown", "[ui]") {
  auto storage = std::make_shared<AsyncSyncStorage>();
  Harness h(storage);
  h.click("Program profile");
  h.fill("Program name", "Too big to save");
  h.wait(5);  // autosave: the sync starts and is still running
  REQUIRE(storage->pending);
  h.frames(3);
  REQUIRE_FALSE(h.app->wants_frames());  // idle while the sync runs: nothing new to show

  // The sync fails later (quota), with no input: the app must ask to draw, then tell the user.
  storage->pending = false;
  storage->error = "The browser's storage has no room left.";
  CHECK(h.app->wants_frames());
  h.frames(1);
  CHECK_FALSE(h.app->wants_frames());
  const auto& messages = h.app->messages();
  CHECK(std::count(messages.begin(), messages.end(), storage->error) == 1);
  CHECK_FALSE(h.saved());

  // A later sync that succeeds is news too: the status bar goes back to "saved".
  storage->error.clear();
  CHECK(h.app->wants_frames());
  h.frames(1);
  CHECK_FALSE(h.app->wants_frames());
  CHECK(h.saved());
}

TEST_CASE("a toast asks for no frame of its own: it stays until the next frame after its time", "[ui]") {
  Harness h;
  auto toast_on_screen = [] {
    const auto& names = stempush::automation::windows();
    return std::any_of(names.begin(), names.end(), [](const std::string& w) { return w.rfind("##toast", 0) == 0; });
  };
  h.app->notify("Your browser may delete data saved here.", false);
  h.frames(2);
  REQUIRE(toast_on_screen());
  // Nothing is due: the platform may sleep until input, however long (an idle tab draws nothing).
  CHECK_FALSE(h.app->wants_frames());
  CHECK(h.app->next_deadline() < 0);
  // Still there on a frame before its time is up (someone moved the mouse after 4 s)...
  h.wait(4);
  CHECK(toast_on_screen());
  // ...and gone with the first frame after it, whenever input brings one.
  h.wait(60);
  CHECK_FALSE(toast_on_screen());
  CHECK(h.app->messages().back() == "Your browser may delete data saved here.");
  CHECK(h.app->next_deadline() < 0);
}

TEST_CASE("toasts stack without one running under the next, a long one included", "[ui]") {
  Harness h;
  h.app->notify("Your browser may delete data saved here when space runs low. Export the workspace now and then "
                "(Workspace > Export) to keep a copy.",
                false);
  h.app->notify("Imported 5 students from applications-2026.csv. 1 row was left out.", false);
  h.app->notify("Saved.", true);
  h.frames(3);  // a window that sizes itself to its text measures it on the frame it appears
  std::vector<ImRect> toasts;
  for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->Active && std::string(w->Name).rfind("##toast", 0) == 0) toasts.push_back(w->Rect());
  REQUIRE(toasts.size() == 3);
  std::sort(toasts.begin(), toasts.end(), [](const ImRect& a, const ImRect& b) { return a.Min.y < b.Min.y; });
  for (size_t i = 0; i + 1 < toasts.size(); ++i) {
    INFO("toast " << i << " ends at y=" << toasts[i].Max.y << ", the next starts at y=" << toasts[i + 1].Min.y);
    CHECK(toasts[i].Max.y <= toasts[i + 1].Min.y);
  }
  CHECK(toasts.front().Min.y >= 0);
  CHECK(toasts.back().Max.y <= 800);
  CHECK(toasts.front().GetHeight() > toasts.back().GetHeight());  // the long one wraps to more lines
}
