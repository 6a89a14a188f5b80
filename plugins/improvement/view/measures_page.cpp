// The measures page: every measure on its run chart (the core's time-series chart with each
// part's median, the goal, the PDSA cycles that looked at it, and the points that make a signal
// highlighted), what the chart says in one sentence per signal, the chart's settings (rule set,
// frozen baseline, splits, one line per group), typing, importing and exporting points, and the
// series other plugins publish, any of which can become a measure that stays live.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "improvement/model/measure_data.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n_plural.hpp"
#include "stempush/runchart.hpp"
#include "stempush/ui/charts.hpp"
#include "view_state.hpp"

namespace improvement::view {
namespace {

namespace rc = stempush::runchart;

std::string number_text(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", v);
  return buffer;
}

// The title of the plugin that published a series: its own catalog's "<id>.title".
std::string plugin_title(const std::string& plugin_id) {
  const std::string key = plugin_id + ".title";
  const std::string text = stempush::tr(key);
  return text == key ? plugin_id : text;
}

// Typing a point: the model refuses a bad date or value, and the fields keep what was typed so
// that it can be corrected.
void draw_point_entry(State& s, stempush::ViewContext& ctx, const Measure& m) {
  PointDraft& d = s.point_drafts[m.id];
  // Every measure has these fields: the name says which measure's field it is.
  auto field = [&](const char* label_key, const char* name_key, std::string* value, float width) {
    const std::string name = TF(name_key, {m.name});
    ui::FieldOptions o;
    o.width = width;
    o.name = name.c_str();
    ui::labelled_field(T(label_key), value, o);
  };
  const float unit = ImGui::GetFontSize();
  ImGui::BeginGroup();
  field("measures.date", "measures.date_for", &d.date, unit * 8);
  ImGui::EndGroup();
  ui::same_line_at_top();
  ImGui::BeginGroup();
  field("measures.value", "measures.value_for", &d.value, unit * 6);
  ImGui::EndGroup();
  ui::same_line_at_top();
  ImGui::BeginGroup();
  field("measures.note", "measures.note_for", &d.note, unit * 16);
  ImGui::EndGroup();
  if (ui::named_button(T("measures.add_point"), TF("measures.add_point_to", {m.name}), false)) {
    double value = 0;
    if (rc::parse_value(d.value, &value) && s.model.set_point(m.id, d.date, value, d.note)) {
      d.date.clear();
      d.value.clear();
      d.note.clear();
      d.error.clear();
      ctx.commit(T("measures.add_point"));
    } else {
      d.error = T("measures.bad_point");
    }
  }
  ImGui::SameLine();
  if (ui::named_button(T("measures.import"), TF("measures.import_for", {m.name}), false)) {
    const std::string id = m.id;
    State* state = &s;
    ctx.pick_file(".csv,text/csv", [state, id](std::string, std::string bytes) { state->pending_imports.push_back({id, std::move(bytes)}); });
  }
  ImGui::SameLine();
  if (ui::named_button(T("measures.export"), TF("measures.export_for", {m.name}), false))
    ctx.offer_file(TF("measures.export_file", {m.id}), "text/csv", measure_csv(m, s.feeds()));
  if (!d.error.empty()) {
    ui::styled_text(ui::TextStyle::Error, d.error.c_str());
    ui::name_last_region("##point_error", d.error);
  }
  for (size_t i = 0; i < d.report.size(); ++i) {
    ui::styled_text(ui::TextStyle::Error, d.report[i].c_str());
    ui::name_last_region(("##import_problem_" + std::to_string(i)).c_str(), d.report[i]);
  }
}

// A picked file arrives between frames; it is imported here, where the view can commit.
void finish_imports(State& s, stempush::ViewContext& ctx) {
  for (auto& [id, bytes] : s.pending_imports) {
    PointDraft& d = s.point_drafts[id];
    d.report.clear();
    const ImportReport report = s.model.import_points_csv(id, bytes);
    if (report.ok()) {
      ctx.commit(T("measures.import"));
      ctx.toast(TF("measures.imported", {std::to_string(report.added)}));
      continue;
    }
    d.report.push_back(stempush::i18n::trn("improvement.measures.import_failed", long(report.problems.size())));
    for (auto& p : report.problems)
      d.report.push_back(p.line > 0 ? TF("measures.line", {std::to_string(p.line), p.message}) : p.message);
  }
  s.pending_imports.clear();
}

// The chart's settings: the rule set, a frozen baseline, splits at changes, one line per group.
void draw_chart_settings(State& s, stempush::ViewContext& ctx, Measure& m) {
  PointDraft& d = s.point_drafts[m.id];
  ImGui::TextUnformatted(T("settings.rules"));
  ImGui::SameLine();
  const std::pair<rc::RuleSet, const char*> rule_sets[] = {{rc::RuleSet::Ihi, "settings.ihi"}, {rc::RuleSet::Anhoj, "settings.anhoj"}};
  for (auto& [rules, key] : rule_sets) {
    ImGui::SameLine();
    ImGui::PushID(key);
    if (ImGui::RadioButton(T(key), m.rules == rules) && m.rules != rules) {
      m.rules = rules;
      ctx.commit(T("settings.rules"));
    }
    ui::label_last_item(TF(std::string(key) + "_for", {m.name}).c_str());
    ImGui::PopID();
  }
  ui::help_text(m.rules == rc::RuleSet::Ihi ? T("settings.ihi_help") : T("settings.anhoj_help"));

  // Freeze: a whole number, 0 for none; anything else stays in the field with a message.
  if (!d.freeze_synced || *d.freeze_synced != m.freeze) {
    d.freeze = m.freeze ? std::to_string(m.freeze) : "";
    d.freeze_synced = m.freeze;
  }
  const float unit = ImGui::GetFontSize();
  const std::string freeze_name = TF("settings.freeze_for", {m.name});
  auto whole_number = [](const std::string& t) { return t.find_first_not_of("0123456789") == std::string::npos && t.size() <= 6; };
  const std::string freeze_error = whole_number(d.freeze) ? std::string() : std::string(T("settings.freeze_bad"));
  ui::FieldOptions fo;
  fo.width = unit * 5;
  fo.name = freeze_name.c_str();
  fo.error = freeze_error.c_str();
  ImGui::BeginGroup();
  if (ui::labelled_field(T("settings.freeze"), &d.freeze, fo) && whole_number(d.freeze)) {
    const size_t k = d.freeze.empty() ? 0 : std::stoul(d.freeze);
    if (k != m.freeze) {
      m.freeze = k;
      d.freeze_synced = k;
      ctx.commit(T("settings.freeze"), "measure." + m.id + ".freeze");
    }
  }
  if (!freeze_error.empty()) ui::name_last_region("##freeze_error", freeze_error);
  ImGui::EndGroup();

  // Splits: a new median from each date on.
  ui::same_line_at_top(unit * 2);
  ImGui::BeginGroup();
  const std::string split_name = TF("settings.split_date_for", {m.name});
  ui::FieldOptions so;
  so.width = unit * 8;
  so.name = split_name.c_str();
  const std::string split_error = d.split_error;
  so.error = split_error.c_str();
  ui::labelled_field(T("settings.split_date"), &d.split, so);
  if (!split_error.empty()) ui::name_last_region("##split_error", split_error);
  ImGui::SameLine();
  if (ui::named_button(T("settings.split"), TF("settings.split_for", {m.name}), false)) {
    if (!stempush::is_iso_date(d.split)) {
      d.split_error = TF("bad_date", {d.split});
    } else if (std::find(m.splits.begin(), m.splits.end(), d.split) == m.splits.end()) {
      m.splits.push_back(d.split);
      std::sort(m.splits.begin(), m.splits.end());
      d.split.clear();
      d.split_error.clear();
      ctx.commit(T("settings.split"));
    }
  }
  for (size_t i = 0; i < m.splits.size(); ++i) {
    ImGui::TextUnformatted(TF("settings.split_at", {m.splits[i]}).c_str());
    ImGui::SameLine();
    if (ui::named_button(T("settings.unsplit"), TF("settings.unsplit_for", {m.splits[i], m.name}))) {
      m.splits.erase(m.splits.begin() + static_cast<long>(i));
      ctx.commit(T("settings.unsplit"));
      break;
    }
  }
  ImGui::EndGroup();

  // One line per group, where the feed gives groups.
  const auto* series = find_series(s.feeds(), m.feed);
  bool has_groups = false;
  if (series)
    for (auto& p : series->points) has_groups = has_groups || !p.groups.empty();
  if (has_groups) {
    bool by_group = m.by_group;
    if (ImGui::Checkbox(T("settings.by_group"), &by_group)) {
      m.by_group = by_group;
      ctx.commit(T("settings.by_group"));
    }
    ui::label_last_item(TF("settings.by_group_for", {m.name}).c_str());
  }
}

// What a measure is: its name, kind, definition, unit, better direction and goal; which series
// feeds it; its typed points (each removable); removing the measure.
void draw_details(State& s, stempush::ViewContext& ctx, Measure& m) {
  PointDraft& d = s.point_drafts[m.id];
  const std::string merge = "measure." + m.id + ".";
  if (ui::text_field(T("details.name"), &m.name)) ctx.commit(T("details.name"), merge + "name");
  ImGui::TextUnformatted(T("details.kind"));
  const std::pair<MeasureKind, const char*> kinds[] = {
      {MeasureKind::Outcome, "details.outcome"}, {MeasureKind::Process, "details.process"}, {MeasureKind::Balancing, "details.balancing"}};
  for (auto& [kind, key] : kinds) {
    ImGui::SameLine();
    if (ImGui::RadioButton(T(key), m.kind == kind) && m.kind != kind) {
      m.kind = kind;
      ctx.commit(T("details.kind"));
    }
  }
  ui::FieldOptions def;
  def.lines = 2;
  if (ui::labelled_field(T("details.definition"), &m.definition, def)) ctx.commit(T("details.definition"), merge + "definition");
  const float unit = ImGui::GetFontSize();
  if (ui::text_field(T("details.unit"), &m.unit, T("details.unit_hint"), unit * 12)) ctx.commit(T("details.unit"), merge + "unit");
  ImGui::TextUnformatted(T("details.better"));
  for (auto [better, key] : {std::pair{Better::Higher, "details.higher"}, std::pair{Better::Lower, "details.lower"}}) {
    ImGui::SameLine();
    if (ImGui::RadioButton(T(key), m.better == better) && m.better != better) {
      m.better = better;
      ctx.commit(T("details.better"));
    }
  }
  // The goal: a number, or empty for none; a bad number stays in the field with a message.
  double goal = 0;
  if (!d.goal_known || d.goal_synced != m.goal) {
    d.goal = m.goal ? number_text(*m.goal) : "";
    d.goal_synced = m.goal;
    d.goal_known = true;
  }
  auto goal_ok = [&] { return d.goal.empty() || rc::parse_value(d.goal, &goal); };
  const std::string goal_error = goal_ok() ? std::string() : std::string(T("details.goal_bad"));
  ui::FieldOptions go;
  go.width = unit * 8;
  go.error = goal_error.c_str();
  if (ui::labelled_field(T("details.goal"), &d.goal, go) && goal_ok()) {
    m.goal = d.goal.empty() ? std::optional<double>() : std::optional<double>(goal);
    d.goal_synced = m.goal;
    ctx.commit(T("details.goal"), merge + "goal");
  }
  if (!goal_error.empty()) ui::name_last_region("##goal_error", goal_error);

  // Which published series feeds it.
  const auto& feeds = s.feeds();
  const auto* series = find_series(feeds, m.feed);
  ImGui::TextUnformatted(T("details.fed_by"));
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, unit * 30));
  const std::string current = m.feed.empty() ? T("details.no_feed") : series ? series_title(*series) : m.feed;
  if (ImGui::BeginCombo("##feed", current.c_str())) {
    if (ImGui::Selectable(T("details.no_feed"), m.feed.empty()) && !m.feed.empty()) {
      m.feed.clear();
      ctx.commit(T("details.fed_by"));
    }
    for (auto& f : feeds) {
      ImGui::PushID(f.id.c_str());
      const std::string text = plugin_title(f.plugin_id) + ": " + series_title(f);
      if (ImGui::Selectable(text.c_str(), f.id == m.feed) && f.id != m.feed) {
        m.feed = f.id;
        ctx.commit(T("details.fed_by"));
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ui::label_last_item(TF("details.fed_by_for", {m.name}).c_str());

  // Typed points, newest first, each removable (undo brings it back).
  if (!m.points.empty()) {
    ImGui::TextUnformatted(T("details.typed_points"));
    for (size_t i = m.points.size(); i-- > 0;) {
      const MeasurePoint& p = m.points[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TextUnformatted((p.date + "   " + number_text(p.value) + (p.note.empty() ? "" : "   " + p.note)).c_str());
      ImGui::SameLine();
      if (ui::named_button(T("details.remove_point"), TF("details.remove_point_named", {p.date, m.name}))) {
        const std::string date = p.date;
        s.model.remove_point(m.id, date);
        ctx.commit(T("details.remove_point"));
        ctx.toast(TF("details.point_removed", {date}));
        ImGui::PopID();
        break;
      }
      ImGui::PopID();
    }
  }
  ImGui::Spacing();
  if (ui::named_button(T("details.remove"), TF("details.remove_named", {m.name}), false)) ImGui::OpenPopup(T("details.remove_title"));
  if (ui::confirm_dialog(T("details.remove_title"), T("details.remove_confirm"), T("details.remove_confirmed"))) {
    const std::string id = m.id;
    s.model.remove_measure(id);
    s.point_drafts.erase(id);
    ctx.commit(T("details.remove_confirmed"));
  }
}

void draw_measure(State& s, stempush::ViewContext& ctx, Measure& m) {
  const auto& feeds = s.feeds();
  const auto* series = find_series(feeds, m.feed);
  ui::push_font(ui::Font::Bold);
  ImGui::TextUnformatted(m.name.c_str());
  ui::pop_font();
  ui::name_last_region("##measure_name", m.name);
  ImGui::SameLine();
  const size_t points = measure_points(m, feeds).size();
  std::string about = TF("measures.kind_" + std::string(measure_kind_id(m.kind)), {}) + " · " + TF("measures.points", {std::to_string(points)});
  if (!m.unit.empty()) about += " · " + m.unit;
  ImGui::TextDisabled("%s", about.c_str());
  if (!m.feed.empty()) {
    const std::string fed = series ? TF("measures.fed_by", {plugin_title(series->plugin_id), series_title(*series)})
                                   : std::string(T("measures.feed_missing"));
    ui::styled_text(series ? ui::TextStyle::Muted : ui::TextStyle::Warning, fed.c_str());
    ui::name_last_region("##fed_by", fed);
    if (const size_t hidden = suppressed_points(m, feeds)) {
      const std::string text = stempush::i18n::trn("improvement.measures.suppressed", long(hidden),
                                                    {std::to_string(s.model.host() ? s.model.host()->min_group_size() : 0)});
      ui::help_text(text.c_str());
      ui::name_last_region("##suppressed", text);
    }
  }
  draw_run_chart(s, m);
  draw_point_entry(s, ctx, m);
  // Settings and details fold away: most visits only read the chart or add a point.
  const std::string settings = TF("settings.heading", {m.name});
  const bool settings_open = ImGui::TreeNode("##settings", "%s", settings.c_str());
  ui::label_last_item(settings.c_str());
  if (settings_open) {
    draw_chart_settings(s, ctx, m);
    ImGui::TreePop();
  }
  const std::string details = TF("details.heading", {m.name});
  const bool details_open = ImGui::TreeNode("##details", "%s", details.c_str());
  ui::label_last_item(details.c_str());
  if (details_open) {
    draw_details(s, ctx, m);
    ImGui::TreePop();
  }
}

// Every series the installed plugins publish, by plugin, each with "Add as a measure".
void draw_published(State& s, stempush::ViewContext& ctx) {
  ui::section_heading(T("feeds.heading"));
  ui::help_text(T("feeds.help"));
  const auto& feeds = s.feeds();
  if (!s.feeds_error.empty()) {
    ui::styled_text(ui::TextStyle::Error, s.feeds_error.c_str());
    ui::name_last_region("##feeds_error", s.feeds_error);
  }
  if (feeds.empty()) {
    ui::empty_state(T("feeds.empty"), T("feeds.empty_hint"));
    return;
  }
  std::string plugin;
  for (auto& f : feeds) {
    ImGui::PushID(f.id.c_str());
    if (f.plugin_id != plugin) {
      plugin = f.plugin_id;
      ui::push_font(ui::Font::Bold);
      ImGui::TextUnformatted(plugin_title(plugin).c_str());
      ui::pop_font();
    }
    const std::string title = series_title(f);
    size_t shown = 0, hidden = 0;
    for (auto& p : f.points) (p.suppressed ? hidden : shown) += (p.suppressed || p.value) ? 1 : 0;
    std::string about = title + (f.unit.empty() ? "" : " (" + f.unit + ")") + ": " + TF("measures.points", {std::to_string(shown)});
    if (hidden) about += " " + TF("feeds.hidden", {std::to_string(hidden)});
    ImGui::Indent();
    ImGui::TextWrapped("%s", about.c_str());
    ui::name_last_region("##series", about);
    std::vector<std::string> charted;
    for (auto& m : s.model.measures())
      if (m.feed == f.id) charted.push_back(m.name);
    if (!charted.empty()) {
      std::string names;
      for (auto& n : charted) names += (names.empty() ? "" : ", ") + n;
      ImGui::SameLine();
      ImGui::TextDisabled("%s", TF("feeds.charted_as", {names}).c_str());
    } else {
      ui::same_line_if_fits(ui::button_width(T("feeds.attach")));
      if (ui::named_button(T("feeds.attach"), TF("feeds.attach_named", {title}))) {
        const std::string id = s.model.add_measure(title, MeasureKind::Outcome);
        Measure* m = s.model.measure(id);
        m->feed = f.id;
        m->unit = f.unit;
        m->better = f.better == stempush::BetterDirection::Up ? Better::Higher : Better::Lower;
        ctx.commit(T("feeds.attach"));
        ctx.toast(TF("feeds.attached", {title}));
      }
    }
    ImGui::Unindent();
    ImGui::PopID();
  }
}

}  // namespace

void draw_run_chart(State& s, const Measure& m) {
  const MeasureChart mc = measure_chart(m, s.feeds());
  if (mc.points.empty()) return;
  ui::TimeChart chart;
  ui::TimeSeries series;
  series.name = m.name;
  for (auto& p : mc.points)
    series.points.push_back({p.date, p.value, false, p.fed ? TF("chart.fed_note", {p.note, std::to_string(p.n)}) : p.note});
  for (auto& part : mc.analysis.parts)
    for (auto& sig : part.signals)
      for (size_t i : sig.points) series.points[i].highlight = true;
  chart.series.push_back(std::move(series));
  // One line per group (stratified), small groups already left out by the core and group_lines.
  size_t hidden_groups = 0;
  if (m.by_group)
    if (const auto* fed = find_series(s.feeds(), m.feed)) {
      const GroupLines groups = group_lines(*fed);
      hidden_groups = groups.hidden;
      for (auto& g : groups.lines) {
        ui::TimeSeries line;
        line.name = g.name.empty() ? std::string(T("chart.no_group")) : g.name;
        for (auto& p : g.points) line.points.push_back({p.date, p.value, false, TF("chart.fed_note", {p.note, std::to_string(p.n)})});
        chart.series.push_back(std::move(line));
      }
    }
  for (size_t i = 0; i < mc.analysis.parts.size(); ++i) {
    const auto& part = mc.analysis.parts[i];
    ui::RefLine median;
    median.value = part.median;
    median.label = part.frozen_points > 0 ? T("chart.frozen_median") : i == 0 ? std::string(T("chart.median")) : TF("chart.median_from", {part.from});
    median.from = part.from;
    median.to = part.to;
    chart.lines.push_back(median);
  }
  if (m.goal) {
    ui::RefLine goal;
    goal.value = *m.goal;
    goal.label = T("chart.goal");
    goal.dashed = true;
    chart.lines.push_back(goal);
  }
  for (auto& mark : cycle_marks(s.model, m.id))
    chart.annotations.push_back({mark.date, mark.label, TF("chart.cycle_mark", {mark.label, mark.date})});
  chart.highlight_label = T("chart.signal");
  chart.height_lines = 10;
  chart.decimals = 2;
  ui::time_series_chart((m.name + "##run_chart").c_str(), chart);

  int line = 0;
  auto say = [&line](const std::string& text, ui::TextStyle style = ui::TextStyle::Muted) {
    ui::styled_text(style, text.c_str());
    ui::name_last_region(("##chart_says_" + std::to_string(line++)).c_str(), text);
  };
  if (!mc.problem.empty()) say(mc.problem, ui::TextStyle::Warning);
  if (hidden_groups) say(stempush::i18n::trn("improvement.chart.groups_hidden", long(hidden_groups)));
  bool any = false;
  for (auto& part : mc.analysis.parts) {
    for (auto& sig : part.signals) {
      say(sig.sentence);
      any = true;
    }
    for (auto& note : part.notes) say(note);
  }
  if (!any) say(T("measures.no_signal"));
}

void draw_measures(State& s, stempush::ViewContext& ctx) {
  finish_imports(s, ctx);
  ui::section_heading(T("measures.heading"));
  if (s.model.measures().empty()) ui::empty_state(T("measures.empty"), T("measures.empty_hint"));
  // By index: removing a measure (in its details) ends the loop for this frame.
  for (size_t i = 0; i < s.model.measures().size(); ++i) {
    const size_t before = s.model.measures().size();
    Measure& m = *s.model.measure(s.model.measures()[i].id);
    ImGui::PushID(m.id.c_str());
    draw_measure(s, ctx, m);
    ImGui::Separator();
    ImGui::PopID();
    if (s.model.measures().size() != before) break;
  }
  ui::text_field(T("measures.name"), &s.new_measure);
  ImGui::BeginDisabled(s.new_measure.empty());
  if (ui::primary_button(T("measures.add"))) {
    s.model.add_measure(s.new_measure, MeasureKind::Outcome);
    s.new_measure.clear();
    ctx.commit(T("measures.add"));
  }
  ImGui::EndDisabled();
  ImGui::Spacing();
  draw_published(s, ctx);
}

}  // namespace improvement::view
