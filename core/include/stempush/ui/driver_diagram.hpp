// A tree drawn as boxes and connectors in columns, left to right: the driver diagram (aim ->
// primary drivers -> secondary drivers -> change ideas), or any plugin's tree of the same shape.
// One call per frame with the boxes; the layout arithmetic is stempush/tree_layout.hpp (unit
// tested), the drawing is ImDrawList.
//
// Selection and keys: a click (or Enter/Space on a box reached with Tab or the arrow keys)
// selects a box, and keyboard focus moving to a box selects it too. On the selected, focused box
// Insert asks to add a child, F2 to rename, Delete to remove, Ctrl+Up / Ctrl+Down to move it among
// its siblings; the widget only reports the request, the caller changes its model and commits.
// Every box is an item named for automation and screen readers (DiagramBox::name), so UI tests
// click boxes as a user does.
#pragma once
#include <string>
#include <vector>

namespace stempush::ui {

struct DiagramBox {
  std::string id;       // stable and unique: the selection
  std::string text;     // wrapped inside the box
  std::string caption;  // a muted block under the text (where an idea came from); may be empty
  std::string name;     // the box's name for automation ("Primary driver: Mentors"); empty: text
  int parent = -1;      // index of its parent in the list (parents first), -1 for a root
  bool emphasis = false;  // drawn with the accent (the aim)
};

enum class DiagramRequest { None, AddChild, Rename, MoveUp, MoveDown, Remove };

struct DiagramOptions {
  std::vector<std::string> column_titles;  // above each column ("Aim", "Primary drivers", ...)
  float box_width_em = 12;                 // in font sizes
  float max_height = 0;                    // > 0: scroll beyond this many pixels
};

// Draws the diagram in a scrolling child region named `label` ("##id" hides it). `*selected` is
// the selected box's id (may be empty or stale: then nothing is highlighted); a click changes it.
// When the caller changes `*selected` itself (a new box it just added), keyboard focus follows.
// Returns what the user asked for on the selected box this frame.
DiagramRequest driver_diagram(const char* label, const std::vector<DiagramBox>& boxes, std::string* selected,
                              const DiagramOptions& options = {});

}  // namespace stempush::ui
