#include "stempush/calendar.hpp"

#include <array>
#include <cstdio>
#include <set>

#include "stempush/csv.hpp"
#include "stempush/dates.hpp"
#include "stempush/i18n.hpp"

namespace stempush::calendar {

namespace {

// A zone as a VTIMEZONE can say it. Offsets are minutes east of UTC.
struct ZoneRule {
  const char* id;
  int standard_offset;
  const char* standard_name;
  const char* daylight_name;  // nullptr: no daylight saving
};

// Standard offsets and abbreviations of the zones programs are in (see calendar.hpp for what the
// rules cover). Daylight time is always one hour ahead of standard time in the US.
constexpr std::array<ZoneRule, 8> kZones{{
    {"America/New_York", -5 * 60, "EST", "EDT"},
    {"America/Chicago", -6 * 60, "CST", "CDT"},
    {"America/Denver", -7 * 60, "MST", "MDT"},
    {"America/Phoenix", -7 * 60, "MST", nullptr},
    {"America/Los_Angeles", -8 * 60, "PST", "PDT"},
    {"America/Anchorage", -9 * 60, "AKST", "AKDT"},
    {"Pacific/Honolulu", -10 * 60, "HST", nullptr},
    {"America/Puerto_Rico", -4 * 60, "AST", nullptr},
}};

// The first year each kind of zone describes correctly: the current US rule took effect in 2007;
// the fixed-offset zones have kept their offset since before 1970.
constexpr int kFirstYearWithDaylight = 2007;
constexpr int kFirstYearFixed = 1970;

const ZoneRule* find_zone(std::string_view id) {
  for (const ZoneRule& zone : kZones)
    if (id == zone.id) return &zone;
  return nullptr;
}

[[noreturn]] void fail(const char* key, std::vector<std::string> args) {
  throw CalendarError(key, std::move(args));
}

std::string offset_text(int minutes) {  // -300 -> "-0500"
  char buf[32];
  const int magnitude = minutes < 0 ? -minutes : minutes;
  std::snprintf(buf, sizeof buf, "%c%02d%02d", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
  return buf;
}

bool is_hh_mm(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (size_t i : {0, 1, 3, 4})
    if (text[i] < '0' || text[i] > '9') return false;
  const int hour = (text[0] - '0') * 10 + (text[1] - '0');
  const int minute = (text[3] - '0') * 10 + (text[4] - '0');
  return hour < 24 && minute < 60;
}

int year_of(const std::string& iso_date) { return std::stoi(iso_date.substr(0, 4)); }

// "2026-11-25" -> "20261125"; "2026-11-25", "14:30" -> "20261125T143000".
std::string ics_date(const std::string& iso_date) {
  return iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
}
std::string ics_date_time(const std::string& iso_date, const std::string& hh_mm) {
  return ics_date(iso_date) + "T" + hh_mm.substr(0, 2) + hh_mm.substr(3, 2) + "00";
}

// The day after an ISO date (all-day DTEND is exclusive).
std::string next_day(const std::string& iso_date) {
  int year = year_of(iso_date), month = std::stoi(iso_date.substr(5, 2)), day = std::stoi(iso_date.substr(8, 2));
  ++day;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  if (!is_iso_date(buf)) {
    day = 1;
    if (++month > 12) month = 1, ++year;
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::string utc_stamp(std::time_t when) {
  std::tm utc{};
  gmtime_r(&when, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &utc);
  return buf;
}

// RFC 3986 scheme ":" something, with no spaces or control characters. Bytes outside ASCII are
// percent-encoded (as a browser does with a typed address), so accents in a path stay readable.
bool encode_uri(std::string_view url, std::string& out) {
  const size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == url.size()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(url[0])) return false;
  for (size_t i = 1; i < colon; ++i) {
    const char c = url[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  out.clear();
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\') return false;
    if (byte >= 0x80) {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", byte);
      out += buf;
    } else {
      out += c;
    }
  }
  return true;
}

void add_line(std::string& out, std::string_view line) { out += fold_line(line); }

void add_vtimezone(std::string& out, const ZoneRule& zone) {
  add_line(out, "BEGIN:VTIMEZONE");
  add_line(out, std::string("TZID:") + zone.id);
  const std::string standard = offset_text(zone.standard_offset);
  if (!zone.daylight_name) {
    add_line(out, "BEGIN:STANDARD");
    add_line(out, "DTSTART:19700101T000000");
    add_line(out, "TZOFFSETFROM:" + standard);
    add_line(out, "TZOFFSETTO:" + standard);
    add_line(out, std::string("TZNAME:") + zone.standard_name);
    add_line(out, "END:STANDARD");
  } else {
    // Onsets are local times in the offset in force before the change (RFC 5545 3.6.5): 02:00
    // standard time on the second Sunday of March, 02:00 daylight time on the first Sunday of November.
    const std::string daylight = offset_text(zone.standard_offset + 60);
    add_line(out, "BEGIN:DAYLIGHT");
    add_line(out, "DTSTART:20070311T020000");
    add_line(out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    add_line(out, "TZOFFSETFROM:" + standard);
    add_line(out, "TZOFFSETTO:" + daylight);
    add_line(out, std::string("TZNAME:") + zone.daylight_name);
    add_line(out, "END:DAYLIGHT");
    add_line(out, "BEGIN:STANDARD");
    add_line(out, "DTSTART:20071104T020000");
    add_line(out, "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    add_line(out, "TZOFFSETFROM:" + daylight);
    add_line(out, "TZOFFSETTO:" + standard);
    add_line(out, std::string("TZNAME:") + zone.standard_name);
    add_line(out, "END:STANDARD");
  }
  add_line(out, "END:VTIMEZONE");
}

std::string zone_list() {
  std::string list = "UTC";
  for (const ZoneRule& zone : kZones) list += std::string(", ") + zone.id;
  return list;
}

// Checks one event against the calendar's zone; throws CalendarError naming the event.
void validate(const Event& event, const ZoneRule* zone) {
  const std::string name = event.summary.empty() ? event.uid : event.summary;
  for (const std::string* text : {&event.uid, &event.summary, &event.location, &event.description, &event.url}) {
    if (!csv::is_valid_utf8(*text))
      fail("calendar.error.not_utf8", {csv::is_valid_utf8(event.uid) ? event.uid : std::string("?")});
  }
  if (event.summary.empty()) fail("calendar.error.no_summary", {event.uid});
  if (event.uid.empty()) fail("calendar.error.no_uid", {name});
  if (event.sequence < 0) fail("calendar.error.bad_sequence", {name});
  if (!is_iso_date(event.start_date)) fail("calendar.error.bad_start_date", {name, event.start_date});
  const std::string& end_date = event.end_date.empty() ? event.start_date : event.end_date;
  if (!is_iso_date(end_date)) fail("calendar.error.bad_end_date", {name, end_date});
  if (event.all_day) {
    if (end_date < event.start_date) fail("calendar.error.end_before_start", {name});
  } else {
    if (!is_hh_mm(event.start_time)) fail("calendar.error.bad_start_time", {name, event.start_time});
    if (!is_hh_mm(event.end_time)) fail("calendar.error.bad_end_time", {name, event.end_time});
    // Same zone, same fixed-width format: text order is time order (a fall-back hour aside).
    if (end_date + event.end_time <= event.start_date + event.start_time)
      fail("calendar.error.end_before_start", {name});
    if (zone) {
      const int first = zone->daylight_name ? kFirstYearWithDaylight : kFirstYearFixed;
      if (year_of(event.start_date) < first) fail("calendar.error.too_early", {name, std::to_string(first)});
    }
  }
  std::string encoded;
  if (!event.url.empty() && !encode_uri(event.url, encoded)) fail("calendar.error.bad_url", {name, event.url});
}

}  // namespace

CalendarError::CalendarError(std::string key_in, std::vector<std::string> args_in)
    : std::runtime_error(trf(key_in, args_in)), key(std::move(key_in)), args(std::move(args_in)) {}

const std::vector<std::string>& supported_time_zones() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> out;
    for (const ZoneRule& zone : kZones) out.emplace_back(zone.id);
    return out;
  }();
  return ids;
}

bool is_supported_time_zone(std::string_view id) { return id == "UTC" || find_zone(id) != nullptr; }

std::string make_uid(std::string_view scope, std::string_view id) {
  auto encode = [](std::string_view part) {
    std::string out;
    for (char c : part) {
      const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                         c == '.' || c == '_' || c == '-';
      if (plain) {
        out += c;
      } else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
        out += buf;
      }
    }
    return out;
  };
  // "/" never survives encoding, so different (scope, id) pairs cannot give the same UID.
  return encode(scope) + "/" + encode(id) + "@stempush-toolkit";
}

std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r':
        out += "\\n";
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) break;
        out += c;
    }
  }
  return out;
}

std::string fold_line(std::string_view line) {
  constexpr size_t kMaxOctets = 75;
  std::string out;
  size_t at = 0;
  bool first = true;
  do {
    const size_t room = first ? kMaxOctets : kMaxOctets - 1;  // a continuation starts with a space
    size_t take = std::min(room, line.size() - at);
    // Back up to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
    while (take > 0 && at + take < line.size() && (static_cast<unsigned char>(line[at + take]) & 0xC0) == 0x80)
      --take;
    if (!first) out += ' ';
    out.append(line.substr(at, take));
    out += "\r\n";
    at += take;
    first = false;
  } while (at < line.size());
  return out;
}

std::string write_ics(const std::vector<Event>& events, const Options& options) {
  const ZoneRule* zone = nullptr;
  if (options.time_zone != "UTC") {
    zone = find_zone(options.time_zone);
    if (!zone) fail("calendar.error.unknown_zone", {options.time_zone, zone_list()});
  }
  std::set<std::string> uids;
  bool any_timed = false;
  for (const Event& event : events) {
    validate(event, zone);
    if (!uids.insert(event.uid).second) fail("calendar.error.duplicate_uid", {event.uid});
    any_timed = any_timed || !event.all_day;
  }

  std::string out;
  add_line(out, "BEGIN:VCALENDAR");
  add_line(out, "VERSION:2.0");
  add_line(out, std::string("PRODID:-//STEM PUSH Network//STEM PUSH Toolkit ") + STEMPUSH_VERSION + "//EN");
  add_line(out, "CALSCALE:GREGORIAN");
  add_line(out, "METHOD:PUBLISH");
  if (!options.name.empty()) add_line(out, "X-WR-CALNAME:" + escape_text(options.name));
  if (zone) add_line(out, std::string("X-WR-TIMEZONE:") + zone->id);
  // A VTIMEZONE only when some DTSTART/DTEND refers to it (all-day dates carry no zone).
  if (zone && any_timed) add_vtimezone(out, *zone);

  const std::string stamp = utc_stamp(options.stamp ? options.stamp : std::time(nullptr));
  auto date_time = [&](const std::string& name, const std::string& date, const std::string& time) {
    if (zone) return name + ";TZID=" + zone->id + ":" + ics_date_time(date, time);
    return name + ":" + ics_date_time(date, time) + "Z";
  };
  for (const Event& event : events) {
    const std::string& end_date = event.end_date.empty() ? event.start_date : event.end_date;
    add_line(out, "BEGIN:VEVENT");
    add_line(out, "UID:" + escape_text(event.uid));
    add_line(out, "DTSTAMP:" + stamp);
    if (event.all_day) {
      add_line(out, "DTSTART;VALUE=DATE:" + ics_date(event.start_date));
      add_line(out, "DTEND;VALUE=DATE:" + ics_date(next_day(end_date)));
    } else {
      add_line(out, date_time("DTSTART", event.start_date, event.start_time));
      add_line(out, date_time("DTEND", end_date, event.end_time));
    }
    if (event.sequence > 0) add_line(out, "SEQUENCE:" + std::to_string(event.sequence));
    add_line(out, "SUMMARY:" + escape_text(event.summary));
    if (!event.location.empty()) add_line(out, "LOCATION:" + escape_text(event.location));
    if (!event.description.empty()) add_line(out, "DESCRIPTION:" + escape_text(event.description));
    if (!event.url.empty()) {
      std::string encoded;
      encode_uri(event.url, encoded);
      add_line(out, "URL:" + encoded);
    }
    add_line(out, "END:VEVENT");
  }
  add_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace stempush::calendar
