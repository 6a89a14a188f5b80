// The iCalendar writer: escaping and folding on their own, then whole files read back by ical.js
// (a real RFC 5545 parser) and compared field by field, with the instants computed here by hand.
#include <catch2/catch_test_macros.hpp>

#include <ctime>
#include <string>
#include <vector>

#include "stempush/calendar.hpp"
#include "stempush/i18n.hpp"
#include "unit/ical_reader.hpp"

namespace cal = stempush::calendar;
using nlohmann::json;

namespace {

// Seconds since 1970 of a UTC wall time (glibc's timegm: independent of the writer).
long long utc(int year, int month, int day, int hour, int minute) {
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = month - 1;
  t.tm_mday = day;
  t.tm_hour = hour;
  t.tm_min = minute;
  return static_cast<long long>(timegm(&t));
}

cal::Event timed(std::string uid, std::string date, std::string start, std::string end) {
  cal::Event e;
  e.uid = std::move(uid);
  e.summary = "Guest speaker: Dr. Ana Ruiz";
  e.start_date = date;
  e.start_time = std::move(start);
  e.end_time = std::move(end);
  return e;
}

cal::Options options(std::string zone) {
  cal::Options o;
  o.time_zone = std::move(zone);
  o.stamp = utc(2026, 11, 25, 9, 30) + 12;  // a fixed DTSTAMP: 2026-11-25 09:30:12 UTC
  return o;
}

// Writes, checks the line rules, and reads back with ical.js.
json write_and_read(const std::vector<cal::Event>& events, const cal::Options& o) {
  const std::string ics = cal::write_ics(events, o);
  INFO(ics);
  REQUIRE(test_support::ics_line_problem(ics) == "");
  return test_support::read_ics_text_with_icaljs(ics);
}

std::string error_key(const std::vector<cal::Event>& events, const cal::Options& o) {
  try {
    cal::write_ics(events, o);
  } catch (const cal::CalendarError& e) {
    return e.key;
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("TEXT escaping: backslash, semicolon, comma, every kind of newline; control characters dropped",
          "[calendar]") {
  REQUIRE(cal::escape_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
  REQUIRE(cal::escape_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  REQUIRE(cal::escape_text(std::string("bell\x07 tab\t del\x7f", 16)) == "bell tab\t del");
  REQUIRE(cal::escape_text("Año: ¿qué?") == "Año: ¿qué?");
  REQUIRE(cal::escape_text("") == "");
}

TEST_CASE("folding: at most 75 octets a line, continuation lines start with one space, never inside a UTF-8 character",
          "[calendar]") {
  const std::string ascii(200, 'x');
  const std::string folded = cal::fold_line("DESCRIPTION:" + ascii);
  // 212 octets: 75 on the first line, then 74 after each leading space: 75 + 74 + 63.
  REQUIRE(folded == "DESCRIPTION:" + ascii.substr(0, 63) + "\r\n " + ascii.substr(63, 74) + "\r\n " +
                        ascii.substr(137) + "\r\n");
  REQUIRE(cal::fold_line("SHORT:x") == "SHORT:x\r\n");
  REQUIRE(cal::fold_line(std::string(75, 'y')) == std::string(75, 'y') + "\r\n");
  REQUIRE(cal::fold_line(std::string(76, 'y')) == std::string(75, 'y') + "\r\n y\r\n");

  // "é" is 2 octets, "€" 3, "𝄞" 4: shift each so that one straddles the 75th octet.
  for (const std::string ch : {"é", "€", "𝄞"}) {
    for (size_t pad = 0; pad < 4; ++pad) {
      std::string line = "SUMMARY:" + std::string(pad, 'a');
      while (line.size() < 300) line += ch;
      const std::string out = cal::fold_line(line);
      INFO("character " << ch << ", padding " << pad);
      REQUIRE(test_support::ics_line_problem(out) == "");
      std::string unfolded = out;
      for (size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
      REQUIRE(unfolded == line + "\r\n");
    }
  }
}

TEST_CASE("a description with commas, semicolons, newlines, Spanish accents and a 200-character line reads back unchanged",
          "[calendar][icaljs]") {
  cal::Event e = timed(cal::make_uid("guest_speaker", "visit-7"), "2026-11-25", "14:30", "15:45");
  e.summary = "Visita: ingeniería, ciencia; y más";
  e.location = "Biblioteca Carnegie, Sala 2; Pittsburgh, PA";
  const std::string long_line =
      "Preguntas de los estudiantes: ¿cómo llegó a la ingeniería?, ¿cuánto cuesta la universidad?; "
      "¿qué hace en un día normal?, ¿se sintió parte del campo desde el principio? Gracias, señora Núñez.";
  REQUIRE(long_line.size() >= 200);
  e.description = "Before: students write questions, one per card.\nDuring: welcome; story; Q&A, small groups.\r\n"
                  "After: reflection \\ exit ticket.\n" + long_line;
  e.url = "https://example.org/visits/7?lang=es&x=a,b;c";
  const json read = write_and_read({e}, options("UTC"));

  REQUIRE(read["version"] == "2.0");
  REQUIRE(read["prodid"].get<std::string>().find("STEM PUSH Toolkit") != std::string::npos);
  REQUIRE(read["calscale"] == "GREGORIAN");
  REQUIRE(read["events"].size() == 1);
  const json& ev = read["events"][0];
  REQUIRE(ev["uid"] == "guest_speaker/visit-7@stempush-toolkit");
  REQUIRE(ev["summary"] == e.summary);
  REQUIRE(ev["location"] == e.location);
  // CRLF in the input is one newline, as calendar programs show it.
  REQUIRE(ev["description"] == "Before: students write questions, one per card.\nDuring: welcome; story; Q&A, small groups.\n"
                               "After: reflection \\ exit ticket.\n" + long_line);
  REQUIRE(ev["url"] == e.url);
  REQUIRE(ev["start"]["unix"] == utc(2026, 11, 25, 14, 30));
  REQUIRE(ev["end"]["unix"] == utc(2026, 11, 25, 15, 45));
  REQUIRE(ev["start"]["zone"] == "UTC");
  REQUIRE(ev["start"]["all_day"] == false);
  REQUIRE(ev["dtstamp"]["unix"] == utc(2026, 11, 25, 9, 30) + 12);
  REQUIRE(ev["dtstamp"]["zone"] == "UTC");
}

TEST_CASE("every supported zone: a VTIMEZONE whose offsets are right in winter, summer and on both change days",
          "[calendar][icaljs]") {
  struct Case {
    const char* zone;
    int winter_hours;  // UTC offset in January, by hand from the zone's standard time
    int summer_hours;  // in July
  };
  const Case cases[] = {
      {"America/New_York", -5, -4},    {"America/Chicago", -6, -5},  {"America/Denver", -7, -6},
      {"America/Phoenix", -7, -7},     {"America/Los_Angeles", -8, -7}, {"America/Anchorage", -9, -8},
      {"Pacific/Honolulu", -10, -10},  {"America/Puerto_Rico", -4, -4},
  };
  REQUIRE(cal::supported_time_zones().size() == std::size(cases));
  for (const Case& c : cases) {
    INFO(c.zone);
    REQUIRE(cal::is_supported_time_zone(c.zone));
    // 2026: DST starts Sunday 8 March at 02:00 and ends Sunday 1 November at 02:00 (US rule).
    std::vector<cal::Event> events = {
        timed("winter", "2026-01-15", "10:00", "11:30"),
        timed("summer", "2026-07-15", "10:00", "11:30"),
        timed("before-spring", "2026-03-08", "00:30", "01:30"),  // standard time
        timed("after-spring", "2026-03-08", "03:00", "04:00"),   // daylight time
        timed("before-fall", "2026-10-31", "23:00", "23:30"),    // daylight time
        timed("after-fall", "2026-11-01", "09:00", "10:00"),     // standard time
        timed("second-sunday-2027", "2027-03-13", "12:00", "13:00"),  // Saturday before DST starts 14 March 2027
    };
    events[0].end_date = "2026-01-15";
    const json read = write_and_read(events, options(c.zone));
    REQUIRE(read["timezones"] == json::array({c.zone}));
    REQUIRE(read["events"].size() == events.size());
    auto check = [&](size_t index, int y, int mo, int d, int h, int mi, int offset_hours, int minutes_long) {
      const json& ev = read["events"][index];
      INFO(ev.dump());
      REQUIRE(ev["uid"] == events[index].uid);
      REQUIRE(ev["start"]["zone"] == c.zone);
      REQUIRE(ev["start"]["utc_offset_seconds"] == offset_hours * 3600);
      REQUIRE(ev["start"]["unix"] == utc(y, mo, d, h, mi) - offset_hours * 3600LL);
      REQUIRE(ev["end"]["unix"].get<long long>() - ev["start"]["unix"].get<long long>() == minutes_long * 60);
    };
    check(0, 2026, 1, 15, 10, 0, c.winter_hours, 90);
    check(1, 2026, 7, 15, 10, 0, c.summer_hours, 90);
    check(2, 2026, 3, 8, 0, 30, c.winter_hours, 60);
    check(3, 2026, 3, 8, 3, 0, c.summer_hours, 60);
    check(4, 2026, 10, 31, 23, 0, c.summer_hours, 30);
    check(5, 2026, 11, 1, 9, 0, c.winter_hours, 60);
    check(6, 2027, 3, 13, 12, 0, c.winter_hours, 60);
  }
}

TEST_CASE("UID: stable for the same event, different for different events, kept when the event is edited",
          "[calendar][icaljs]") {
  REQUIRE(cal::make_uid("recruitment", "event-3") == cal::make_uid("recruitment", "event-3"));
  REQUIRE(cal::make_uid("recruitment", "event-3") != cal::make_uid("recruitment", "event-4"));
  REQUIRE(cal::make_uid("recruitment", "event-3") != cal::make_uid("guest_speaker", "event-3"));
  // The separator cannot be forged by an id or a scope.
  REQUIRE(cal::make_uid("a.b", "c") != cal::make_uid("a", "b.c"));
  REQUIRE(cal::make_uid("a/b", "c") != cal::make_uid("a", "b/c"));
  REQUIRE(cal::make_uid("p", "café, 2; x") == "p/caf%C3%A9%2C%202%3B%20x@stempush-toolkit");

  cal::Event first = timed(cal::make_uid("recruitment", "event-3"), "2026-05-02", "10:00", "12:00");
  cal::Options o = options("America/Chicago");
  const json before = write_and_read({first}, o);
  // The user moves the event and renames it; the file is made again a day later.
  first.summary = "Library info session (moved)";
  first.start_date = "2026-05-09";
  first.sequence = 1;
  o.stamp += 86400;
  const json after = write_and_read({first}, o);
  REQUIRE(before["events"][0]["uid"] == after["events"][0]["uid"]);
  REQUIRE(after["events"][0]["sequence"] == 1);
  REQUIRE(after["events"][0]["summary"] == "Library info session (moved)");
  REQUIRE(after["events"][0]["start"]["unix"] == utc(2026, 5, 9, 15, 0));
  REQUIRE(after["events"][0]["dtstamp"]["unix"].get<long long>() ==
          before["events"][0]["dtstamp"]["unix"].get<long long>() + 86400);
}

TEST_CASE("all-day events: DATE values, the end is the day after the last day, no zone attached", "[calendar][icaljs]") {
  cal::Event one;
  one.uid = "deadline";
  one.summary = "Applications close";
  one.all_day = true;
  one.start_date = "2028-02-28";
  cal::Event several = one;
  several.uid = "winter-break";
  several.summary = "Winter break";
  several.start_date = "2026-12-21";
  several.end_date = "2026-12-31";
  cal::Event leap = one;
  leap.uid = "leap";
  leap.start_date = "2028-02-29";
  leap.end_date = "2028-02-29";
  const std::string ics = cal::write_ics({one, several, leap}, options("America/Denver"));
  REQUIRE(ics.find("BEGIN:VTIMEZONE") == std::string::npos);  // nothing refers to a zone
  const json read = write_and_read({one, several, leap}, options("America/Denver"));
  const json& events = read["events"];
  REQUIRE(events.size() == 3);
  for (const json& ev : events) {
    REQUIRE(ev["start"]["all_day"] == true);
    REQUIRE(ev["end"]["all_day"] == true);
  }
  REQUIRE(events[0]["start"]["text"] == "2028-02-28");
  REQUIRE(events[0]["end"]["text"] == "2028-02-29");
  REQUIRE(events[1]["start"]["text"] == "2026-12-21");
  REQUIRE(events[1]["end"]["text"] == "2027-01-01");
  REQUIRE(events[2]["end"]["text"] == "2028-03-01");
  REQUIRE(events[1]["summary"] == "Winter break");
}

TEST_CASE("bad input is refused with a translated sentence, and nothing is written", "[calendar]") {
  stempush::i18n::reset();
  stempush::i18n::load_core_catalogs();
  const cal::Event good = timed("ok", "2026-11-25", "10:00", "11:00");
  struct Bad {
    const char* why;
    cal::Event event;
    std::string zone;
    const char* key;
  };
  auto with = [&](auto change) {
    cal::Event e = good;
    change(e);
    return e;
  };
  const std::vector<Bad> bad = {
      {"end before start", with([](cal::Event& e) { e.end_time = "09:59"; }), "UTC", "calendar.error.end_before_start"},
      {"zero length", with([](cal::Event& e) { e.end_time = "10:00"; }), "UTC", "calendar.error.end_before_start"},
      {"end on an earlier day", with([](cal::Event& e) { e.end_date = "2026-11-24"; e.end_time = "23:00"; }), "UTC",
       "calendar.error.end_before_start"},
      {"all-day ending before it starts",
       with([](cal::Event& e) { e.all_day = true; e.end_date = "2026-11-24"; }), "UTC", "calendar.error.end_before_start"},
      {"30 February", with([](cal::Event& e) { e.start_date = "2026-02-30"; }), "UTC", "calendar.error.bad_start_date"},
      {"slashes", with([](cal::Event& e) { e.start_date = "11/25/2026"; }), "UTC", "calendar.error.bad_start_date"},
      {"bad end date", with([](cal::Event& e) { e.end_date = "2026-13-01"; }), "UTC", "calendar.error.bad_end_date"},
      {"24:00", with([](cal::Event& e) { e.start_time = "24:00"; }), "UTC", "calendar.error.bad_start_time"},
      {"no end time", with([](cal::Event& e) { e.end_time = ""; }), "UTC", "calendar.error.bad_end_time"},
      {"am/pm", with([](cal::Event& e) { e.end_time = "2:00 PM"; }), "UTC", "calendar.error.bad_end_time"},
      {"no title", with([](cal::Event& e) { e.summary = ""; }), "UTC", "calendar.error.no_summary"},
      {"no uid", with([](cal::Event& e) { e.uid = ""; }), "UTC", "calendar.error.no_uid"},
      {"negative sequence", with([](cal::Event& e) { e.sequence = -1; }), "UTC", "calendar.error.bad_sequence"},
      {"link without scheme", with([](cal::Event& e) { e.url = "example.org/visit"; }), "UTC", "calendar.error.bad_url"},
      {"link with a space", with([](cal::Event& e) { e.url = "https://example.org/a visit"; }), "UTC",
       "calendar.error.bad_url"},
      {"not UTF-8", with([](cal::Event& e) { e.description = "caf\xe9"; }), "UTC", "calendar.error.not_utf8"},
      {"unknown zone", good, "Europe/Madrid", "calendar.error.unknown_zone"},
      {"zone spelled wrong", good, "america/new_york", "calendar.error.unknown_zone"},
      {"daylight-saving zone before 2007", with([](cal::Event& e) { e.start_date = e.end_date = "2006-07-01"; }),
       "America/New_York", "calendar.error.too_early"},
  };
  for (const Bad& b : bad) {
    INFO(b.why);
    REQUIRE(error_key({b.event}, options(b.zone)) == b.key);
    // The sentence is the catalog's, in English and in Spanish, with the event named.
    for (auto lang : {stempush::i18n::Language::English, stempush::i18n::Language::Spanish}) {
      stempush::i18n::set_language(lang);
      try {
        cal::write_ics({b.event}, options(b.zone));
      } catch (const cal::CalendarError& e) {
        const std::string message = e.what();
        REQUIRE(message.find("calendar.error") == std::string::npos);  // the key exists in this catalog
        if (b.key == std::string("calendar.error.unknown_zone")) {
          REQUIRE(message.find(b.zone) != std::string::npos);
          REQUIRE(message.find("America/New_York") != std::string::npos);
        } else if (b.key != std::string("calendar.error.not_utf8") && b.key != std::string("calendar.error.no_summary")) {
          REQUIRE(message.find(b.event.summary) != std::string::npos);
        }
      }
    }
    stempush::i18n::set_language(stempush::i18n::Language::English);
  }
  REQUIRE(error_key({good, good}, options("UTC")) == "calendar.error.duplicate_uid");
  // The same dates are fine in UTC and in a zone without daylight saving.
  cal::Event old = with([](cal::Event& e) { e.start_date = e.end_date = "2006-07-01"; });
  REQUIRE(error_key({old}, options("UTC")) == "(no error)");
  REQUIRE(error_key({old}, options("America/Phoenix")) == "(no error)");
  // An all-day event ending on its start day and an event crossing midnight are fine.
  REQUIRE(error_key({with([](cal::Event& e) { e.all_day = true; e.end_date = e.start_date; })}, options("UTC")) ==
          "(no error)");
  REQUIRE(error_key({with([](cal::Event& e) { e.start_time = "22:00"; e.end_date = "2026-11-26"; e.end_time = "01:00"; })},
                    options("UTC")) == "(no error)");
  stempush::i18n::reset();
}

TEST_CASE("an empty calendar and a named calendar still read as VCALENDARs", "[calendar][icaljs]") {
  cal::Options o = options("America/Los_Angeles");
  o.name = "Recruitment, spring 2027; all events";
  const json read = write_and_read({}, o);
  REQUIRE(read["events"].empty());
  REQUIRE(read["name"] == o.name);
  REQUIRE(read["version"] == "2.0");
}

TEST_CASE("a missing parser fails the read-back instead of skipping it", "[calendar][icaljs]") {
  REQUIRE_THROWS(test_support::read_ics_with_icaljs("/nonexistent/folder/calendar.ics"));
  REQUIRE_THROWS(test_support::read_ics_text_with_icaljs("this is not a calendar"));
}
