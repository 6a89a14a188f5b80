// Chart widgets (stempush/ui/charts.hpp): ImDrawList drawing over the pure layout arithmetic of
// stempush/chart_layout.hpp. Each chart ends with one invisible item of its size that carries
// its label, so automation finds it and the layout moves past it.
#include "stempush/ui/charts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui_internal.h"
#include "stempush/chart_layout.hpp"
#include "stempush/color.hpp"
#include "stempush/dates.hpp"
#include "stempush/ui/ui.hpp"

namespace stempush::ui {
namespace {

void title(const char* label, ChartFlags flags) {
  if (flags & ChartFlags_NoTitle) return;
  const char* end = ImGui::FindRenderedTextEnd(label);
  if (end == label) return;
  push_font(Font::Bold);
  ImGui::TextUnformatted(label, end);
  pop_font();
}

// The chart's name for automation and screen readers, over the space it drew in.
void chart_item(const char* label, ImVec2 origin, ImVec2 size) {
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(size);
  name_last_region("##chart", std::string(label, ImGui::FindRenderedTextEnd(label)));
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float thickness) {
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  if (length <= 0) return;
  const float dash = 6, gap = 4;
  const ImVec2 dir((b.x - a.x) / length, (b.y - a.y) / length);
  for (float t = 0; t < length; t += dash + gap) {
    const float e = std::min(length, t + dash);
    dl->AddLine(ImVec2(a.x + dir.x * t, a.y + dir.y * t), ImVec2(a.x + dir.x * e, a.y + dir.y * e), color, thickness);
  }
}

ImU32 grid_color() { return ImGui::GetColorU32(ImGuiCol_Border); }

// Reference lines are grey unless the caller gives them a meaning colour (a goal): the medians
// of several phases then read as one kind of line.
ImU32 line_color(const RefLine& line) { return line.color ? line.color : muted_color(); }

// Black or white, whichever reads better on a segment of this colour.
ImU32 ink_on(ImU32 fill) {
  const ImVec4 f = ImGui::ColorConvertU32ToFloat4(fill);
  const color::Rgb rgb{f.x, f.y, f.z};
  return color::contrast_ratio(rgb, {0, 0, 0}) >= color::contrast_ratio(rgb, {1, 1, 1}) ? IM_COL32(0, 0, 0, 255)
                                                                                          : IM_COL32(255, 255, 255, 255);
}

}  // namespace

ImU32 highlight_color() { return chart_color(5); }  // Okabe–Ito vermillion

// ---- Legend ----------------------------------------------------------------------------------------

void legend(const char* id, const std::vector<LegendEntry>& entries) {
  if (entries.empty()) return;
  const float line = ImGui::GetTextLineHeight();
  const float mark = line * 1.1f, spacing = 4, gap = ImGui::GetFontSize();
  std::vector<float> widths;
  for (auto& e : entries) widths.push_back(mark + spacing + ImGui::CalcTextSize(e.label.c_str()).x);
  const float available = std::max(1.0f, ImGui::GetContentRegionAvail().x);
  const auto slots = chart::wrap_legend(widths, available, gap);
  const float row_h = ImGui::GetTextLineHeightWithSpacing();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < entries.size(); ++i) {
    const LegendEntry& e = entries[i];
    const ImVec2 p(origin.x + slots[i].x, origin.y + row_h * float(slots[i].row));
    const ImU32 color = e.color ? e.color : chart_color(int(i));
    const float cy = p.y + line * 0.5f;
    switch (e.mark) {
      case LegendMark::Box: dl->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + mark, p.y + line - 2), color, 2); break;
      case LegendMark::Line: dl->AddLine(ImVec2(p.x, cy), ImVec2(p.x + mark, cy), color, 2.5f); break;
      case LegendMark::Dashes:
        dl->AddLine(ImVec2(p.x, cy), ImVec2(p.x + mark * 0.4f, cy), color, 2.5f);
        dl->AddLine(ImVec2(p.x + mark * 0.6f, cy), ImVec2(p.x + mark, cy), color, 2.5f);
        break;
      case LegendMark::Dot: dl->AddCircleFilled(ImVec2(p.x + mark * 0.5f, cy), line * 0.3f, color); break;
    }
    dl->AddText(ImVec2(p.x + mark + spacing, p.y), text_color(), e.label.c_str());
  }
  ImGui::PushID(id);
  chart_item(id, origin, ImVec2(available, row_h * float(chart::legend_rows(slots))));
  ImGui::PopID();
}

// ---- Bars ------------------------------------------------------------------------------------------

void bar_chart(const char* label, const std::vector<BarRow>& rows, float lo, float hi, ChartFlags flags) {
  if (rows.empty() || hi <= lo) return;
  title(label, flags);
  ImGui::PushID(label);
  float label_w = 0;
  for (auto& r : rows) label_w = std::max(label_w, ImGui::CalcTextSize(r.label.c_str()).x);
  label_w = std::min(label_w + 12, ImGui::GetContentRegionAvail().x * 0.45f);
  const float row_h = ImGui::GetTextLineHeight() * 1.6f;
  const float total_w = ImGui::GetContentRegionAvail().x;
  const float value_w = (flags & ChartFlags_NoValues) ? 0 : 60;
  const float bar_w = std::max(40.0f, total_w - label_w - value_w);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const chart::LinearScale x{lo, hi, origin.x + label_w, origin.x + label_w + bar_w};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const float y = origin.y + row_h * float(i);
    dl->AddText(ImVec2(origin.x, y + row_h * 0.18f), text_color(), r.label.c_str());
    dl->AddRectFilled(ImVec2(x.px_lo, y + 3), ImVec2(x.px_hi, y + row_h - 3), ImGui::GetColorU32(ImGuiCol_FrameBg), 3);
    dl->AddRectFilled(ImVec2(x.px_lo, y + 3), ImVec2(x.to_px_clamped(r.value), y + row_h - 3), chart_color(0), 3);
    if (r.compare >= lo) {
      const float cx = x.to_px_clamped(r.compare);
      dl->AddLine(ImVec2(cx, y + 1), ImVec2(cx, y + row_h - 1), chart_color(1), 3);
    }
    if (!(flags & ChartFlags_NoValues)) {
      std::string text = r.value_text;
      if (text.empty()) text = chart::tick_text(r.value, 2);
      dl->AddText(ImVec2(x.px_hi + 8, y + row_h * 0.18f), text_color(), text.c_str());
    }
  }
  chart_item(label, origin, ImVec2(total_w, row_h * float(rows.size())));
  ImGui::PopID();
}

void funnel_chart(const char* label, const std::vector<FunnelStage>& stages, int max_count, ChartFlags flags) {
  if (stages.empty()) return;
  title(label, flags);
  ImGui::PushID(label);
  int top = max_count;
  for (auto& s : stages) top = std::max(top, s.count);
  float label_w = 0, note_w = 0;
  for (auto& s : stages) {
    label_w = std::max(label_w, ImGui::CalcTextSize(s.label.c_str()).x);
    note_w = std::max(note_w, ImGui::CalcTextSize((std::to_string(s.count) + "  " + s.note).c_str()).x);
  }
  const float total_w = ImGui::GetContentRegionAvail().x;
  label_w = std::min(label_w + 12, total_w * 0.3f);
  note_w = std::min(note_w + 12, total_w * 0.35f);
  const float row_h = ImGui::GetTextLineHeight() * 1.7f;
  const float plot_w = std::max(60.0f, total_w - label_w - note_w);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float centre = origin.x + label_w + plot_w / 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < stages.size(); ++i) {
    const FunnelStage& s = stages[i];
    const float y = origin.y + row_h * float(i);
    dl->AddText(ImVec2(origin.x, y + row_h * 0.2f), text_color(), s.label.c_str());
    // A stage with people keeps at least a sliver, so "1" never looks like "0".
    float w = top > 0 ? plot_w * float(s.count) / float(top) : 0;
    if (s.count > 0) w = std::max(w, 3.0f);
    const ImVec2 a(centre - w / 2, y + 3), b(centre + w / 2, y + row_h - 3);
    if (s.hidden) {
      dl->AddRect(ImVec2(centre - plot_w / 8, y + 3), ImVec2(centre + plot_w / 8, y + row_h - 3), muted_color(), 3);
    } else if (w > 0) {
      dl->AddRectFilled(a, b, chart_color(0), 3);
    } else {
      dl->AddLine(ImVec2(centre, y + 3), ImVec2(centre, y + row_h - 3), muted_color(), 1);
    }
    const std::string text = s.hidden ? s.note : std::to_string(s.count) + (s.note.empty() ? "" : "  " + s.note);
    dl->AddText(ImVec2(origin.x + label_w + plot_w + 8, y + row_h * 0.2f), s.hidden ? muted_color() : text_color(), text.c_str());
  }
  chart_item(label, origin, ImVec2(total_w, row_h * float(stages.size())));
  ImGui::PopID();
}

void grouped_bar_chart(const char* label, const GroupedBarChart& chart, ChartFlags flags) {
  if (chart.groups.empty() || chart.hi <= chart.lo) return;
  title(label, flags);
  ImGui::PushID(label);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float width = ImGui::GetContentRegionAvail().x;
  float label_w = 0;
  for (auto& g : chart.groups) label_w = std::max(label_w, ImGui::CalcTextSize(g.label.c_str()).x);
  label_w = std::min(label_w + 16, width * 0.36f);
  float value_w = 0;
  if (!(flags & ChartFlags_NoValues))
    for (auto& g : chart.groups) value_w = std::max(value_w, ImGui::CalcTextSize(g.value_text.c_str()).x + 16);
  const float plot_w = std::max(60.0f, width - label_w - value_w);
  const size_t series = std::max<size_t>(1, chart.series.size());
  const float main_h = line * 0.85f, other_h = series > 1 ? line * 0.5f : 0, gap = line * 0.6f;
  const float bars_h = main_h + float(series - 1) * (other_h + 2);
  const float row_h = bars_h + gap;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float x0 = origin.x + label_w;
  const chart::LinearScale x{chart.lo, chart.hi, x0, x0 + plot_w};
  const float axis_y = origin.y + row_h * float(chart.groups.size()) + 2;

  // The value axis: the given ticks (a scale's levels with their names) or round numbers.
  std::vector<AxisTick> ticks = chart.ticks;
  if (ticks.empty()) {
    const chart::Ticks t = chart::nice_ticks(chart.lo, chart.hi, std::max(2, int(plot_w / (line * 4))));
    const int decimals = chart::tick_decimals(t.step);
    for (double v : t.values)
      if (v >= chart.lo - 1e-9 && v <= chart.hi + 1e-9) ticks.push_back({v, chart::tick_text(v, decimals), ""});
  }
  std::vector<float> centres, widths, short_widths;
  for (auto& t : ticks) {
    centres.push_back(x.to_px_clamped(t.value));
    widths.push_back(ImGui::CalcTextSize(t.label.c_str()).x);
    short_widths.push_back(ImGui::CalcTextSize((t.short_label.empty() ? t.label : t.short_label).c_str()).x);
  }
  const auto places = chart::place_tick_labels(centres, widths, short_widths, x0, x0 + plot_w + value_w, 8);
  for (size_t i = 0; i < ticks.size(); ++i) {
    dl->AddLine(ImVec2(centres[i], origin.y), ImVec2(centres[i], axis_y), grid_color());
    if (!places[i].shown) continue;
    const std::string& text = places[i].use_short && !ticks[i].short_label.empty() ? ticks[i].short_label : ticks[i].label;
    dl->AddText(ImVec2(places[i].left, axis_y + 2), muted_color(), text.c_str());
  }
  for (size_t i = 0; i < chart.lines.size(); ++i) {
    const float lx = x.to_px_clamped(chart.lines[i].value);
    if (chart.lines[i].dashed) dashed_line(dl, ImVec2(lx, origin.y), ImVec2(lx, axis_y), line_color(chart.lines[i]), 2);
    else dl->AddLine(ImVec2(lx, origin.y), ImVec2(lx, axis_y), line_color(chart.lines[i]), 2);
  }

  for (size_t gi = 0; gi < chart.groups.size(); ++gi) {
    const BarGroup& g = chart.groups[gi];
    const float y = origin.y + row_h * float(gi);
    // Long names are clipped to their column (a table usually has them in full).
    dl->PushClipRect(ImVec2(origin.x, y), ImVec2(x0 - 6, y + row_h), true);
    dl->AddText(ImVec2(origin.x, y + (bars_h - line) * 0.5f), text_color(), g.label.c_str());
    dl->PopClipRect();
    float by = y;
    for (size_t si = 0; si < series; ++si) {
      const float h = si == 0 ? main_h : other_h;
      const double v = si < g.values.size() ? g.values[si] : NAN;
      if (!std::isnan(v)) dl->AddRectFilled(ImVec2(x0, by), ImVec2(x.to_px_clamped(v), by + h), chart_color(int(si)), 2);
      else if (si == 0 && !chart.no_data.empty()) dl->AddText(ImVec2(x0 + 4, by), muted_color(), chart.no_data.c_str());
      by += h + 2;
    }
    if (!(flags & ChartFlags_NoValues))
      dl->AddText(ImVec2(x0 + plot_w + 8, y + (bars_h - line) * 0.5f), g.value_color ? g.value_color : text_color(),
                  g.value_text.c_str());
  }
  chart_item(label, origin, ImVec2(width, axis_y - origin.y + line + 6));

  if (!(flags & ChartFlags_NoLegend)) {
    std::vector<LegendEntry> entries;
    for (size_t si = 0; si < chart.series.size(); ++si) entries.push_back({chart.series[si], chart_color(int(si)), LegendMark::Box});
    for (size_t i = 0; i < chart.lines.size(); ++i)
      if (!chart.lines[i].label.empty())
        entries.push_back({chart.lines[i].label, line_color(chart.lines[i]), chart.lines[i].dashed ? LegendMark::Dashes : LegendMark::Line});
    legend("##legend", entries);
  }
  ImGui::PopID();
}

// ---- Diverging bars --------------------------------------------------------------------------------

void diverging_bars(const char* label, const std::vector<DivergingRow>& rows, double ruler, const char* no_answers,
                    ChartFlags flags) {
  if (rows.empty()) return;
  title(label, flags);
  ImGui::PushID(label);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float row_h = ImGui::GetTextLineHeight() * 1.7f;
  const float total_w = ImGui::GetContentRegionAvail().x;
  float label_w = 0;
  for (auto& r : rows) label_w = std::max(label_w, ImGui::CalcTextSize(r.label.c_str()).x);
  label_w += 12;
  const float note_w = ImGui::CalcTextSize("n = 0000").x + 8;
  const float bar_w = std::max(80.0f, total_w - label_w - note_w);
  const float centre = origin.x + label_w + bar_w * 0.5f;
  const chart::LinearScale x{-std::max(0.01, ruler), std::max(0.01, ruler), origin.x + label_w, origin.x + label_w + bar_w};
  struct Label {
    ImVec2 pos;
    ImU32 color;
    std::string text;
  };
  std::vector<Label> labels;  // drawn last, over the centre line
  for (size_t ri = 0; ri < rows.size(); ++ri) {
    const DivergingRow& r = rows[ri];
    const float y = origin.y + row_h * float(ri);
    dl->AddText(ImVec2(origin.x, y + row_h * 0.2f), text_color(), r.label.c_str());
    const chart::DivergingLayout layout = chart::diverging_layout(r.counts);
    const int points = int(r.counts.size());
    for (int p = 0; p < int(layout.segments.size()); ++p) {
      const auto& seg = layout.segments[size_t(p)];
      if (seg.share <= 0) continue;
      const float a = x.to_px_clamped(seg.from), b = x.to_px_clamped(seg.to);
      dl->AddRectFilled(ImVec2(a, y + 2), ImVec2(b, y + row_h - 2), diverging_color(p, points));
      const std::string pct = std::to_string(int(std::lround(100.0 * seg.share))) + "%";
      const ImVec2 ts = ImGui::CalcTextSize(pct.c_str());
      if (ts.x + 6 < b - a)
        labels.push_back({ImVec2(a + (b - a - ts.x) * 0.5f, y + (row_h - ts.y) * 0.5f), ink_on(diverging_color(p, points)), pct});
    }
    if (layout.segments.empty() && no_answers) dl->AddText(ImVec2(centre + 6, y + row_h * 0.2f), muted_color(), no_answers);
    dl->AddLine(ImVec2(centre, y - 2), ImVec2(centre, y + row_h + 2), text_color(), 1.5f);
    dl->AddText(ImVec2(origin.x + label_w + bar_w + 8, y + row_h * 0.2f), muted_color(), r.note.c_str());
  }
  for (auto& l : labels) dl->AddText(l.pos, l.color, l.text.c_str());
  chart_item(label, origin, ImVec2(total_w, row_h * float(rows.size())));
  ImGui::PopID();
}

std::vector<LegendEntry> diverging_legend(const std::vector<std::string>& point_labels) {
  std::vector<LegendEntry> out;
  for (size_t p = 0; p < point_labels.size(); ++p)
    out.push_back({point_labels[p], diverging_color(int(p), int(point_labels.size())), LegendMark::Box});
  return out;
}

// ---- Time series -----------------------------------------------------------------------------------

void time_series_chart(const char* label, const TimeChart& chart, ChartFlags flags) {
  title(label, flags);
  ImGui::PushID(label);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(120.0f, ImGui::GetContentRegionAvail().x);
  const float height = std::max(6.0f, chart.height_lines) * ImGui::GetTextLineHeightWithSpacing();

  // The data's extent: dates of points and annotations, values of points and lines.
  chart::DatedExtent extent;
  for (auto& s : chart.series)
    for (auto& p : s.points) extent.see_point(p.date, p.value);
  for (auto& a : chart.annotations) extent.see_day(a.date);
  for (auto& l : chart.lines) extent.see_value(l.value);
  if (!extent.any_day) {
    ImGui::PopID();
    return;
  }
  const long first = extent.first, last = extent.last;
  double lo = std::isnan(chart.y_min) ? extent.low() : chart.y_min;
  double hi = std::isnan(chart.y_max) ? extent.high() : chart.y_max;
  if (lo > hi) lo = 0, hi = 1;
  // A point alone still gets an axis around it; markers at the ends stay inside the plot.
  const double pad_days = extent.pad_days();

  // Annotation labels go in rows above the plot, a new row where one would overlap the last.
  struct Mark {
    long day;
    const std::string* label;
    int row;
    const std::string* name;
  };
  std::vector<Mark> marks;
  for (auto& a : chart.annotations)
    if (is_iso_date(a.date)) marks.push_back({days_from_iso(a.date), &a.label, 0, a.name.empty() ? &a.label : &a.name});
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.day < b.day; });

  const chart::Ticks yt = chart::nice_ticks(lo, hi, std::max(2, int(height / (line * 2.5f))));
  const int y_decimals = chart::tick_decimals(yt.step);
  float y_label_w = 0;
  for (double v : yt.values) y_label_w = std::max(y_label_w, ImGui::CalcTextSize(chart::tick_text(v, y_decimals).c_str()).x);
  const float left = origin.x + y_label_w + 8, right = origin.x + width - 8;
  chart::LinearScale x{double(first) - pad_days, double(last) + pad_days, left, right};

  int mark_rows = 0;
  {
    std::vector<float> row_free;
    for (auto& m : marks) {
      const float mx = x.to_px(double(m.day)) + 3, w = ImGui::CalcTextSize(m.label->c_str()).x;
      size_t row = 0;
      while (row < row_free.size() && row_free[row] > mx) ++row;
      if (row == row_free.size()) row_free.push_back(0);
      row_free[row] = mx + w + 8;
      m.row = int(row);
    }
    mark_rows = int(row_free.size());
  }
  const float top = origin.y + line * float(mark_rows) + (mark_rows ? 4 : line * 0.5f);
  const float bottom = origin.y + height - line - 6;
  const chart::LinearScale y{yt.lo, yt.hi, bottom, top};

  // Grid and value axis.
  for (double v : yt.values) {
    const float py = y.to_px(v);
    dl->AddLine(ImVec2(left, py), ImVec2(right, py), grid_color());
    const std::string t = chart::tick_text(v, y_decimals);
    dl->AddText(ImVec2(left - 6 - ImGui::CalcTextSize(t.c_str()).x, py - line * 0.5f), muted_color(), t.c_str());
  }
  // Date axis.
  const float date_w = ImGui::CalcTextSize("0000-00-00").x + 16;
  for (auto& t : chart::date_ticks(first, last, std::max(1, int((right - left) / date_w)))) {
    const float px = x.to_px(double(t.day));
    dl->AddLine(ImVec2(px, bottom), ImVec2(px, bottom + 4), muted_color());
    const float tw = ImGui::CalcTextSize(t.label.c_str()).x;
    const float tx = std::clamp(px - tw * 0.5f, left - y_label_w, origin.x + width - tw);
    dl->AddText(ImVec2(tx, bottom + 5), muted_color(), t.label.c_str());
  }
  dl->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), muted_color());

  // Annotations: a dashed mark through the plot and its label above.
  for (size_t i = 0; i < marks.size(); ++i) {
    const Mark& m = marks[i];
    const float mx = x.to_px(double(m.day));
    dashed_line(dl, ImVec2(mx, top - 2), ImVec2(mx, bottom), muted_color(), 1.5f);
    const ImVec2 at(mx + 3, origin.y + line * float(m.row));
    dl->AddText(at, text_color(), m.label->c_str());
    // Each mark is named where its label is, so that automation and screen readers find it.
    const ImRect rect(at, ImVec2(at.x + ImGui::CalcTextSize(m.label->c_str()).x, at.y + line));
    ImGui::ItemAdd(rect, ImGui::GetID(("##mark" + std::to_string(i)).c_str()), nullptr, ImGuiItemFlags_NoNav);
    label_last_item(m.name->c_str());
  }
  // Reference lines, each labelled at its right end.
  for (size_t i = 0; i < chart.lines.size(); ++i) {
    const RefLine& l = chart.lines[i];
    const float a = is_iso_date(l.from) ? x.to_px(double(days_from_iso(l.from))) : left;
    const float b = is_iso_date(l.to) ? x.to_px(double(days_from_iso(l.to))) : right;
    const float py = y.to_px(l.value);
    const ImU32 col = line_color(l);
    if (l.dashed) dashed_line(dl, ImVec2(a, py), ImVec2(b, py), col, 2);
    else dl->AddLine(ImVec2(a, py), ImVec2(b, py), col, 2);
    if (!l.label.empty()) {
      const float tw = ImGui::CalcTextSize(l.label.c_str()).x;
      dl->AddText(ImVec2(std::max(a, b - tw), py - line - 1), text_color(), l.label.c_str());
    }
  }
  // Series: a line broken at gaps, a marker per point, highlighted points larger.
  const float r = std::max(3.0f, line * 0.2f);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const TimePoint* hovered = nullptr;
  const TimeSeries* hovered_series = nullptr;
  float hovered_d2 = (r * 3) * (r * 3);
  for (size_t si = 0; si < chart.series.size(); ++si) {
    const TimeSeries& s = chart.series[si];
    const ImU32 col = s.color ? s.color : chart_color(int(si));
    std::vector<ImVec2> run;
    auto flush = [&] {
      if (run.size() > 1) dl->AddPolyline(run.data(), int(run.size()), col, ImDrawFlags_None, 2);
      run.clear();
    };
    for (auto& p : s.points) {
      if (!is_iso_date(p.date)) continue;
      if (std::isnan(p.value)) {
        flush();
        continue;
      }
      run.push_back(ImVec2(x.to_px(double(days_from_iso(p.date))), y.to_px(p.value)));
    }
    flush();
    for (auto& p : s.points) {
      if (!is_iso_date(p.date) || std::isnan(p.value)) continue;
      const ImVec2 c(x.to_px(double(days_from_iso(p.date))), y.to_px(p.value));
      if (p.highlight) {
        dl->AddCircleFilled(c, r * 1.9f, highlight_color());
        dl->AddCircle(c, r * 1.9f, text_color(), 0, 1.5f);
      } else {
        dl->AddCircleFilled(c, r, col);
      }
      const float d2 = (c.x - mouse.x) * (c.x - mouse.x) + (c.y - mouse.y) * (c.y - mouse.y);
      if (d2 < hovered_d2) hovered_d2 = d2, hovered = &p, hovered_series = &s;
    }
  }
  chart_item(label, origin, ImVec2(width, height));
  if (hovered && ImGui::IsItemHovered()) {
    std::string tip = hovered->date + ": " + chart::tick_text(hovered->value, chart.decimals);
    if (chart.series.size() > 1) tip = hovered_series->name + "\n" + tip;
    if (!hovered->note.empty()) tip += "\n" + hovered->note;
    ImGui::SetTooltip("%s", tip.c_str());
  }

  if (!(flags & ChartFlags_NoLegend)) {
    std::vector<LegendEntry> entries;
    for (size_t si = 0; si < chart.series.size(); ++si)
      entries.push_back({chart.series[si].name, chart.series[si].color ? chart.series[si].color : chart_color(int(si)),
                         LegendMark::Line});
    if (!chart.highlight_label.empty()) entries.push_back({chart.highlight_label, highlight_color(), LegendMark::Dot});
    for (size_t i = 0; i < chart.lines.size(); ++i)
      if (!chart.lines[i].label.empty())
        entries.push_back({chart.lines[i].label, line_color(chart.lines[i]), chart.lines[i].dashed ? LegendMark::Dashes : LegendMark::Line});
    legend("##legend", entries);
  }
  ImGui::PopID();
}

}  // namespace stempush::ui
