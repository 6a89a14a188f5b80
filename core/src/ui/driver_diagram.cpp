// The driver-diagram widget (stempush/ui/driver_diagram.hpp): the pure layout of
// stempush/tree_layout.hpp drawn with ImDrawList, one invisible button per box for clicks,
// keyboard focus and automation.
#include "stempush/ui/driver_diagram.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "stempush/tree_layout.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
namespace {

ImU32 accent() { return dark_theme() ? IM_COL32(51, 158, 168, 255) : IM_COL32(13, 115, 128, 255); }

float text_width(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

}  // namespace

DiagramRequest driver_diagram(const char* label, const std::vector<DiagramBox>& boxes, std::string* selected,
                              const DiagramOptions& options) {
  DiagramRequest request = DiagramRequest::None;
  const float em = ImGui::GetFontSize();
  tree_layout::Metrics m;
  m.box_width = em * std::max(4.0f, options.box_width_em);
  m.column_gap = em * 2.5f;
  m.row_gap = em * 0.6f;
  m.padding = em * 0.45f;
  m.line_height = ImGui::GetTextLineHeight();
  m.caption_line_height = ImGui::GetTextLineHeight();
  m.caption_gap = em * 0.25f;
  m.measure = text_width;
  std::vector<tree_layout::Node> nodes;
  nodes.reserve(boxes.size());
  for (auto& b : boxes) nodes.push_back({b.parent, b.text, b.caption});
  const tree_layout::Layout layout = tree_layout::layout_tree(nodes, m);

  const ImGuiStyle& style = ImGui::GetStyle();
  const float titles_h = options.column_titles.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing() + em * 0.3f;
  float height = layout.height + titles_h + style.WindowPadding.y * 2 + style.ScrollbarSize;
  if (options.max_height > 0) height = std::min(height, options.max_height);

  ImGui::PushID(label);
  ImGui::BeginChild(label, ImVec2(0, height), ImGuiChildFlags_Border, ImGuiWindowFlags_HorizontalScrollbar);
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID focused_key = ImGui::GetID("##focused");
  const ImGuiID selected_key = ImGui::GetID("##selected");
  // The caller changed the selection (a box it just added): keyboard focus follows it. Not on the
  // diagram's first frame: the selection it opens with is no move, and following it would scroll
  // the page down to the diagram (at 200% text the page would open halfway, its tabs out of view).
  const ImGuiID selected_hash = selected->empty() ? 0 : ImGui::GetID(selected->c_str());
  const ImGuiID seen_key = ImGui::GetID("##seen");
  const bool first_frame = !storage->GetBool(seen_key, false);
  storage->SetBool(seen_key, true);
  const bool selection_moved = !first_frame && selected_hash != ImGuiID(storage->GetInt(selected_key, 0));

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImU32 text = text_color(), muted = muted_color();
  const ImU32 line_color = muted;  // connectors and borders: visible on both themes
  for (size_t c = 0; c < options.column_titles.size() && int(c) < std::max(layout.columns, 1); ++c) {
    push_font(Font::Bold);
    dl->AddText(ImVec2(origin.x + float(c) * (m.box_width + m.column_gap), origin.y), text,
                options.column_titles[c].c_str());
    pop_font();
  }
  const ImVec2 top(origin.x, origin.y + titles_h);
  for (auto& c : layout.connectors) {
    ImVec2 pts[4];
    for (size_t i = 0; i < 4 && i < c.points.size(); ++i) pts[i] = ImVec2(top.x + c.points[i].x, top.y + c.points[i].y);
    dl->AddPolyline(pts, int(std::min<size_t>(4, c.points.size())), line_color, ImDrawFlags_None, 1.5f);
    // An arrow head into the child.
    const ImVec2 tip = pts[3];
    dl->AddTriangleFilled(tip, ImVec2(tip.x - em * 0.35f, tip.y - em * 0.22f), ImVec2(tip.x - em * 0.35f, tip.y + em * 0.22f),
                          line_color);
  }

  const float rounding = em * 0.25f;
  for (size_t i = 0; i < boxes.size(); ++i) {
    const DiagramBox& b = boxes[i];
    const tree_layout::Box& lb = layout.boxes[i];
    const ImVec2 p0(top.x + lb.x, top.y + lb.y), p1(p0.x + lb.w, p0.y + lb.h);
    ImGui::PushID(b.id.c_str());
    ImGui::SetCursorScreenPos(p0);
    const bool clicked = ImGui::InvisibleButton("##box", ImVec2(lb.w, lb.h));
    const ImGuiID item = ImGui::GetItemID();
    label_last_item(b.name.empty() ? b.text.c_str() : b.name.c_str());
    const bool is_selected = *selected == b.id;
    if (is_selected && selection_moved) {
      ImGui::SetFocusID(item, ImGui::GetCurrentWindow());
      ImGui::ScrollToItem();
      storage->SetInt(focused_key, int(item));
    }
    const bool focused = ImGui::IsItemFocused();
    if (clicked) *selected = b.id;
    // Keyboard focus arriving on a box (Tab, arrows) selects it; focus that merely stays on a
    // box does not take the selection back from the caller.
    if (focused && ImGuiID(storage->GetInt(focused_key, 0)) != item) {
      storage->SetInt(focused_key, int(item));
      *selected = b.id;
    }
    if (focused && *selected == b.id) {
      const ImGuiIO& io = ImGui::GetIO();
      if (ImGui::IsKeyPressed(ImGuiKey_Insert, false)) request = DiagramRequest::AddChild;
      if (ImGui::IsKeyPressed(ImGuiKey_F2, false)) request = DiagramRequest::Rename;
      if (ImGui::IsKeyPressed(ImGuiKey_Delete, false)) request = DiagramRequest::Remove;
      if (io.KeyCtrl && (ImGui::IsKeyPressed(ImGuiKey_UpArrow) || ImGui::IsKeyPressed(ImGuiKey_DownArrow))) {
        request = ImGui::IsKeyPressed(ImGuiKey_UpArrow) ? DiagramRequest::MoveUp : DiagramRequest::MoveDown;
        ImGui::NavMoveRequestCancel();  // the arrow moves the box, not the keyboard focus
      }
    }
    const bool hovered = ImGui::IsItemHovered();
    const bool now_selected = *selected == b.id;
    ImU32 fill = ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg);
    if (b.emphasis) fill = ImGui::GetColorU32(ImGuiCol_Header);
    dl->AddRectFilled(p0, p1, fill, rounding);
    dl->AddRect(p0, p1, now_selected ? accent() : line_color, rounding, 0, now_selected ? 3.0f : 1.0f);
    ImGui::RenderNavHighlight(ImRect(p0, p1), item);
    float y = p0.y + m.padding;
    for (auto& line : lb.lines) {
      dl->AddText(ImVec2(p0.x + m.padding, y), text, line.c_str());
      y += m.line_height;
    }
    if (lb.lines.empty()) y += m.line_height;
    if (!lb.caption_lines.empty()) y += m.caption_gap;
    for (auto& line : lb.caption_lines) {
      dl->AddText(ImVec2(p0.x + m.padding, y), muted, line.c_str());
      y += m.caption_line_height;
    }
    ImGui::PopID();
  }
  storage->SetInt(selected_key, int(selected->empty() ? 0 : ImGui::GetID(selected->c_str())));
  // The scrolling region's extent.
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(layout.width, layout.height + titles_h));
  ImGui::EndChild();
  name_last_region("##diagram_name", std::string(label, ImGui::FindRenderedTextEnd(label)));
  ImGui::PopID();
  return request;
}

}  // namespace stempush::ui
