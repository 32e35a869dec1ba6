// Reads an iCalendar file (path as first argument) as a scheduling message, with Nextcloud's calendar library (the
// one its calendar app imports invitations with): the method, the calendar's name and refresh interval, and for each
// UID its organiser, attendees and occurrences, the recurrence expanded with its overrides. The same file is expanded
// again with ical.js on its own, as a second reader. Prints what both understood, as JSON.
import { readFile } from "node:fs/promises";
import { DateTimeValue, getParserManager } from "@nextcloud/calendar-js";
import ICAL from "ical.js";

const ics = await readFile(process.argv[2], "utf8");
const parser = getParserManager().getParserForFileType("text/calendar", {
  extractGlobalProperties: true, includeTimezones: true, preserveMethod: true,
});
parser.parse(ics);

const from = DateTimeValue.fromJSDate(new Date("2000-01-01T00:00:00Z"), true);
const to = DateTimeValue.fromJSDate(new Date("2101-01-01T00:00:00Z"), true);
const person = (property) => property && {
  email: property.email, name: property.commonName, sentBy: property.getParameterFirstValue("SENT-BY") ?? null,
  role: property.role ?? null, rsvp: property.rsvp, partstat: property.participationStatus ?? null,
};
const utc = (value) => value.jsDate.toISOString();

const messages = [];
for (const calendar of parser.getItemIterator()) {
  const components = Array.from(calendar.getVObjectIterator());
  const master = components.find((c) => !c.isRecurrenceException()) ?? components[0];
  // A CANCEL of some occurrences holds only them: the library forges a master from their RECURRENCE-IDs.
  const described = components.find((c) => c.hasProperty("ORGANIZER")) ?? master;
  const occurrences = master.recurrenceManager.getAllOccurrencesBetween(from, to).map((o) => ({
    recurrenceId: o.recurrenceId ? utc(o.recurrenceId) : null,
    startUtc: utc(o.startDate), endUtc: utc(o.endDate), tzid: o.startDate.timezoneId,
    status: o.status ?? null, sequence: o.getFirstPropertyFirstValue("SEQUENCE"), summary: o.title, url: o.getFirstPropertyFirstValue("URL") ?? null,
    stamp: utc(o.stampTime),
  }));
  messages.push({
    method: calendar.getFirstPropertyFirstValue("METHOD") ?? null,
    uid: master.uid,
    uids: new Set(components.map((c) => c.uid)).size,
    components: components.length,
    recurring: master.isRecurring(),
    organizer: person(described.getFirstProperty("ORGANIZER")),
    attendees: Array.from(described.getAttendeeIterator()).map(person),
    overridesWithAttendees: components.filter((c) => c.isRecurrenceException()).every((c) => Array.from(c.getAttendeeIterator()).length === Array.from(master.getAttendeeIterator()).length),
    occurrences,
  });
}

// ical.js alone: each recurring event expanded with its exceptions related.
const root = new ICAL.Component(ICAL.parse(ics));
for (const vtimezone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
const vevents = root.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
const expanded = vevents.filter((e) => e.isRecurring()).map((event) => {
  for (const exception of vevents.filter((e) => e.uid === event.uid && e.isRecurrenceException())) event.relateException(exception);
  const iterator = event.iterator();
  const starts = [];
  for (let next = iterator.next(); next && starts.length < 200; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    starts.push({ startUtc: details.startDate.toJSDate().toISOString(), status: details.item.component.getFirstPropertyValue("status") });
  }
  return { uid: event.uid, starts };
});

process.stdout.write(JSON.stringify({
  method: root.getFirstPropertyValue("method"),
  name: parser.getName() ?? null,
  names: { name: root.getFirstPropertyValue("name"), xWrCalname: root.getFirstPropertyValue("x-wr-calname") },
  refreshInterval: parser.getRefreshInterval()?.toICALJs().toString() ?? null,
  refreshIntervalType: root.getFirstProperty("refresh-interval")?.type ?? null,
  publishedTtl: root.getFirstPropertyValue("x-published-ttl")?.toString() ?? null,
  uidCount: parser.getItemCount(),
  messages,
  icalJs: expanded,
}));
