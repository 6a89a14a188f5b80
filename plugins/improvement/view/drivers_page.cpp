// The aim editor and the driver diagram page (drivers_page.hpp).
#include "stempush/profile.hpp"
#include "improvement/view/drivers_page.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <vector>

#include "imgui.h"
#include "improvement/model/diagram_export.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/ui/driver_diagram.hpp"
#include "stempush/ui/handoff.hpp"
#include "stempush/ui/ui.hpp"

namespace improvement {
namespace {

namespace ui = stempush::ui;
using stempush::tr;
using stempush::trf;
using stempush::i18n::trn;

const char* T(const std::string& key) { return tr("improvement." + key); }

constexpr const char* kAimId = "aim";
// Per depth (the aim is 0): what a box is called, and what adding under it adds.
const char* const kKindKey[] = {"diagram.kind.aim", "diagram.kind.primary", "diagram.kind.secondary", "diagram.kind.idea"};
const char* const kAddKey[] = {"diagram.add.primary", "diagram.add.secondary", "diagram.add.idea", ""};
const char* const kNameKey[] = {"improvement.diagram.name.aim", "improvement.diagram.name.1", "improvement.diagram.name.2",
                                "improvement.diagram.name.3"};

// The selected box's depth (0 for the aim, 1 to 3 for nodes) or -1 when it is gone (undo, reload).
int depth_of(const ImprovementModel& model, const std::string& id) {
  if (id == kAimId) return 0;
  if (!model.node(id)) return -1;
  switch (model.kind_of(id)) {
    case NodeKind::Primary: return 1;
    case NodeKind::Secondary: return 2;
    case NodeKind::ChangeIdea: return 3;
  }
  return -1;
}

// Whether `text` contains `part`, ignoring ASCII case ("path" finds "College Pathways").
bool contains_folded(const std::string& text, const std::string& part) {
  auto fold = [](std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  return part.empty() || fold(text).find(fold(part)) != std::string::npos;
}

void collect(const DriverNode& n, std::set<std::string>& ids) {
  ids.insert(n.id);
  for (auto& c : n.children) collect(c, ids);
}

}  // namespace

void DriversPage::draw_aim(stempush::ViewContext& ctx) {
  ui::section_heading(T("aim.heading"));
  ui::help_text(T("aim.help"));
  // Two fields a row, so that the diagram below gets most of the page.
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  auto field = [&](const char* key, std::string* value) {
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = half;
    if (ui::labelled_field(T(key), value, o)) ctx.commit(T(key), std::string("aim.") + key);
    ImGui::EndGroup();
  };
  field("aim.what", &model_.aim.what);
  ui::same_line_at_top();
  field("aim.how_much", &model_.aim.how_much);
  field("aim.for_whom", &model_.aim.for_whom);
  ui::same_line_at_top();
  // The date is kept in the field until it is a real date, so a half-typed date never reaches
  // the model (whose section only holds real dates). Follow the model (undo, a loaded file)
  // unless the user is part-way through a date.
  if (by_when_.empty() || stempush::is_iso_date(by_when_)) by_when_ = model_.aim.by_when;
  const bool bad_date = !by_when_.empty() && !stempush::is_iso_date(by_when_);
  const std::string error = bad_date ? trf("improvement.aim.bad_date", {by_when_}) : std::string();
  ui::FieldOptions options;
  options.error = error.c_str();
  options.width = half;
  ImGui::BeginGroup();
  if (ui::labelled_field(T("aim.by_when"), &by_when_, options) && (by_when_.empty() || stempush::is_iso_date(by_when_))) {
    model_.aim.by_when = by_when_;
    ctx.commit(T("aim.by_when"), "aim.by_when");
  }
  if (bad_date) ui::name_last_region("##by_when_error", error);
  ImGui::EndGroup();
}

void DriversPage::draw_diagram(stempush::ViewContext& ctx) {
  ui::section_heading(T("diagram.heading"));
  ui::help_text(T("diagram.help"));
  if (ImGui::Button(T("diagram.export"))) {
    ctx.offer_file(diagram_file_name(), "text/html", diagram_html(model_, &ctx.host(), ctx.profile().program_name));
    ctx.toast(T("diagram.export_done"));
  }
  if (const DriverNode* inbox = model_.node(model_.inbox_id()); inbox && !inbox->children.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string help = trf("improvement.diagram.inbox_help", {inbox->text});
    ui::help_text(help.c_str());
    ui::name_last_region("##inbox_help", help);
  }
  if (depth_of(model_, selected_) < 0) selected_ = kAimId;
  // The selected box's editor comes first, like a toolbar, so that the diagram can take the rest
  // of the page and scroll inside itself.
  draw_selected(ctx, depth_of(model_, selected_));

  // The aim's box first, then the drivers in reading order, each after its parent.
  std::vector<ui::DiagramBox> boxes;
  const std::string aim = aim_sentence(model_.aim);
  const std::string aim_text = aim.empty() ? std::string(T("diagram.no_aim")) : aim;
  boxes.push_back({kAimId, aim_text, "", trf(kNameKey[0], {aim_text}), -1, true});
  std::function<void(const std::vector<DriverNode>&, int, int)> add = [&](const std::vector<DriverNode>& list, int parent,
                                                                          int depth) {
    for (auto& n : list) {
      const int index = int(boxes.size());
      boxes.push_back({n.id, n.text, idea_caption(ctx, n), trf(kNameKey[std::min(depth, 3)], {n.text}), parent, false});
      add(n.children, index, depth + 1);
    }
  };
  add(model_.drivers(), 0, 1);

  if (model_.drivers().empty()) {
    ui::help_text(T("diagram.empty"));
    ui::name_last_region("##empty", T("diagram.empty"));
  }
  ui::DiagramOptions options;
  options.column_titles = {T("diagram.column.aim"), T("diagram.column.primary"), T("diagram.column.secondary"),
                           T("diagram.column.idea")};
  options.max_height = std::max(ImGui::GetFontSize() * 12, ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ItemSpacing.y);
  const ui::DiagramRequest request = ui::driver_diagram(T("diagram.name"), boxes, &selected_, options);

  const int depth = depth_of(model_, selected_);
  switch (request) {
    case ui::DiagramRequest::AddChild: focus_new_ = depth < 3; break;
    case ui::DiagramRequest::Rename: focus_rename_ = depth > 0; break;
    case ui::DiagramRequest::Remove: ask_remove_ = depth > 0; break;
    case ui::DiagramRequest::MoveUp:
    case ui::DiagramRequest::MoveDown:
      if (depth > 0 && model_.move_node(selected_, request == ui::DiagramRequest::MoveUp ? -1 : 1))
        ctx.commit(T("diagram.move"));
      break;
    case ui::DiagramRequest::None: break;
  }
  if (ask_remove_) remove_selected(ctx);
}

void DriversPage::draw_selected(stempush::ViewContext& ctx, int depth) {
  ImGui::PushID("selected");
  const DriverNode* node = depth > 0 ? model_.node(selected_) : nullptr;
  ui::push_font(ui::Font::Bold);
  const std::string heading = trf("improvement.diagram.selected", {T(kKindKey[depth])});
  ImGui::TextUnformatted(heading.c_str());
  ui::pop_font();
  ui::name_last_region("##selected_heading", heading);

  const float width = ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  bool same_line = false;
  if (node) {
    std::string text = node->text;
    ui::FieldOptions o;
    o.activate = focus_rename_;
    o.width = width * 0.45f;
    focus_rename_ = false;
    ImGui::BeginGroup();
    if (ui::labelled_field(T("diagram.rename"), &text, o) && model_.rename_node(selected_, text))
      ctx.commit(T("diagram.rename"), "rename." + selected_);
    ImGui::EndGroup();
    same_line = true;
  }
  if (depth < 3) {
    if (same_line) ImGui::SameLine();
    ui::FieldOptions o;
    o.flags = ImGuiInputTextFlags_EnterReturnsTrue;
    o.activate = focus_new_;
    o.hint = T("diagram.new_hint");
    const std::string add_label = T(kAddKey[depth]);
    o.width = std::max(ImGui::GetFontSize() * 8,
                       width * (node ? 0.55f : 1.0f) - spacing * 2 - ImGui::CalcTextSize(add_label.c_str()).x -
                           ImGui::GetStyle().FramePadding.x * 2);
    focus_new_ = false;
    const std::string label = trf("improvement.diagram.new_text", {add_label});
    ImGui::BeginGroup();
    const bool enter = ui::labelled_field(label.c_str(), &new_text_, o);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetTextLineHeightWithSpacing());
    ImGui::BeginDisabled(new_text_.empty());
    if ((ui::primary_button(add_label.c_str()) || enter) && !new_text_.empty()) add_child(ctx, depth);
    ImGui::EndDisabled();
  }
  if (!node) ui::help_text(T("diagram.aim_edit_above"));
  if (node && depth >= 2) {
    draw_move_under(ctx, depth);
    node = model_.node(selected_);  // a move reallocates the lists: never keep the old pointer
  }
  if (node && depth == 3) {
    ImGui::SameLine();
    draw_addresses(ctx, *node);
    if (node->source) {
      const std::string from = trf("improvement.diagram.came_from", {ui::link_text(ctx, *node->source)});
      ui::help_text(from.c_str());
      ui::name_last_region("##came_from", from);
    }
  }
  if (node) {
    if (ImGui::Button(T("diagram.move_up")) && model_.move_node(selected_, -1)) ctx.commit(T("diagram.move"));
    ImGui::SameLine();
    if (ImGui::Button(T("diagram.move_down")) && model_.move_node(selected_, 1)) ctx.commit(T("diagram.move"));
    ImGui::SameLine();
    if (ui::danger_button(T("diagram.remove"))) ask_remove_ = true;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ui::help_text(T("diagram.keys"));
  }
  ImGui::PopID();
}

// A change idea's caption in its box: what it addresses and where it was proposed, each marked
// when the other plugin or its item is gone.
std::string DriversPage::idea_caption(stempush::ViewContext& ctx, const DriverNode& n) {
  std::string caption;
  if (n.addresses) caption = trf("improvement.link.addresses", {ui::link_text(ctx, *n.addresses)});
  if (n.source) caption += (caption.empty() ? "" : "\n") + trf("improvement.link.from", {ui::link_text(ctx, *n.source)});
  return caption;
}

// "Move under": a secondary driver to another primary, a change idea to another secondary (how
// an idea handed over from another package gets to its driver).
void DriversPage::draw_move_under(stempush::ViewContext& ctx, int depth) {
  std::vector<std::pair<std::string, std::string>> parents;  // id, text
  for (auto& p : model_.drivers()) {
    if (depth == 2) parents.push_back({p.id, p.text});
    else
      for (auto& sd : p.children) parents.push_back({sd.id, p.text + "  ›  " + sd.text});
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("diagram.move_under"));
  ImGui::SameLine();
  std::string current;  // the parent it is under now
  for (auto& [id, text] : parents)
    if (const DriverNode* parent = model_.node(id))
      for (auto& c : parent->children)
        if (c.id == selected_) current = text;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo("##move_under", current.c_str())) {
    for (auto& [id, text] : parents) {
      const DriverNode* parent = model_.node(id);
      bool here = false;
      if (parent)
        for (auto& c : parent->children) here = here || c.id == selected_;
      ImGui::PushID(id.c_str());
      if (ImGui::Selectable(text.c_str(), here) && !here && model_.move_under(selected_, id)) ctx.commit(T("diagram.moved_under"));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("diagram.move_under"));
}

// The self-study indicator or dimension (or any other plugin's linkable item) a change idea
// addresses, chosen from what the installed plugins offer.
void DriversPage::draw_addresses(stempush::ViewContext& ctx, const DriverNode& idea) {
  const std::vector<stempush::LinkableItem> items = ctx.host().linkable_items();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("diagram.addresses"));
  ImGui::SameLine();
  if (items.empty() && !idea.addresses) {
    ui::help_text(T("diagram.addresses_nothing"));
    return;
  }
  const std::string current = idea.addresses ? ui::link_text(ctx, *idea.addresses) : T("diagram.addresses_none");
  ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 12, ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo("##addresses", current.c_str(), ImGuiComboFlags_HeightLarge)) {
    // Dozens of indicators: the list opens with the keyboard in a search field.
    ui::FieldOptions find;
    find.hint = T("diagram.addresses_find_hint");
    find.activate = ImGui::IsWindowAppearing();
    if (find.activate) address_filter_.clear();
    ui::labelled_field(T("diagram.addresses_find"), &address_filter_, find);
    if (ImGui::Selectable(T("diagram.addresses_none"), !idea.addresses) && idea.addresses &&
        model_.set_addresses(selected_, std::nullopt))
      ctx.commit(T("diagram.addresses_changed"));
    std::string group;
    for (auto& item : items) {
      if (!contains_folded(item.link.label, address_filter_) && !contains_folded(item.group, address_filter_)) continue;
      if (item.group != group) {
        group = item.group;
        ImGui::SeparatorText(group.c_str());
      }
      const bool chosen = idea.addresses && idea.addresses->plugin_id == item.link.plugin_id &&
                          idea.addresses->item_id == item.link.item_id;
      ImGui::PushID((item.link.plugin_id + "/" + item.link.item_id).c_str());
      if (ImGui::Selectable(item.link.label.c_str(), chosen) && !chosen && model_.set_addresses(selected_, item.link))
        ctx.commit(T("diagram.addresses_changed"));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(T("diagram.addresses"));
}

void DriversPage::add_child(stempush::ViewContext& ctx, int depth) {
  const std::string id = model_.add_node(depth == 0 ? std::string() : selected_, new_text_);
  if (id.empty()) return;
  new_text_.clear();
  ctx.commit(T(kAddKey[depth]));
  // The parent stays selected so that its next child is one Enter away.
}

// Removing a box with nothing under it and no cycle testing it loses little and undo brings it
// back: done at once. Otherwise the user is told what goes with it and asked.
void DriversPage::remove_selected(stempush::ViewContext& ctx) {
  const DriverNode* node = model_.node(selected_);
  if (!node) {
    ask_remove_ = false;
    return;
  }
  std::set<std::string> ids;
  collect(*node, ids);
  size_t cycles = 0;
  for (auto& c : model_.cycles()) cycles += ids.count(c.change_idea_id);
  const char* popup = T("diagram.remove_title");
  auto remove = [&] {
    const std::string gone = selected_;
    model_.remove_node(gone);
    selected_ = kAimId;
    ctx.commit(T("diagram.remove"));
  };
  if (ids.size() == 1 && cycles == 0) {
    ask_remove_ = false;
    remove();
    return;
  }
  if (!ImGui::IsPopupOpen(popup)) ImGui::OpenPopup(popup);
  // What goes with it, in one sentence per kind (plural forms), only for what there is.
  std::string consequences;
  if (ids.size() > 1) consequences = trn("improvement.diagram.remove_boxes", long(ids.size() - 1));
  if (cycles > 0) consequences += (consequences.empty() ? "" : " ") + trn("improvement.diagram.remove_cycles", long(cycles));
  const std::string message = trf("improvement.diagram.remove_confirm", {node->text, consequences});
  if (ui::confirm_dialog(popup, message.c_str(), T("diagram.remove"))) remove();
  if (!ImGui::IsPopupOpen(popup)) ask_remove_ = false;
}

void draw_home_card(ImprovementModel& model, stempush::ViewContext& ctx) {
  (void)ctx;  // the card's Open button opens the page
  const std::string aim = aim_sentence(model.aim);
  const std::string line = aim.empty() ? T("card.no_aim") : trf("improvement.card.aim", {aim});
  ImGui::TextWrapped("%s", line.c_str());
  ui::name_last_region("##card_aim", line);
  size_t drivers = model.drivers().size(), ideas = 0;
  for (auto& p : model.drivers())
    for (auto& s : p.children) {
      ++drivers;
      ideas += s.children.size();
    }
  const std::string counts = trn("improvement.card.drivers", long(drivers)) + ", " + trn("improvement.card.ideas", long(ideas)) +
                             ", " + trn("improvement.card.cycles", long(model.cycles().size())) + ", " +
                             trn("improvement.card.measures", long(model.measures().size()));
  ui::help_text(counts.c_str());
  ui::name_last_region("##card_counts", counts);
}

}  // namespace improvement
