// Calendar events and an iCalendar (RFC 5545) writer, shared by every plugin that exports dates
// (guest-speaker visits, recruitment events, ...). Pure C++: used by views, the CLI and unit tests.
//
// A plugin builds CalendarEvent values from its own data (dates and times as the workspace stores
// them: "YYYY-MM-DD" and "HH:MM") and calls write_ics(). The writer validates everything first and
// throws CalendarError (a translated sentence, the event's summary and the field) instead of
// writing a file that a calendar program would misread.
#pragma once
#include <ctime>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stempush::calendar {

// One event. Times are wall-clock times in the calendar's time zone (CalendarOptions::time_zone).
struct Event {
  // Stable identity: the same event exported again must carry the same uid, so that a calendar
  // program updates it instead of adding a copy. Build it with make_uid() from ids in the data,
  // never from the title or the date (those change when the user edits the event).
  std::string uid;
  std::string summary;      // required
  std::string location;     // optional: a place or a meeting link
  std::string description;  // optional: any text (newlines, commas, accents are fine)
  std::string url;          // optional: an absolute URI (https://..., mailto:...)
  bool all_day = false;
  std::string start_date;  // YYYY-MM-DD
  std::string start_time;  // HH:MM, 24-hour; ignored when all_day
  // The end; an empty end_date means the day of start_date. For an all-day event end_date is the
  // last day it covers (inclusive) and end_time is ignored; the writer emits the day after as
  // DTEND, as RFC 5545 wants.
  std::string end_date;
  std::string end_time;  // HH:MM; must be after the start
  // Raise it each time the event is exported after a change (RFC 5545 SEQUENCE); 0 for the first.
  int sequence = 0;
};

struct Options {
  // "UTC", or one of supported_time_zones(): the zone the user picked for the program. Event
  // times are read as wall-clock times in that zone.
  std::string time_zone = "UTC";
  std::string name;          // X-WR-CALNAME, the name most programs show (optional)
  std::time_t stamp = 0;     // DTSTAMP: when the file was made; 0 = now
};

// A bad event or option. what() is a translated sentence (core i18n catalog, "calendar.error.*"),
// made in the language current when it was thrown; key/args let a caller translate it again.
struct CalendarError : std::runtime_error {
  CalendarError(std::string key, std::vector<std::string> args);
  std::string key;
  std::vector<std::string> args;
};

// Time zones the writer can describe with a VTIMEZONE: the United States' zones the programs are
// in. Each id is an IANA name; its label is the i18n key "calendar.zone.<id>".
// Covered: the current US daylight-saving rule (since 2007: second Sunday of March to the first
// Sunday of November, at 02:00 local time) for the zones that observe it; fixed offsets for
// America/Phoenix, Pacific/Honolulu and America/Puerto_Rico. Not covered: dates before 2007 in a
// zone with daylight saving (older rules; the writer refuses them and suggests UTC), any future
// change of US law, and zones outside this list (refused with a message naming the supported ones).
const std::vector<std::string>& supported_time_zones();
bool is_supported_time_zone(std::string_view id);  // "UTC" included

// A globally unique, stable UID: "<id>.<scope>@stempush-toolkit". `scope` says whose ids these are
// (the plugin id, plus the program's name or another per-workspace key if ids can repeat across
// workspaces); `id` is the event's stable id in the plugin data. Characters outside
// [A-Za-z0-9._-] are percent-encoded so that any id is safe in the file.
std::string make_uid(std::string_view scope, std::string_view id);

// The whole VCALENDAR, lines ended by CRLF and folded at 75 octets. Throws CalendarError.
std::string write_ics(const std::vector<Event>& events, const Options& options);

// Building blocks (public so that tests can check them on their own):
// RFC 5545 TEXT escaping: \ ; , and newlines (LF, CRLF or CR become \n); other control characters
// are dropped (TEXT may not hold them).
std::string escape_text(std::string_view text);
// One content line folded to at most 75 octets per physical line (a continuation line starts with
// one space, which counts), never inside a UTF-8 character; every physical line ends with CRLF.
std::string fold_line(std::string_view line);

}  // namespace stempush::calendar
