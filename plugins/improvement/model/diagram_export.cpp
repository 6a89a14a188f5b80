#include "improvement/model/diagram_export.hpp"

#include <algorithm>
#include <cstdio>

#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"
#include "stempush/report.hpp"

namespace improvement {
namespace {

using stempush::report::escape_html;
const std::string kKeys = "improvement.diagram_page.";  // this page's strings
std::string T(const std::string& key) { return stempush::tr(kKeys + key); }
std::string TF(const std::string& key, const std::vector<std::string>& args) { return stempush::trf(kKeys + key, args); }

// How many table rows a node spans: one per change idea below it, at least one.
size_t rows_of(const DriverNode& n) {
  size_t rows = 0;
  for (auto& c : n.children) rows += rows_of(c);
  return std::max<size_t>(rows, 1);
}

std::string cell(const std::string& css_class, size_t rowspan, const std::string& inner) {
  std::string td = "<td class=\"" + css_class + "\"";
  if (rowspan > 1) td += " rowspan=\"" + std::to_string(rowspan) + "\"";
  return td + "><div class=\"box\">" + inner + "</div></td>";
}

struct Writer {
  const stempush::PluginHost* host;
  std::string rows;  // <tr>...</tr> in reading order
  std::string open;  // cells waiting for the first row below them

  std::string link_line(const char* key, const stempush::HandoffLink& link) const {
    std::string label = link.label;
    if (host && !host->link_available(link)) label = stempush::trf("handoff.unavailable", {label});
    return "<div class=\"link\">" + escape_html(stempush::trf(key, {label})) + "</div>";
  }

  std::string idea_box(const DriverNode& idea) const {
    std::string inner = escape_html(idea.text);
    if (idea.addresses) inner += link_line("improvement.link.addresses", *idea.addresses);
    if (idea.source) inner += link_line("improvement.link.from", *idea.source);
    return inner;
  }

  // Emits `node` (depth 0 primary .. 2 idea) and everything under it.
  void emit(const DriverNode& node, int depth) {
    static const char* const kClass[] = {"primary", "secondary", "idea"};
    open += cell(kClass[depth], rows_of(node), depth == 2 ? idea_box(node) : escape_html(node.text));
    if (depth < 2 && !node.children.empty()) {
      for (auto& child : node.children) emit(child, depth + 1);
      return;
    }
    // A row ends at a change idea, or at a driver with nothing under it (empty cells fill the row
    // so that the columns stay aligned).
    for (int d = depth + 1; d <= 2; ++d) open += "<td class=\"none\"></td>";
    rows += "<tr>" + open + "</tr>\n";
    open.clear();
  }
};

}  // namespace

double diagram_font_pt(size_t rows) {
  if (rows <= 12) return 11.0;
  return std::max(6.0, 11.0 * 12.0 / double(rows));
}

std::string diagram_html(const ImprovementModel& model, const stempush::PluginHost* host, std::string_view program) {
  size_t total_rows = 0;
  for (auto& p : model.drivers()) total_rows += rows_of(p);
  total_rows = std::max<size_t>(total_rows, 1);

  const std::string aim = aim_sentence(model.aim);
  stempush::report::HtmlReport report(T("title"), stempush::i18n::language_code(stempush::i18n::language()));
  char font[64];
  std::snprintf(font, sizeof font, "%.1f", diagram_font_pt(total_rows));
  report.style(std::string(R"css(
@page { size: landscape; margin: 0.4in; }
table.diagram { width: 100%; border-collapse: separate; border-spacing: 0.9em 0.35em; table-layout: fixed; }
table.diagram th { text-align: left; font-size: 0.95em; padding: 0 0.2em; }
table.diagram td { vertical-align: middle; padding: 0; }
table.diagram th, table.diagram td { border: none; background: none; }
table.diagram td.none { border: none; }
.box { border: 1.5px solid #555; border-radius: 0.35em; padding: 0.3em 0.45em; background: #fff; position: relative; }
td.aim .box { border: 2.5px solid #0d7380; font-weight: 700; }
td.primary .box { border-color: #0d7380; }
td.idea .box { border-style: solid; border-color: #888; }
td.primary .box::before, td.secondary .box::before, td.idea .box::before {
  content: "\2192"; position: absolute; left: -0.95em; top: 50%; transform: translateY(-50%); color: #555; }
.link { font-size: 0.85em; color: #444; margin-top: 0.15em; }
@media print {
  body { font-size: )css") + font + R"css(pt; line-height: 1.25; }
  h1 { font-size: 1.3em; margin: 0 0 0.3em; }
  table.diagram { break-inside: avoid; }
}
)css");
  report.context({std::string(program), {}, stempush::today_iso(), {}});
  // The summary is the diagram itself, under a sentence of figures; nothing else to append.
  size_t primary = model.drivers().size(), secondary = 0, ideas = 0, tested = 0;
  for (auto& p : model.drivers())
    for (auto& s : p.children) {
      ++secondary;
      for (auto& idea : s.children) {
        ++ideas;
        tested += std::any_of(model.cycles().begin(), model.cycles().end(),
                              [&](const Cycle& c) { return c.change_idea_id == idea.id; });
      }
    }
  report.point(aim.empty() ? T("no_aim") : TF("aim", {aim}));
  if (primary > 0)
    report.point(TF("point.counts", {std::to_string(primary), std::to_string(secondary), std::to_string(ideas), std::to_string(tested)}));

  std::string table = "<table class=\"diagram\">\n<colgroup><col/><col/><col/><col/></colgroup>\n<thead><tr>";
  for (const char* key : {"aim", "primary", "secondary", "idea"})
    table += "<th scope=\"col\">" + escape_html(stempush::tr(std::string("improvement.diagram.column.") + key)) + "</th>";
  table += "</tr></thead>\n<tbody>\n";
  Writer w{host, "", ""};
  w.open = cell("aim", total_rows, escape_html(aim.empty() ? T("no_aim") : aim));
  for (auto& p : model.drivers()) w.emit(p, 0);
  if (model.drivers().empty()) w.rows = "<tr>" + w.open + "<td class=\"none\" colspan=\"3\">" + escape_html(T("empty")) + "</td></tr>\n";
  table += w.rows + "</tbody>\n</table>";
  report.summary().raw(table);
  return report.str();
}

}  // namespace improvement
