// CSV in and out, RFC 4180 with the leniencies real exports need (see csv.hpp).
//
// The parser is one pass over the bytes with a small state machine. It validates UTF-8 up front so
// that the error can name a line before any record is built, and reports progress every 256 KiB so
// a 20,000-row import can run in a UI without freezing it.
#include "stempush/csv.hpp"

#include <cstdlib>

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

Table parse(std::string_view text, const std::function<bool(size_t, size_t)>& progress) {
  const std::string_view whole = text;
  size_t start = 0;
  if (text.substr(0, kBom.size()) == kBom) start = kBom.size();

  size_t bad = 0;
  if (!is_valid_utf8(text.substr(start), &bad)) {
    throw ParseError(line_of(whole, start + bad),
                     "the file is not UTF-8 text (save it as \"CSV UTF-8\" and try again)");
  }

  Table table;
  Row row;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;  // a quoted empty field makes a line non-blank
  bool after_closing_quote = false;
  size_t line = 1;
  size_t record_line = 1;
  size_t quote_opened_line = 1;
  size_t next_progress = start + kProgressEvery;

  auto end_field = [&] {
    row.push_back(std::move(field));
    field.clear();
    after_closing_quote = false;
  };
  auto end_record = [&] {
    bool blank = row.empty() && field.empty() && !field_was_quoted;
    if (!blank) {
      end_field();
      table.rows.push_back(std::move(row));
      table.row_lines.push_back(record_line);
    }
    row.clear();
    field.clear();
    field_was_quoted = false;
    after_closing_quote = false;
  };

  const size_t n = text.size();
  for (size_t i = start; i < n; ++i) {
    if (progress && i >= next_progress) {
      if (!progress(i, n)) throw ParseError(line, "cancelled");
      next_progress = i + kProgressEvery;
    }
    char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < n && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
          after_closing_quote = true;
        }
      } else {
        // Newlines inside quotes are kept exactly (CRLF stays CRLF) but still count as lines.
        if (c == '\n' || (c == '\r' && !(i + 1 < n && text[i + 1] == '\n'))) ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == ',') {
      end_field();
      field_was_quoted = false;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      end_record();
      ++line;
      record_line = line;
    } else if (after_closing_quote) {
      throw ParseError(line, std::string("unexpected text after a closing quote; a quote inside a "
                                         "quoted field must be doubled (\"\")"));
    } else if (c == '"' && field.empty()) {
      in_quotes = true;
      field_was_quoted = true;
      quote_opened_line = line;
    } else {
      // A quote in the middle of an unquoted field is kept as text, as spreadsheets do.
      field.push_back(c);
    }
  }
  if (in_quotes) throw ParseError(quote_opened_line, "a quoted field is never closed");
  end_record();
  if (progress) progress(n, n);
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
