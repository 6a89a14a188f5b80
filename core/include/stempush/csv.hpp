// CSV in and out (RFC 4180). Shared by every plugin that imports or exports tables.
#pragma once
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stempush::csv {

using Row = std::vector<std::string>;

struct ParseError : std::runtime_error {
  ParseError(size_t line, const std::string& message)
      : std::runtime_error(line ? "line " + std::to_string(line) + ": " + message : message), line(line) {}
  size_t line;  // 1-based physical line where the problem is; 0 for the whole file
};

// ---- How large a file an import takes ------------------------------------------------------------
// An import holds the file's text (as its fields: Cells), the records it builds and the codes it
// has seen: about kImportMemoryFactor times the file's size at its peak (bench/belonging measures
// it). A file whose import would not fit in the memory this device gives the app is refused
// before anything is read or built: max_import_bytes() is that share (natively a quarter of the
// physical memory, in the browser half the largest WebAssembly heap) divided by the factor.
// Measured at 9.0x to 9.4x natively (a belonging export of 20k and 100k responses: the stored
// responses about 5.3x, the fields 2.2x, the codes seen 1.3x); the factor keeps a margin above it,
// so a file under the limit does fit. The target is 10x.
inline constexpr size_t kImportMemoryFactor = 11;
size_t max_import_bytes();
// Tests (and a device that wants less) set the limit; 0 goes back to the device's own. Without
// it, the environment variable STEMPUSH_MAX_IMPORT_BYTES (bytes) lowers it for a process.
void set_max_import_bytes(size_t bytes);
// "12.5 MB", "640 KB", "12 bytes": a size in the words the refusal uses.
std::string megabytes(size_t bytes);

// The file is over max_import_bytes(). what(): "the file is 210.0 MB; this device imports files of
// at most 64.0 MB (split it into smaller files)"; the UI says the same through its catalogs.
struct TooLargeError : ParseError {
  TooLargeError(size_t bytes, size_t limit);
  size_t bytes, limit;
};
// Throws TooLargeError when `bytes` is over max_import_bytes().
void check_import_size(size_t bytes);

struct Table {
  std::vector<Row> rows;          // every record, the header row included
  std::vector<size_t> row_lines;  // 1-based physical line where each record starts
};

// A parsed table held compactly: every field's text in one buffer, found by offsets (no string
// and no vector per field or record). What the importers read; Table is the same as rows of strings.
class Cells {
 public:
  size_t size() const { return row_first_.empty() ? 0 : row_first_.size() - 1; }  // records, header included
  size_t width(size_t row) const { return row_first_[row + 1] - row_first_[row]; }
  // The field, or "" for a column past the end of a short record.
  std::string_view at(size_t row, size_t column) const {
    if (column >= width(row)) return {};
    const size_t f = row_first_[row] + column;
    const size_t begin = f ? field_end_[f - 1] : 0;
    return std::string_view(text_).substr(begin, field_end_[f] - begin);
  }
  size_t line(size_t row) const { return row_lines_[row]; }  // 1-based physical line where it starts
  Row row(size_t r) const;
  size_t memory_bytes() const;  // what it holds (for the memory benchmark)

 private:
  friend Cells parse_cells_in_place(std::string, const std::function<bool(size_t, size_t)>&);
  std::string text_;                  // the fields' text, unquoted, one after the other
  std::vector<uint32_t> field_end_;   // where each field ends in text_ (it starts where the last ended)
  std::vector<uint32_t> row_first_;   // each record's first field; one more: the end
  std::vector<uint32_t> row_lines_;
};

// Parses RFC 4180 text: quoted fields with commas, quotes ("") and newlines; CRLF, LF or CR line
// ends; a UTF-8 byte-order mark is skipped; blank lines are skipped. Throws ParseError for text
// that is not valid UTF-8 (with the line) or an unterminated quoted field.
// `progress(bytes_done, bytes_total)` is called now and then for long inputs; returning false
// cancels (throws ParseError "cancelled").
// Throws TooLargeError first for text over max_import_bytes().
// One pass over the bytes: a field is copied once (here into a copy of the text, in place by
// parse_cells_in_place), a field costs one offset and a record two.
Cells parse_cells(std::string_view text, const std::function<bool(size_t, size_t)>& progress = nullptr);
// The same, written over the text it is given: the file is held once, not once more as fields (an
// import's peak memory; issue 12 point 6). Give it the text with std::move.
Cells parse_cells_in_place(std::string text, const std::function<bool(size_t, size_t)>& progress = nullptr);
// The same as rows of strings (small tables: rosters, run charts).
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
