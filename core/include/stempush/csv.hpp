// CSV in and out (RFC 4180). Shared by every plugin that imports or exports tables.
#pragma once
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stempush::csv {

using Row = std::vector<std::string>;

struct ParseError : std::runtime_error {
  ParseError(size_t line, const std::string& message)
      : std::runtime_error("line " + std::to_string(line) + ": " + message), line(line) {}
  size_t line;  // 1-based physical line where the problem is
};

struct Table {
  std::vector<Row> rows;          // every record, the header row included
  std::vector<size_t> row_lines;  // 1-based physical line where each record starts
};

// Parses RFC 4180 text: quoted fields with commas, quotes ("") and newlines; CRLF, LF or CR line
// ends; a UTF-8 byte-order mark is skipped; blank lines are skipped. Throws ParseError for text
// that is not valid UTF-8 (with the line) or an unterminated quoted field.
// `progress(bytes_done, bytes_total)` is called now and then for long inputs; returning false
// cancels (throws ParseError "cancelled").
Table parse(std::string_view text,
            const std::function<bool(size_t, size_t)>& progress = nullptr);

// One field for writing: quoted when needed. Cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or CR) are prefixed with ' unless `allow_formula_chars`; a plain
// number such as "-2" or "+1.5" is left alone, since it cannot run as a formula.
std::string escape_field(std::string_view field, bool allow_formula_chars = false);
// The cell as it was before escape_field's formula guard: a parsed field "'=x", "'+1 412" or
// "'-note" loses the ' it was given, so an exported table reads back to the same values. (A cell
// typed as "'=x" on purpose reads back as "=x": the guard cannot tell the two apart.)
std::string unguard_field(std::string_view field);
// Rows joined with CRLF (each row ends with one), as RFC 4180 says; a UTF-8 BOM first so that Excel reads accents right.
std::string write(const std::vector<Row>& rows, bool with_bom = true);

bool is_valid_utf8(std::string_view text, size_t* bad_offset = nullptr);

}  // namespace stempush::csv
