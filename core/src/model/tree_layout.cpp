#include "stempush/tree_layout.hpp"

#include <algorithm>

namespace stempush::tree_layout {
namespace {

// Length in bytes of the UTF-8 character that starts at text[i] (1 for a stray byte, so that
// broken text still advances).
size_t char_length(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return std::min(n, text.size() - i);
}

// Appends `word` to `lines`/`current`, breaking it between characters when it is wider than a line.
void add_word(std::string_view word, float width, const MeasureText& measure, std::vector<std::string>& lines,
              std::string& current) {
  const std::string joined = current.empty() ? std::string(word) : current + " " + std::string(word);
  if (measure(joined) <= width) {
    current = joined;
    return;
  }
  if (!current.empty()) lines.push_back(current);
  current.clear();
  if (measure(word) <= width) {
    current = std::string(word);
    return;
  }
  for (size_t i = 0; i < word.size();) {
    const size_t n = char_length(word, i);
    const std::string next = current + std::string(word.substr(i, n));
    // A line holds at least one character, even one wider than the box: never loop forever.
    if (!current.empty() && measure(next) > width) {
      lines.push_back(current);
      current = std::string(word.substr(i, n));
    } else {
      current = next;
    }
    i += n;
  }
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, float width, const MeasureText& measure) {
  std::vector<std::string> lines;
  if (text.empty()) return lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view paragraph = text.substr(start, end - start);
    std::string current;
    size_t i = 0;
    while (i < paragraph.size()) {
      while (i < paragraph.size() && (paragraph[i] == ' ' || paragraph[i] == '\t' || paragraph[i] == '\r')) ++i;
      size_t j = i;
      while (j < paragraph.size() && paragraph[j] != ' ' && paragraph[j] != '\t' && paragraph[j] != '\r') ++j;
      if (j > i) add_word(paragraph.substr(i, j - i), width, measure, lines, current);
      i = j;
    }
    lines.push_back(current);
    start = end + 1;
  }
  // A trailing newline adds no empty last line.
  if (!lines.empty() && lines.back().empty() && text.back() == '\n') lines.pop_back();
  return lines;
}

namespace {

struct Placer {
  const Metrics& m;
  std::vector<std::vector<int>> children;
  std::vector<Box>& boxes;

  void shift(int i, float dy) {
    boxes[size_t(i)].y += dy;
    for (int c : children[size_t(i)]) shift(c, dy);
  }

  // Places node i and its subtree in a band starting at `top`; returns the band's bottom.
  float place(int i, float top) {
    Box& box = boxes[size_t(i)];
    const auto& kids = children[size_t(i)];
    if (kids.empty()) {
      box.y = top;
      return top + box.h;
    }
    float cursor = top;
    for (int c : kids) cursor = place(c, cursor) + m.row_gap;
    float kids_bottom = cursor - m.row_gap;
    const float centre = (boxes[size_t(kids.front())].cy() + boxes[size_t(kids.back())].cy()) / 2;
    box.y = centre - box.h / 2;
    if (box.y < top) {  // taller than its children's span: move them down instead
      const float dy = top - box.y;
      for (int c : kids) shift(c, dy);
      kids_bottom += dy;
      box.y = top;
    }
    return std::max(kids_bottom, box.bottom());
  }
};

}  // namespace

Layout layout_tree(const std::vector<Node>& nodes, const Metrics& m) {
  Layout out;
  const MeasureText& caption_measure = m.measure_caption ? m.measure_caption : m.measure;
  const float inner = std::max(1.0f, m.box_width - 2 * m.padding);
  std::vector<std::vector<int>> children(nodes.size());
  std::vector<int> roots;
  out.boxes.resize(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const int p = nodes[i].parent;
    Box& box = out.boxes[i];
    if (p >= 0 && size_t(p) < i) {
      children[size_t(p)].push_back(int(i));
      box.depth = out.boxes[size_t(p)].depth + 1;
    } else {
      roots.push_back(int(i));
    }
    box.lines = wrap_text(nodes[i].text, inner, m.measure);
    box.caption_lines = wrap_text(nodes[i].caption, inner, caption_measure);
    box.w = m.box_width;
    box.h = 2 * m.padding + float(std::max<size_t>(1, box.lines.size())) * m.line_height;
    if (!box.caption_lines.empty()) box.h += m.caption_gap + float(box.caption_lines.size()) * m.caption_line_height;
    box.x = float(box.depth) * (m.box_width + m.column_gap);
    out.columns = std::max(out.columns, box.depth + 1);
  }
  Placer placer{m, children, out.boxes};
  float cursor = 0;
  for (int r : roots) cursor = placer.place(r, cursor) + m.row_gap;
  out.height = roots.empty() ? 0 : cursor - m.row_gap;
  out.width = out.columns == 0 ? 0 : float(out.columns) * m.box_width + float(out.columns - 1) * m.column_gap;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const int p = nodes[i].parent;
    if (p < 0 || size_t(p) >= i) continue;
    const Box& from = out.boxes[size_t(p)];
    const Box& to = out.boxes[i];
    const float mid = from.right() + m.column_gap / 2;
    out.connectors.push_back({p, int(i), {{from.right(), from.cy()}, {mid, from.cy()}, {mid, to.cy()}, {to.x, to.cy()}}});
  }
  return out;
}

}  // namespace stempush::tree_layout
