// The survey collector (see stempush/ui/survey_ui.hpp): the collect page with its ways, the kiosk
// set-up (staff PIN, start) and the typed grid. The import page and the kiosk screens are in
// survey_import_ui.cpp and survey_kiosk_ui.cpp.
#include <algorithm>

#include "stempush/i18n_plural.hpp"
#include "survey_ui_internal.hpp"

namespace stempush::ui {

namespace survey_text {
const char* T(const char* key) { return stempush::tr(std::string("survey.") + key); }
std::string TF(const char* key, const std::vector<std::string>& args) {
  return stempush::trf(std::string("survey.") + key, args);
}
std::string TN(const char* key, long long count, const std::vector<std::string>& args) {
  return stempush::trn(std::string("survey.") + key, count, args);
}
const char* T_in(i18n::Language lang, const char* key) { return i18n::tr_in(lang, std::string("survey.") + key); }
std::string TF_in(i18n::Language lang, const char* key, const std::vector<std::string>& args) {
  return i18n::fill(T_in(lang, key), args);
}
}  // namespace survey_text

using namespace survey_text;
using survey::Item;
using survey::ItemType;

void survey_picker(const std::vector<SurveyTarget>& targets, size_t& target) {
  if (target >= targets.size()) target = 0;
  if (targets.size() < 2) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("collect.which_survey"));
  for (size_t i = 0; i < targets.size(); ++i) {
    ImGui::SameLine();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::RadioButton(targets[i].label.c_str(), target == i)) target = i;
    ImGui::PopID();
  }
}

SurveyCollector::SurveyCollector() : state_(std::make_unique<State>()) {}
SurveyCollector::~SurveyCollector() = default;

bool SurveyCollector::kiosk_running() const { return state_->kiosk != nullptr; }

namespace {

// What the shell keeps on the device while a kiosk runs (opaque to it).
std::string session_json(const SurveyCollector::State& s) {
  // Members set one by one, not a nested initializer list: the same JSON (an object's keys are
  // sorted either way) from about a third of the WebAssembly code (docs/ARCHITECTURE.md).
  nlohmann::json out;
  out["header"] = s.kiosk_header;
  out["pin_hash"] = s.kiosk_pin_hash;
  nlohmann::json& target = out["target"];
  target["index"] = s.kiosk_target_index;
  target["label"] = s.kiosk_target.label;
  target["name"] = s.kiosk_target.name;
  out["kiosk"] = s.kiosk->state_json();
  return out.dump();
}

// Reopens the kiosk a session describes on the survey it was collecting; false (and the kiosk
// stays closed) when the session is unreadable or its survey is not among `targets`.
bool reopen(SurveyCollector::State& s, ViewContext& ctx, const std::vector<SurveyTarget>& targets,
            const nlohmann::json& session) {
  try {
    const auto& t = session.at("target");
    const std::string label = t.at("label").get<std::string>(), name = t.at("name").get<std::string>();
    const SurveyTarget* found = nullptr;
    size_t index = 0;
    for (size_t i = 0; i < targets.size() && !found; ++i)
      if (name.empty() ? targets[i].label == label : targets[i].name == name) found = &targets[i], index = i;
    if (!found || !found->bank || !found->responses || found->bank->items.empty()) return false;
    s.kiosk_pin_hash = session.at("pin_hash").get<std::string>();
    s.kiosk = std::make_unique<survey::Kiosk>(*found->bank, *found->responses, s.kiosk_pin_hash);
    s.kiosk->restore(session.at("kiosk"), ctx.now_seconds());
    s.kiosk_header = session.at("header").get<std::string>();
    s.kiosk_target = {found->label, nullptr, nullptr, found->name};
    s.kiosk_target_index = index;
    s.kiosk_saved_seen = s.kiosk->saved_responses();
    s.kiosk_persisted.clear();
    ++s.kiosk_student;
    return true;
  } catch (const std::exception&) {  // a session written by another version, or damaged
    s.kiosk.reset();
    return false;
  }
}

}  // namespace

bool SurveyCollector::draw_running_kiosk(ViewContext& ctx, const std::vector<SurveyTarget>& targets,
                                         const SurveyCommit& commit) {
  State& s = *state_;
  if (!s.kiosk && !s.paused) {
    const std::string kept = ctx.kiosk_session();
    if (!kept.empty()) {
      // Parsed as a string_view, like every JSON text the app reads: a std::string argument
      // instantiates a second copy of nlohmann_json's parser (14 KB of WebAssembly).
      const auto session = nlohmann::json::parse(std::string_view(kept), nullptr, false);
      if (!reopen(s, ctx, targets, session)) {
        s.paused = true;
        s.kiosk_header = session.is_object() && session.value("header", nlohmann::json()).is_string()
                             ? session["header"].get<std::string>() : std::string();
        s.kiosk_pin_hash = session.is_object() && session.value("pin_hash", nlohmann::json()).is_string()
                               ? session["pin_hash"].get<std::string>() : std::string();
        int failed = 0;
        if (session.is_object() && session.contains("kiosk") && session["kiosk"].is_object())
          failed = session["kiosk"].value("failed_pins", 0);
        s.paused_guard.restore(failed, ctx.now_seconds());
      }
      ctx.set_fullscreen(true, /*locked*/ true);
    }
  }
  if (s.paused) {
    draw_paused_kiosk(s, ctx);
    if (!s.paused) {
      ctx.end_kiosk_session();
      ctx.set_fullscreen(false);
      return false;
    }
    return true;
  }
  if (!s.kiosk) return false;
  survey::Kiosk& k = *s.kiosk;
  // A saved response is a model change like any other: record it (undo, autosave) right away so
  // that a device that dies mid-session keeps every finished student.
  if (k.saved_responses() != s.kiosk_saved_seen) {
    s.kiosk_saved_seen = k.saved_responses();
    commit({T("kiosk.response_saved"), "", ""});
  }
  if (k.screen() == survey::Kiosk::Screen::Closed) {
    std::string closed = TN("kiosk.closed", k.saved_responses());
    if (k.failed_pin_attempts() > 0)  // staff learn that someone tried PINs while it ran
      closed += " " + TN("kiosk.wrong_pins_tried", k.failed_pin_attempts());
    s.kiosk.reset();
    ctx.end_kiosk_session();
    ctx.set_fullscreen(false);
    ctx.toast(closed, false);
    return false;
  }
  draw_kiosk_screen(s, ctx);
  // The screen may have saved a student this frame: record it now, not on the next input.
  if (s.kiosk && s.kiosk->saved_responses() != s.kiosk_saved_seen) {
    s.kiosk_saved_seen = s.kiosk->saved_responses();
    commit({T("kiosk.response_saved"), "", ""});
  }
  // Keep the kiosk's state on the device after every change, so a reload reopens it here.
  if (s.kiosk) {
    std::string now = session_json(s);
    if (now != s.kiosk_persisted) {
      ctx.keep_kiosk_session(now);
      s.kiosk_persisted = std::move(now);
    }
  }
  return true;
}

bool SurveyCollector::draw_running_kiosk(ViewContext& ctx, const SurveyCommit& commit) {
  return draw_running_kiosk(ctx, {}, commit);
}

void SurveyCollector::draw(ViewContext& ctx, const std::vector<SurveyTarget>& targets, std::string& pin_hash,
                           const SurveyCommit& commit) {
  auto tab = [&](const char* key, Way which) {
    if (ImGui::RadioButton(T(key), way == which)) way = which;
    ImGui::SameLine();
  };
  tab("collect.kiosk", Way::Kiosk);
  tab("collect.import", Way::Import);
  tab("collect.grid", Way::Grid);
  ImGui::NewLine();
  ImGui::Separator();
  switch (way) {
    case Way::Kiosk: draw_kiosk_setup(ctx, targets, pin_hash, commit); break;
    case Way::Import: draw_import(ctx, targets, commit); break;
    case Way::Grid: draw_grid(ctx, targets, commit); break;
  }
}

void SurveyCollector::draw_kiosk_setup(ViewContext& ctx, const std::vector<SurveyTarget>& targets,
                                       std::string& pin_hash, const SurveyCommit& commit) {
  State& s = *state_;
  ui::help_text(T("kiosk.help"));
  survey_picker(targets, target);
  ui::section_heading(T("kiosk.pin_heading"));
  const bool has_pin = !pin_hash.empty();
  ui::help_text(has_pin ? T("kiosk.pin_is_set") : T("kiosk.pin_not_set"));
  ui::FieldOptions pin;
  pin.width = ImGui::GetFontSize() * 8;
  pin.flags = ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue;
  pin.name = T("kiosk.pin");  // one name whether it reads "PIN" or "New PIN"
  bool enter = ui::labelled_field(has_pin ? T("kiosk.new_pin") : T("kiosk.pin"), &s.new_pin, pin);
  ImGui::SameLine();
  if (ImGui::Button(T("kiosk.set_pin")) || enter) {
    if (!survey::is_valid_pin(s.new_pin)) {
      s.new_pin_error = T("kiosk.pin_invalid");
    } else {
      pin_hash = survey::hash_pin(s.new_pin);  // only the salted hash is kept
      s.new_pin.clear();
      s.new_pin_error.clear();
      commit({T("kiosk.set_pin"), "", ""});
      ctx.toast(T("kiosk.pin_saved"));
    }
  }
  if (!s.new_pin_error.empty()) ui::styled_text(ui::TextStyle::Error, s.new_pin_error.c_str());

  ImGui::Spacing();
  const SurveyTarget* t = targets.empty() ? nullptr : &targets[target];
  // The label on every kiosk screen: chosen here, for this session. It starts as the chosen
  // survey's name and follows the picker until staff change it.
  if (t && s.header_filled_from != t->label && (s.header_field.empty() || s.header_field == s.header_filled_from)) {
    s.header_field = t->label;
    s.header_filled_from = t->label;
  }
  ui::FieldOptions header;
  header.hint = T("kiosk.header_hint");
  header.width = ImGui::GetFontSize() * 24;
  ui::labelled_field(T("kiosk.header_label"), &s.header_field, header);
  ui::help_text(T("kiosk.header_help"));
  const bool has_header = survey::fold(s.header_field).size() > 0;
  const bool can_start = !pin_hash.empty() && t && t->bank && t->responses && !t->bank->items.empty() && has_header;
  ImGui::BeginDisabled(!can_start);
  if (ui::primary_button(T("kiosk.start")) && can_start) {
    s.kiosk = std::make_unique<survey::Kiosk>(*t->bank, *t->responses, pin_hash);
    s.kiosk_saved_seen = 0;
    s.kiosk_code.clear();
    s.kiosk_pin_entry.clear();
    s.kiosk_message.clear();
    s.kiosk_header = s.header_field;
    s.kiosk_pin_hash = pin_hash;
    s.kiosk_target = {t->label, nullptr, nullptr, t->name};
    s.kiosk_target_index = target;
    s.kiosk_persisted.clear();
    // Chosen afresh next time: a label never carries over silently to another session.
    s.header_field.clear();
    s.header_filled_from.clear();
    ctx.set_fullscreen(true, /*locked*/ true);
  }
  ImGui::EndDisabled();
  if (pin_hash.empty()) ui::help_text(T("kiosk.start_needs_pin"));
  else if (!has_header) ui::help_text(T("kiosk.start_needs_header"));
}

void SurveyCollector::draw_import(ViewContext& ctx, const std::vector<SurveyTarget>& targets,
                                  const SurveyCommit& commit) {
  draw_import_page(*state_, ctx, targets, target, commit);
}

// ---- Grid -----------------------------------------------------------------------------------

namespace {

// The hover text of a question's column: its text and what a cell takes.
std::string column_help(const Item& item) {
  std::string out = item.text.en + "\n";
  switch (item.type) {
    case ItemType::Scale:
      out += TF("grid.scale_range", {std::to_string(item.points)});
      if (item.reverse) out += T("grid.reverse");
      break;
    case ItemType::SingleChoice:
    case ItemType::MultipleChoice:
      out += T(item.type == ItemType::SingleChoice ? "grid.type_single" : "grid.type_multiple");
      for (auto& o : item.options) out += "\n  " + o.id + ": " + o.text.en;
      break;
    case ItemType::ShortText: out += T("grid.type_text"); break;
  }
  return out;
}

// Why a typed cell was not stored, in the staff's language.
std::string refusal(const Item& item, const std::string& code, const std::string& column) {
  switch (item.type) {
    case ItemType::Scale: return TF("grid.refused", {code, column, std::to_string(item.points)});
    case ItemType::ShortText: return TF("grid.refused_text", {code, column});
    default: return TF("grid.refused_choice", {code, column});
  }
}

}  // namespace

void SurveyCollector::draw_grid(ViewContext& ctx, const std::vector<SurveyTarget>& targets,
                                const SurveyCommit& commit) {
  State& s = *state_;
  ui::help_text(T("grid.help"));
  survey_picker(targets, target);
  if (targets.empty() || !targets[target].bank || !targets[target].responses) return;
  const SurveyTarget& t = targets[target];
  survey::ResponseSet& set = *t.responses;
  const auto& items = t.bank->items;

  // Add a student by code (never a name: the code rule refuses plain words).
  ui::FieldOptions new_code;
  new_code.hint = T("grid.new_code_hint");
  new_code.width = ImGui::GetFontSize() * 10;
  new_code.flags = ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_EnterReturnsTrue;
  bool enter = ui::labelled_field(T("grid.new_code"), &s.grid_new_code, new_code);
  ImGui::SameLine();
  if ((ImGui::Button(T("grid.add_student")) || enter) && !items.empty()) {
    auto code = survey::normalize_code(s.grid_new_code);
    if (!code) s.grid_error = survey::code_problem(s.grid_new_code);
    else if (set.find(*code)) s.grid_error = TF("grid.code_exists", {*code});
    else if (set.add_student(*code).empty()) {
      s.grid_new_code.clear();
      s.grid_error.clear();
      commit({T("grid.add_student"), "", ""});
    }
  }
  if (!s.grid_error.empty()) ui::styled_text(ui::TextStyle::Error, s.grid_error.c_str());

  if (set.responses.empty()) {
    ui::empty_state(T("grid.empty"), T("grid.empty_hint"));
    return;
  }
  ui::help_text(T("grid.legend"));
  const int cols = static_cast<int>(items.size()) + 3;
  std::string remove_code;
  if (ImGui::BeginTable("grid", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit,
                        ImVec2(0, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing()))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(T("grid.code"));
    ImGui::TableSetupColumn(T("grid.group"));
    for (size_t i = 0; i < items.size(); ++i) ImGui::TableSetupColumn(("Q" + std::to_string(i + 1)).c_str());
    ImGui::TableSetupColumn("");
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < cols; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TableHeader(ImGui::TableGetColumnName(c));
      if (c >= 2 && c < cols - 1 && ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", column_help(items[size_t(c - 2)]).c_str());
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(set.responses.size()));
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        survey::Response& resp = set.responses[size_t(r)];
        const std::string code = resp.code;  // resp may move when a cell is stored
        ImGui::PushID(code.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(code.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
        if (ImGui::InputText("##group", &resp.group)) commit({T("grid.group"), "grid.group." + code, ""});
        ui::label_last_item(TF("grid.group_for", {code}).c_str());
        for (size_t i = 0; i < items.size(); ++i) {
          const Item& item = items[i];
          ImGui::TableNextColumn();
          // A cell is stored when the user leaves it: a choice or a text is not valid letter by
          // letter. Until then the typed text is kept here.
          const std::string key = code + "/" + item.id;
          auto draft = s.grid_drafts.find(key);
          std::string text;
          if (draft != s.grid_drafts.end()) {
            text = draft->second;
          } else if (const survey::Response* now = set.find(code)) {
            auto it = now->answers.find(item.id);
            if (it != now->answers.end()) text = survey::answer_cell(item, it->second);
          }
          ImGui::PushID(static_cast<int>(i));
          ImGui::SetNextItemWidth(ImGui::GetFontSize() * (item.type == ItemType::Scale ? 2.2f : 8.0f));
          const ImGuiInputTextFlags flags = item.type == ItemType::Scale ? ImGuiInputTextFlags_CharsDecimal : 0;
          if (ImGui::InputText("##a", &text, flags)) s.grid_drafts[key] = text;
          ui::label_last_item(TF("grid.cell", {code, "Q" + std::to_string(i + 1)}).c_str());
          if (ImGui::IsItemDeactivated() && s.grid_drafts.count(key)) {
            const std::string typed = s.grid_drafts[key];
            s.grid_drafts.erase(key);
            if (set.set_cell(*t.bank, code, item.id, typed).empty()) commit({T("grid.answer"), "grid." + t.name + "." + code + "." + item.id, ""});
            else ctx.toast(refusal(item, code, "Q" + std::to_string(i + 1)), true);
          }
          ImGui::PopID();
        }
        ImGui::TableNextColumn();
        if (named_button(T("grid.remove_short"), TF("grid.remove_for", {code}))) remove_code = code;
        ImGui::PopID();
      }
    ImGui::EndTable();
  }
  if (!remove_code.empty()) {
    s.pending_remove_code = remove_code;
    ImGui::OpenPopup(T("grid.remove_title"));
  }
  if (ui::confirm_dialog(T("grid.remove_title"),
                         TF("grid.remove_confirm", {s.pending_remove_code, t.label}).c_str(), T("grid.remove")) &&
      set.remove(s.pending_remove_code))
    commit({T("grid.remove"), "", ""});
}

}  // namespace stempush::ui
