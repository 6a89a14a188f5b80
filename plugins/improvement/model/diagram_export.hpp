// The driver diagram as one printable HTML page (issue 8, point 2): no images, so that it opens
// anywhere and prints crisply. The tree is a table read left to right, aim -> primary drivers ->
// secondary drivers -> change ideas, each box spanning the rows of everything under it, which is
// how the Network's paper worksheets draw it. It prints on one landscape sheet: the type shrinks
// with the number of rows. Built from the model alone (plus whether links are still available),
// so the view's download and `stempush-cli improvement diagram` write the same page.
#pragma once
#include <string>
#include <string_view>

#include "improvement/model/improvement_model.hpp"
#include "stempush/plugin_host.hpp"

namespace improvement {

// `host` (may be null) marks links whose plugin or item is gone as no longer available.
std::string diagram_html(const ImprovementModel& model, const stempush::PluginHost* host, std::string_view program = {});
inline const char* diagram_file_name() { return "driver-diagram.html"; }

// The type size (pt) that fits `rows` rows of boxes on a landscape letter sheet: 11 pt up to 12
// rows, then smaller, never under 6 pt (beyond about 40 rows the sheet is too small to read).
double diagram_font_pt(size_t rows);

}  // namespace improvement
