// Reads an iCalendar file (path as first argument) with ical.js, as a calendar client would, and prints what it
// understood: the method, the time zones defined, and each event with its start and end in their own zones and in UTC.
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";

const root = new ICAL.Component(ICAL.parse(await readFile(process.argv[2], "utf8")));
const timezones = root.getAllSubcomponents("vtimezone");
for (const vtimezone of timezones) ICAL.TimezoneService.register(vtimezone);

const events = root.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    description: event.description,
    location: event.location ?? null,
    status: vevent.getFirstPropertyValue("status"),
    tzid: event.startDate.timezone ?? event.startDate.zone?.tzid ?? null,
    localStart: event.startDate.toString(),
    endTzid: event.endDate.timezone ?? event.endDate.zone?.tzid ?? null,
    localEnd: event.endDate.toString(),
    startUtc: event.startDate.toJSDate().toISOString(),
    endUtc: event.endDate.toJSDate().toISOString(),
    propertyNames: vevent.getAllProperties().map((p) => p.name),
  };
});

process.stdout.write(JSON.stringify({
  method: root.getFirstPropertyValue("method"),
  timezones: timezones.map((t) => t.getFirstPropertyValue("tzid")),
  events,
}));
