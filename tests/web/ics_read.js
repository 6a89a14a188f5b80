// Reads .ics files with ical.js (an independent RFC 5545 parser) and prints what it understood as
// JSON, for the C++ tests to compare with what they wrote (tests/unit/ical_reader.*).
// Usage: node tests/web/ics_read.js FILE.ics
// Exits non-zero (and the C++ test fails) when ical.js is missing or the file does not parse.
'use strict';
const fs = require('fs');
const ICAL = require('ical.js');

// X-WR-CALNAME is TEXT for every calendar program that reads it (Apple, Google, Outlook), but as
// an extension property ical.js would keep it raw; tell it the type so escapes are undone.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

function time(value) {
  if (!value) return null;
  // toUnixTime() converts through the VTIMEZONE the file itself defines (ical.js has no zone
  // database of its own), so a wrong offset or rule in the file shows up as a wrong instant.
  return {
    all_day: value.isDate,
    text: value.toString(),
    zone: value.zone ? value.zone.tzid : null,
    unix: value.isDate ? null : value.toUnixTime(),
    utc_offset_seconds: value.isDate ? null : value.utcOffset(),
  };
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node ics_read.js FILE.ics');
  process.exit(2);
}
const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
if (root.name !== 'vcalendar') throw new Error(`root component is ${root.name}, not vcalendar`);
const timezones = root.getAllSubcomponents('vtimezone').map((vtz) => {
  const zone = new ICAL.Timezone(vtz);
  ICAL.TimezoneService.register(zone, zone.tzid);
  return zone.tzid;
});
const events = root.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  const stamp = vevent.getFirstPropertyValue('dtstamp');
  return {
    uid: event.uid,
    summary: event.summary,
    location: event.location,
    description: event.description,
    url: vevent.getFirstPropertyValue('url'),
    sequence: event.sequence,
    dtstamp: stamp ? { text: stamp.toString(), unix: stamp.toUnixTime(), zone: stamp.zone ? stamp.zone.tzid : null } : null,
    start: time(event.startDate),
    end: time(event.endDate),
  };
});
process.stdout.write(JSON.stringify({
  version: root.getFirstPropertyValue('version'),
  prodid: root.getFirstPropertyValue('prodid'),
  calscale: root.getFirstPropertyValue('calscale'),
  name: root.getFirstPropertyValue('x-wr-calname'),
  timezones,
  events,
}));
