// The driver diagram's layout: text wrapped inside boxes, one column per depth, parents centred on
// their children, no overlaps, connectors from parent to child.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <random>

#include "stempush/tree_layout.hpp"

using namespace stempush::tree_layout;
using Catch::Approx;

namespace {

// 8 units per character (UTF-8 characters, not bytes), like a monospaced font.
float mono(std::string_view s) {
  float n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n += 8;
  return n;
}

Metrics metrics() {
  Metrics m;
  m.box_width = 100;  // 88 inside: 11 characters a line
  m.column_gap = 40;
  m.row_gap = 10;
  m.padding = 6;
  m.line_height = 16;
  m.caption_line_height = 12;
  m.caption_gap = 4;
  m.measure = mono;
  return m;
}

bool overlap(const Box& a, const Box& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

void check_layout(const std::vector<Node>& nodes, const Layout& l, const Metrics& m) {
  REQUIRE(l.boxes.size() == nodes.size());
  for (size_t i = 0; i < l.boxes.size(); ++i) {
    const Box& b = l.boxes[i];
    INFO("box " << i);
    CHECK(b.x == Approx(float(b.depth) * (m.box_width + m.column_gap)));
    CHECK(b.y >= 0);
    CHECK(b.bottom() <= l.height + 0.01f);
    CHECK(b.right() <= l.width + 0.01f);
    for (auto& line : b.lines) CHECK(m.measure(line) <= m.box_width - 2 * m.padding);
    for (size_t j = i + 1; j < l.boxes.size(); ++j) {
      INFO("against box " << j);
      CHECK_FALSE(overlap(b, l.boxes[j]));
    }
  }
  // Every parent sits at the middle of its first and last child (or its children were moved down
  // to keep it in its band, which keeps it centred all the same).
  for (size_t i = 0; i < nodes.size(); ++i) {
    std::vector<size_t> kids;
    for (size_t j = 0; j < nodes.size(); ++j)
      if (nodes[j].parent == int(i)) kids.push_back(j);
    if (kids.empty()) continue;
    INFO("parent " << i);
    CHECK(l.boxes[i].cy() == Approx((l.boxes[kids.front()].cy() + l.boxes[kids.back()].cy()) / 2));
  }
}

}  // namespace

TEST_CASE("wrap_text fills lines word by word and breaks long words between characters", "[tree_layout]") {
  CHECK(wrap_text("", 88, mono).empty());
  CHECK(wrap_text("Mentors call", 88, mono) == std::vector<std::string>{"Mentors", "call"});
  CHECK(wrap_text("a b c d e f", 88, mono) == std::vector<std::string>{"a b c d e f"});
  CHECK(wrap_text("a b c d e f g", 88, mono) == std::vector<std::string>{"a b c d e f", "g"});
  CHECK(wrap_text("  spaced   out  ", 88, mono) == std::vector<std::string>{"spaced out"});
  CHECK(wrap_text("one\ntwo\n", 88, mono) == std::vector<std::string>{"one", "two"});
  CHECK(wrap_text("one\n\ntwo", 88, mono) == std::vector<std::string>{"one", "", "two"});
  // 14 characters where 11 fit; a two-byte character is never cut in half.
  CHECK(wrap_text("abcdefghijklmn", 88, mono) == std::vector<std::string>{"abcdefghijk", "lmn"});
  CHECK(wrap_text("ñññññññññññññ", 88, mono) == std::vector<std::string>{"ñññññññññññ", "ññ"});
  CHECK(wrap_text("go abcdefghijklmn", 88, mono) == std::vector<std::string>{"go", "abcdefghijk", "lmn"});
  // Narrower than one character: one character a line, and the loop ends.
  CHECK(wrap_text("abc", 2, mono) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("an aim with drivers: columns by depth, parents centred, connectors as elbows", "[tree_layout]") {
  const Metrics m = metrics();
  //            0 aim
  //   1 primary        4 primary
  //  2 sec  3 sec       5 sec
  //                    6 idea 7 idea
  std::vector<Node> nodes = {{-1, "Aim", ""}, {0, "P1", ""}, {1, "S1", ""}, {1, "S2", ""},
                             {0, "P2", ""},  {4, "S3", ""}, {5, "I1", ""}, {5, "I2", "from: staff discussion"}};
  const Layout l = layout_tree(nodes, m);
  check_layout(nodes, l, m);
  CHECK(l.columns == 4);
  CHECK(l.width == Approx(4 * 100 + 3 * 40));
  CHECK(l.boxes[0].depth == 0);
  CHECK(l.boxes[6].depth == 3);
  // Leaves of one subtree stack with the row gap: S1 then S2, each one line high (16 + 2*6 = 28).
  CHECK(l.boxes[2].y == Approx(0));
  CHECK(l.boxes[2].h == Approx(28));
  CHECK(l.boxes[3].y == Approx(38));
  // The caption adds its gap and its lines: "from: staff" / "discussion" = 2 lines of 12.
  CHECK(l.boxes[7].caption_lines == std::vector<std::string>{"from: staff", "discussion"});
  CHECK(l.boxes[7].h == Approx(28 + 4 + 24));
  // Reading order is kept top to bottom in each column.
  CHECK(l.boxes[1].y < l.boxes[4].y);
  CHECK(l.boxes[6].y < l.boxes[7].y);

  REQUIRE(l.connectors.size() == 7);
  const Connector& c = l.connectors[0];  // aim -> P1
  CHECK(c.from == 0);
  CHECK(c.to == 1);
  REQUIRE(c.points.size() == 4);
  CHECK(c.points[0].x == Approx(l.boxes[0].right()));
  CHECK(c.points[0].y == Approx(l.boxes[0].cy()));
  CHECK(c.points[1].x == Approx(l.boxes[0].right() + 20));
  CHECK(c.points[2].y == Approx(l.boxes[1].cy()));
  CHECK(c.points[3].x == Approx(l.boxes[1].x));
}

TEST_CASE("a parent taller than its children moves them down and stays centred", "[tree_layout]") {
  const Metrics m = metrics();
  std::vector<Node> nodes = {{-1, "A long aim that wraps over many many lines of the box so it is tall", ""},
                             {0, "one", ""},
                             {-1, "second root", ""}};
  const Layout l = layout_tree(nodes, m);
  check_layout(nodes, l, m);
  CHECK(l.boxes[0].y == Approx(0));
  CHECK(l.boxes[0].lines.size() > 3);
  CHECK(l.boxes[1].y > 0);
  CHECK(l.boxes[2].y >= l.boxes[0].bottom() + m.row_gap - 0.01f);
}

TEST_CASE("an empty diagram and a lone aim", "[tree_layout]") {
  const Metrics m = metrics();
  Layout none = layout_tree({}, m);
  CHECK(none.boxes.empty());
  CHECK(none.width == 0);
  CHECK(none.height == 0);
  Layout one = layout_tree({{-1, "", ""}}, m);
  REQUIRE(one.boxes.size() == 1);
  CHECK(one.boxes[0].h == Approx(28));  // an empty text still gets a one-line box
  CHECK(one.connectors.empty());
}

TEST_CASE("random trees with random text never overlap and keep every parent centred", "[tree_layout]") {
  const Metrics m = metrics();
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::vector<Node> nodes = {{-1, "aim", ""}};
    std::vector<int> depth = {0};
    const int count = 1 + int(rng() % 30);
    for (int i = 1; i < count; ++i) {
      int parent = int(rng() % nodes.size());
      if (depth[size_t(parent)] >= 3) parent = 0;
      std::string text;
      for (unsigned w = rng() % 12; w > 0; --w) text += std::string(1 + rng() % 14, char('a' + rng() % 26)) + " ";
      nodes.push_back({parent, text, rng() % 4 == 0 ? "caption text here" : ""});
      depth.push_back(depth[size_t(parent)] + 1);
    }
    INFO("round " << round);
    check_layout(nodes, layout_tree(nodes, m), m);
  }
}
