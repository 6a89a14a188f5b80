// The arithmetic of a tree drawn as boxes in columns, left to right (a driver diagram: aim ->
// primary drivers -> secondary drivers -> change ideas), kept free of ImGui so that unit tests
// check it: text wrapped into fixed-width boxes, one column per depth, every parent centred on
// its children, no two boxes overlapping, and elbow connectors from parent to child.
//
// How it places boxes: each subtree gets a horizontal band of its own, bands of siblings are
// stacked top to bottom with a gap, and a parent sits at the middle of its first and last child.
// When a parent is taller than its children's span, the children move down so the parent stays
// centred and inside its band. Bands never overlap, so boxes never do, whatever the text.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace stempush::tree_layout {

// Width of a piece of text in the same unit as the metrics (pixels for ImGui, a fixed width per
// character in tests).
using MeasureText = std::function<float(std::string_view)>;

// Greedy word wrap: lines no wider than `width`; a word longer than a line is broken between
// UTF-8 characters. Spaces at a break are dropped; explicit newlines start a new line. An empty
// text gives no lines.
std::vector<std::string> wrap_text(std::string_view text, float width, const MeasureText& measure);

struct Node {
  int parent = -1;       // index of the parent in the list, -1 for a root; parents come first
  std::string text;      // wrapped in the box
  std::string caption;   // a second block under the text (smaller, muted); may be empty
};

struct Metrics {
  float box_width = 180;       // every box is this wide
  float column_gap = 48;       // between columns, where the connectors run
  float row_gap = 12;          // between boxes of one column (at least)
  float padding = 6;           // inside a box, around its text
  float line_height = 16;      // a line of text
  float caption_line_height = 14;
  float caption_gap = 4;       // between the text and the caption
  MeasureText measure;         // text width; required
  MeasureText measure_caption; // caption width; empty: `measure`
};

struct Box {
  float x = 0, y = 0, w = 0, h = 0;  // top-left corner and size, from the diagram's top-left
  int depth = 0;                     // its column
  std::vector<std::string> lines;
  std::vector<std::string> caption_lines;
  float cx() const { return x + w / 2; }
  float cy() const { return y + h / 2; }
  float right() const { return x + w; }
  float bottom() const { return y + h; }
};

struct Point {
  float x = 0, y = 0;
};

// From the middle of the parent's right edge to the middle of the child's left edge, with a
// vertical step half-way across the gap (children of one parent share that vertical line).
struct Connector {
  int from = 0, to = 0;  // node indices
  std::vector<Point> points;
};

struct Layout {
  std::vector<Box> boxes;  // one per node, same order
  std::vector<Connector> connectors;
  float width = 0, height = 0;  // the whole diagram
  int columns = 0;
};

// Lays out `nodes` (a forest in pre-order: each node after its parent, siblings in order).
// Nodes whose parent index is not an earlier node are treated as roots. Roots are stacked like
// siblings.
Layout layout_tree(const std::vector<Node>& nodes, const Metrics& metrics);

}  // namespace stempush::tree_layout
