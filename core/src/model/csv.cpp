// CSV in and out, RFC 4180 with the leniencies real exports need (see csv.hpp).
//
// The parser is one pass over the bytes: an unquoted field is found by scanning to the next comma
// or line end and copied once into Cells' buffer; a quoted one jumps from quote to quote (memchr).
// Nothing is allocated per field or record. It validates UTF-8 up front (ASCII 8 bytes at a time)
// so that the error can name a line before any record is built, and reports progress every
// 256 KiB so a long import can run in a UI without freezing it.
#include "stempush/csv.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "stempush/storage.hpp"

namespace stempush::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kProgressEvery = 256 * 1024;

// 1-based physical line of byte `offset`; CRLF, LF and a lone CR each end a line.
size_t line_of(std::string_view text, size_t offset) {
  size_t line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') ++line;
    else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) ++line;
  }
  return line;
}

// A field that is a plain number ("-2", "+1.5") is not a formula: keeping it as is lets numeric
// columns such as score changes stay numbers in a spreadsheet.
bool is_plain_number(std::string_view field) {
  if (field.size() < 2) return false;
  size_t i = (field[0] == '-' || field[0] == '+') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < field.size(); ++i) {
    char c = field[i];
    if (c >= '0' && c <= '9') digits = true;
    else if (c == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

}  // namespace

bool is_valid_utf8(std::string_view text, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { ++i; continue; }
    size_t len;
    unsigned min_code;
    unsigned code;
    if ((c & 0xE0) == 0xC0) { len = 2; min_code = 0x80; code = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min_code = 0x800; code = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min_code = 0x10000; code = c & 0x07; }
    else { if (bad_offset) *bad_offset = i; return false; }
    if (i + len > n) { if (bad_offset) *bad_offset = i; return false; }
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) { if (bad_offset) *bad_offset = i; return false; }
      code = (code << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min_code || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

namespace {

// The device's memory as the app may use it (posix_files.cpp / windows_files.cpp).
size_t g_max_import_bytes = 0;  // 0: the device's own

// ASCII runs are checked 8 bytes at a time; only the rest goes through the full UTF-8 check.
bool utf8_fast(std::string_view text, size_t* bad_offset) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ull) break;
    i += 8;
  }
  if (i == n) return true;
  // From the first 8-byte block holding a non-ASCII byte: the full check of the rest, which
  // starts on a character boundary (everything before was ASCII).
  size_t bad = 0;
  if (is_valid_utf8(text.substr(i), &bad)) return true;
  if (bad_offset) *bad_offset = i + bad;
  return false;
}

inline bool is_record_end(char c) { return c == '\n' || c == '\r'; }

}  // namespace

size_t max_import_bytes() {
  if (g_max_import_bytes) return g_max_import_bytes;
  // A lower limit for this process (tests of the command line; staff on a device shared with
  // other heavy programs): STEMPUSH_MAX_IMPORT_BYTES.
  if (const char* env = std::getenv("STEMPUSH_MAX_IMPORT_BYTES")) {
    size_t bytes = 0;
    const char* end = env + std::strlen(env);
    if (std::from_chars(env, end, bytes).ptr == end && bytes > 0) return bytes;
  }
  return detail::device_memory_bytes() / kImportMemoryFactor;
}

void set_max_import_bytes(size_t bytes) { g_max_import_bytes = bytes; }

std::string megabytes(size_t bytes) {
  char buf[32];
  if (bytes >= 1000 * 1000) std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / 1e6);
  else if (bytes >= 1000) std::snprintf(buf, sizeof buf, "%.0f KB", double(bytes) / 1e3);
  else std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
  return buf;
}

TooLargeError::TooLargeError(size_t bytes_, size_t limit_)
    : ParseError(0, "the file is " + megabytes(bytes_) + "; this device imports files of at most " + megabytes(limit_) +
                        " (split it into smaller files)"),
      bytes(bytes_),
      limit(limit_) {}

void check_import_size(size_t bytes) {
  const size_t limit = max_import_bytes();
  if (bytes > limit) throw TooLargeError(bytes, limit);
}

Row Cells::row(size_t r) const {
  Row out;
  out.reserve(width(r));
  for (size_t c = 0; c < width(r); ++c) out.emplace_back(at(r, c));
  return out;
}

size_t Cells::memory_bytes() const {
  return text_.capacity() + (field_end_.capacity() + row_first_.capacity() + row_lines_.capacity()) * sizeof(uint32_t);
}

Cells parse_cells(std::string_view text, const std::function<bool(size_t, size_t)>& progress) {
  check_import_size(text.size());  // before the copy
  return parse_cells_in_place(std::string(text), progress);
}

Cells parse_cells_in_place(std::string owned_text, const std::function<bool(size_t, size_t)>& progress) {
  const std::string_view text = owned_text;
  check_import_size(text.size());
  if (text.size() >= UINT32_MAX) throw TooLargeError(text.size(), UINT32_MAX - 1);  // offsets are 32-bit
  const std::string_view whole = text;
  size_t start = 0;
  if (text.substr(0, kBom.size()) == kBom) start = kBom.size();

  size_t bad = 0;
  if (!utf8_fast(text.substr(start), &bad)) {
    throw ParseError(line_of(whole, start + bad),
                     "the file is not UTF-8 text (save it as \"CSV UTF-8\" and try again)");
  }

  // The fields are written over the text itself: a field's bytes never move right (the commas,
  // line ends and quotes between them are dropped), so the write position never passes the read
  // position, and the file is held once, not twice.
  Cells cells;
  const size_t n = text.size();
  {
    // Records and fields counted in the first 64 KiB and scaled to the whole text, plus a
    // margin: the vectors then rarely grow (each growth copies them and briefly holds both).
    const std::string_view sample = text.substr(start, 64 * 1024);
    const size_t lines = size_t(std::count(sample.begin(), sample.end(), '\n')) + 1;
    const size_t fields = size_t(std::count(sample.begin(), sample.end(), ',')) + lines;
    const double scale = sample.empty() ? 1.0 : double(n - start) / double(sample.size()) * 1.05;
    const size_t most = n - start + 16;  // every field but the last ends with a byte of its own
    cells.field_end_.reserve(std::min(most, size_t(double(fields) * scale) + 16));
    cells.row_first_.reserve(std::min(most, size_t(double(lines) * scale) + 16));
    cells.row_lines_.reserve(std::min(most, size_t(double(lines) * scale) + 16));
  }
  cells.row_first_.push_back(0);
  char* const p = owned_text.data();
  size_t written = 0;
  auto append = [&](size_t from, size_t count) {
    std::memmove(p + written, p + from, count);
    written += count;
  };
  size_t line = 1;         // the physical line at i
  size_t next_progress = start + kProgressEvery;
  size_t i = start;

  while (i < n) {
    if (progress && i >= next_progress) {
      if (!progress(i, n)) throw ParseError(line, "cancelled");
      next_progress = i + kProgressEvery;
    }
    // A record starts at i. A line with nothing on it is skipped (not a record).
    if (is_record_end(p[i])) {
      i += (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
      ++line;
      continue;
    }
    const size_t record_line = line;
    for (;;) {  // one field per turn
      if (p[i] == '"') {
        const size_t opened_line = line;
        ++i;
        for (;;) {
          const void* q = std::memchr(p + i, '"', n - i);
          const size_t stop = q ? size_t(static_cast<const char*>(q) - p) : n;
          // Newlines inside quotes are kept exactly (CRLF stays CRLF) but still count as lines.
          for (size_t k = i; k < stop; ++k)
            if (p[k] == '\n' || (p[k] == '\r' && !(k + 1 < n && p[k + 1] == '\n'))) ++line;
          append(i, stop - i);
          if (!q) throw ParseError(opened_line, "a quoted field is never closed");
          i = stop + 1;
          if (i < n && p[i] == '"') {  // a doubled quote is one quote
            p[written++] = '"';
            ++i;
            continue;
          }
          break;
        }
        if (i < n && p[i] != ',' && !is_record_end(p[i]))
          throw ParseError(line, "unexpected text after a closing quote; a quote inside a quoted field must be "
                                 "doubled (\"\")");
      } else {
        // An unquoted field runs to the next comma or line end; a quote in its middle is kept as
        // text, as spreadsheets do.
        size_t k = i;
        while (k < n && p[k] != ',' && !is_record_end(p[k])) ++k;
        append(i, k - i);
        i = k;
      }
      cells.field_end_.push_back(uint32_t(written));
      if (i < n && p[i] == ',') {
        ++i;
        if (i < n && !is_record_end(p[i])) continue;
        cells.field_end_.push_back(uint32_t(written));  // "a," ends with an empty field
      }
      break;
    }
    cells.row_first_.push_back(uint32_t(cells.field_end_.size()));
    cells.row_lines_.push_back(uint32_t(record_line));
    if (i < n) {  // the record's line end
      i += (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
      ++line;
    }
  }
  if (progress) progress(n, n);
  owned_text.resize(written);
  cells.text_ = std::move(owned_text);
  return cells;
}

Table parse(std::string_view text, const std::function<bool(size_t, size_t)>& progress) {
  const Cells cells = parse_cells(text, progress);
  Table table;
  table.rows.reserve(cells.size());
  table.row_lines.reserve(cells.size());
  for (size_t r = 0; r < cells.size(); ++r) {
    table.rows.push_back(cells.row(r));
    table.row_lines.push_back(cells.line(r));
  }
  return table;
}

std::string escape_field(std::string_view field, bool allow_formula_chars) {
  std::string text;
  if (!allow_formula_chars && !field.empty() && !is_plain_number(field)) {
    char first = field[0];
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
        first == '\r') {
      text.push_back('\'');
    }
  }
  text.append(field);
  bool needs_quotes = text.find_first_of(",\"\r\n") != std::string::npos ||
                      (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!needs_quotes) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string unguard_field(std::string_view field) {
  if (field.size() >= 2 && field[0] == '\'') {
    const char next = field[1];
    const bool guarded = next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r';
    if (guarded && !is_plain_number(field.substr(1))) return std::string(field.substr(1));
  }
  return std::string(field);
}

std::string write(const std::vector<Row>& rows, bool with_bom) {
  std::string out;
  if (with_bom) out.append(kBom);
  for (const Row& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out.push_back(',');
      out.append(escape_field(row[i]));
    }
    out.append("\r\n");
  }
  return out;
}

}  // namespace stempush::csv
