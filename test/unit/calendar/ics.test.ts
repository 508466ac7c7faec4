import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, type CivilDate } from '../../../core/domain/calendar/civil';
import { workshopCalendar } from '../../../core/domain/calendar/ics';
import { zonedInstant } from '../../../core/domain/calendar/zone';
import type { Meeting, Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';

const now = new Date('2027-02-01T10:00:00Z');
const options = { organisationName: 'Bay Youth Services', now, detail: 'detailed' as const };

const [first, second] = ['what-friends-do', 'when-it-feels-wrong'];

function meeting(date: CivilDate, overrides: Partial<Meeting> = {}): Meeting {
  return { id: randomUUID(), date, startTime: '15:30', minutes: 45, sessionIds: [first!], kind: 'planned', sequence: 0, ...overrides };
}

function weekly(from: CivilDate, count: number, overrides: Partial<Meeting> = {}): Meeting[] {
  return Array.from({ length: count }, (_, week) => meeting(addDays(from, 7 * week), overrides));
}

/** Parses with ical.js, with only this file's VTIMEZONEs known, so a missing one cannot hide. */
function parse(text: string): ICAL.Component {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

function events(text: string): ICAL.Event[] {
  return parse(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

function eventFor(text: string, meetingId: string): ICAL.Event {
  const found = events(text).find((event) => event.uid === `${meetingId}@facilitator.invalid`);
  if (!found) throw new Error(`No event for meeting ${meetingId}`);
  return found;
}

function startsUtc(text: string): string[] {
  return events(text).map((event) => event.startDate.toJSDate().toISOString());
}

function exportOf(overrides: Partial<Workshop>): string {
  return workshopCalendar(buildWorkshop(overrides), options);
}

describe('meeting times in the workshop time zone', () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('keeps a Los Angeles group at 15:30 across the March clock change', () => {
    const text = exportOf({ meetings: [meeting('2027-03-09'), meeting('2027-03-16')] });

    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20270309T153000');
    expect(text).toContain('DTEND;TZID=America/Los_Angeles:20270309T161500');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20270316T153000');
    expect(startsUtc(text)).toEqual(['2027-03-09T23:30:00.000Z', '2027-03-16T22:30:00.000Z']);
    const [before] = events(text);
    expect(before!.startDate.zone?.tzid).toBe('America/Los_Angeles');
    expect(before!.endDate.toJSDate().toISOString()).toBe('2027-03-10T00:15:00.000Z');
  });

  it('keeps a Los Angeles group at 15:30 across the November clock change', () => {
    const text = exportOf({ meetings: [meeting('2027-11-02'), meeting('2027-11-09')] });

    expect(startsUtc(text)).toEqual(['2027-11-02T22:30:00.000Z', '2027-11-09T23:30:00.000Z']);
  });

  it('keeps a London group at 15:30 across both clock changes', () => {
    const text = exportOf({
      timeZone: 'Europe/London',
      meetings: ['2027-03-23', '2027-03-30', '2027-10-26', '2027-11-02'].map((date) => meeting(date)),
    });

    expect(text).toContain('DTSTART;TZID=Europe/London:20270330T153000');
    expect(startsUtc(text)).toEqual(['2027-03-23T15:30:00.000Z', '2027-03-30T14:30:00.000Z', '2027-10-26T14:30:00.000Z', '2027-11-02T15:30:00.000Z']);
  });

  it.each([
    'America/Los_Angeles',
    'Europe/London',
    // Mexico stopped changing clocks in 2022 and Israel's rule is not a plain nth weekday.
    'America/Mexico_City',
    'Asia/Jerusalem',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'Asia/Tokyo',
    'Asia/Kolkata',
    'Etc/UTC',
  ])('places every weekly meeting of a year in %s where the app does', (timeZone) => {
    const meetings = weekly('2027-09-07', 60);
    const text = exportOf({ timeZone, meetings });

    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain(`TZID:${timeZone}\r\n`);
    expect(startsUtc(text)).toEqual(meetings.map((m) => zonedInstant(m.date, m.startTime, timeZone).toISOString()));
  });

  it('writes a meeting at 01:30 on the night clocks go back at the first 01:30, its end after its start', () => {
    const short = meeting('2027-11-07', { startTime: '01:30', minutes: 30 });
    const long = meeting('2027-11-07', { startTime: '01:30', minutes: 90 });
    const text = exportOf({ meetings: [short, long] });

    // 01:30 in the zone would be read as either 01:30 by one calendar program or another: UTC says which.
    expect(text).toContain('DTSTART:20271107T083000Z');
    expect(text).toContain('DTEND:20271107T090000Z');
    expect(text).toContain('DTEND:20271107T100000Z');
    expect(text).not.toContain('TZID=America/Los_Angeles:20271107');
    for (const [event, minutes] of [
      [eventFor(text, short.id), 30],
      [eventFor(text, long.id), 90],
    ] as const) {
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-11-07T08:30:00.000Z');
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(minutes * 60_000);
    }
  });

  it('writes a meeting at 02:30 on the night clocks go forward at 03:30, moved forward by the jump', () => {
    const skipped = meeting('2027-03-14', { startTime: '02:30', minutes: 60 });
    const text = exportOf({ meetings: [skipped] });

    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20270314T033000');
    expect(text).toContain('DTEND;TZID=America/Los_Angeles:20270314T043000');
    const event = eventFor(text, skipped.id);
    expect(event.startDate.toJSDate().toISOString()).toBe(zonedInstant('2027-03-14', '02:30', 'America/Los_Angeles').toISOString());
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-14T10:30:00.000Z');
  });

  it.each(['America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe'])(
    'gives every meeting on both clock-change nights of 2027 in %s its start and its length, read back by ical.js',
    (timeZone) => {
      const nights = {
        'America/Los_Angeles': ['2027-03-14', '2027-11-07'],
        'Europe/London': ['2027-03-28', '2027-10-31'],
        'Australia/Lord_Howe': ['2027-04-04', '2027-10-03'],
      }[timeZone]!;
      const meetings = nights.flatMap((date) =>
        Array.from({ length: 16 }, (_, quarter) => {
          const minutesOfDay = quarter * 15;
          const startTime = `${String(Math.floor(minutesOfDay / 60)).padStart(2, '0')}:${String(minutesOfDay % 60).padStart(2, '0')}`;
          return [15, 30, 45, 60, 90, 120].map((minutes) => meeting(date, { startTime, minutes }));
        }).flat(),
      );
      const text = exportOf({ timeZone, meetings });
      for (const planned of meetings) {
        const event = eventFor(text, planned.id);
        const start = event.startDate.toJSDate().getTime();
        expect(start).toBe(zonedInstant(planned.date, planned.startTime, timeZone).getTime());
        expect(event.endDate.toJSDate().getTime() - start).toBe(planned.minutes * 60_000);
      }
    },
  );

  it('writes a UTC workshop in UTC, with no VTIMEZONE needed', () => {
    const text = exportOf({ timeZone: 'UTC', meetings: [meeting('2027-03-09')] });

    expect(text).toContain('DTSTART:20270309T153000Z');
    expect(text).not.toContain('VTIMEZONE');
    expect(startsUtc(text)).toEqual(['2027-03-09T15:30:00.000Z']);
  });

  it('writes the same file whatever time zone the machine itself is in', () => {
    const workshop = buildWorkshop({ timeZone: 'Europe/London', meetings: [meeting('2027-03-23'), meeting('2027-03-30')] });
    const files = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati'].map((machine) => {
      process.env.TZ = machine;
      return workshopCalendar(workshop, options);
    });

    expect(new Set(files).size).toBe(1);
    expect(files[0]).toContain('DTSTART;TZID=Europe/London:20270323T153000');
    expect(files[0]).toContain('DTSTAMP:20270201T100000Z');
  });
});

describe('events that calendar apps can keep up to date', () => {
  it('gives each meeting a UID made from its id alone, the same in every export', () => {
    const workshop = buildWorkshop();
    const earlier = workshopCalendar(workshop, options);
    const later = workshopCalendar(workshop, { ...options, now: new Date('2027-02-20T08:00:00Z') });

    const expected = workshop.meetings.map((m) => `${m.id}@facilitator.invalid`);
    expect(events(earlier).map((event) => event.uid)).toEqual(expected);
    expect(events(later).map((event) => event.uid)).toEqual(expected);
    expect(later).toContain('DTSTAMP:20270220T080000Z');
  });

  it('keeps the UID and raises SEQUENCE when a meeting moves', () => {
    const moving = meeting('2027-03-09');
    const before = exportOf({ meetings: [moving] });
    const after = exportOf({ meetings: [{ ...moving, date: '2027-03-11', startTime: '10:00', sequence: 1 }] });

    const [was] = events(before);
    const [moved] = events(after);
    expect(moved!.uid).toBe(was!.uid);
    expect(was!.sequence).toBe(0);
    expect(moved!.sequence).toBe(1);
    expect(moved!.startDate.toJSDate().toISOString()).toBe('2027-03-11T18:00:00.000Z');
  });

  it('lists a cancelled meeting as CANCELLED with its reason, and the others as CONFIRMED', () => {
    const cancelled = meeting('2027-03-09', {
      cancellation: { reason: 'lockdown', note: 'Unit B locked down after an incident', at: '2027-03-08T20:00:00.000Z' },
    });
    const held = meeting('2027-03-16');
    const text = exportOf({ meetings: [cancelled, held] });

    const cancelledEvent = eventFor(text, cancelled.id);
    expect(cancelledEvent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelledEvent.summary).toBe('Tuesday group · Session 1: What friends do');
    expect(cancelledEvent.description).toContain('Cancelled: Lockdown');
    expect(text).not.toContain('incident');
    expect(eventFor(text, held.id).component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it.each([
    ['holiday', 'Cancelled: Holiday'],
    ['facilitator-absent', 'Cancelled: Facilitator absent'],
    ['other', 'Cancelled: Other reason'],
  ] as const)('names the reason %s in the description', (reason, line) => {
    const cancelled = meeting('2027-03-09', { cancellation: { reason, note: '', at: '2027-03-08T20:00:00.000Z' } });

    expect(eventFor(exportOf({ meetings: [cancelled] }), cancelled.id).description).toContain(line);
  });
});

describe('what each event says', () => {
  it('titles meetings by workshop and session, marking make-up and extra meetings', () => {
    const planned = meeting('2027-03-02');
    const makeUp = meeting('2027-03-04', { kind: 'make-up', sessionIds: [second!] });
    const extra = meeting('2027-03-05', { kind: 'extra' });
    const both = meeting('2027-03-09', { sessionIds: [first!, second!] });
    const half = meeting('2027-03-16', { part: 1 });
    const text = exportOf({ meetings: [planned, makeUp, extra, both, half] });

    expect(eventFor(text, planned.id).summary).toBe('Tuesday group · Session 1: What friends do');
    expect(eventFor(text, makeUp.id).summary).toBe('Make-up: Tuesday group · Session 2: When it feels wrong');
    expect(eventFor(text, extra.id).summary).toBe('Extra: Tuesday group · Session 1: What friends do');
    expect(eventFor(text, both.id).summary).toBe('Tuesday group · Sessions 1–2: What friends do; When it feels wrong');
    expect(eventFor(text, half.id).summary).toBe('Tuesday group · Session 1: What friends do (part 1 of 2)');
  });

  it('puts the site in LOCATION and the module, sessions and facilitators in DESCRIPTION', () => {
    const both = meeting('2027-03-09', { sessionIds: [first!, second!] });
    const text = exportOf({
      site: { siteId: randomUUID(), name: 'Eastside Juvenile Hall', kind: 'detention' },
      facilitators: [
        { facilitatorId: randomUUID(), name: 'Ana Ruiz', roles: ['lead'] },
        { facilitatorId: randomUUID(), name: 'Ben Ode', roles: ['co-facilitator'] },
      ],
      meetings: [both],
    });

    const event = eventFor(text, both.id);
    expect(event.location).toBe('Eastside Juvenile Hall');
    expect(event.description.split('\n')).toEqual([
      'Module: Friendship Basics (test module) (version 1)',
      'Session 1: What friends do',
      'Session 2: When it feels wrong',
      'Facilitators: Ana Ruiz, Ben Ode',
    ]);
  });

  it('leaves LOCATION out when the workshop has no site', () => {
    expect(exportOf({})).not.toContain('LOCATION');
  });

  it('never names or counts participants, even for a make-up meeting held for some of them', () => {
    const participantIds = [randomUUID(), randomUUID(), randomUUID()];
    const makeUp = meeting('2027-03-04', { kind: 'make-up', participantIds: participantIds.slice(0, 2) });
    const text = exportOf({
      roster: participantIds.map((participantId) => ({ participantId, enrolledOn: '2027-03-01' })),
      meetings: [meeting('2027-03-02'), makeUp],
    });

    for (const id of participantIds) expect(text).not.toContain(id);
    const description = eventFor(text, makeUp.id).description;
    expect(description).not.toMatch(/participant|youth|\b[23]\b/i);
  });
});

describe('the calendar itself', () => {
  it('is named after the workshop and produced by the organisation with Facilitator', () => {
    const calendar = parse(exportOf({ title: 'Spring group' }));

    expect(calendar.getFirstPropertyValue('name')).toBe('Spring group');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Spring group');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Bay Youth Services//Facilitator//EN');
  });

  it('still has a PRODID when the organisation has no name yet', () => {
    const text = workshopCalendar(buildWorkshop(), { organisationName: '', now, detail: 'detailed' });

    expect(parse(text).getFirstPropertyValue('prodid')).toBe('-//Facilitator//Facilitator//EN');
  });

  it('escapes commas, semicolons and line breaks so every text reads back as written', () => {
    const title = 'Girls, 14–17; Unit B\nTuesdays';
    const only = meeting('2027-03-09');
    const text = workshopCalendar(
      buildWorkshop({
        title,
        site: { siteId: randomUUID(), name: 'Hall 2; East, Wing', kind: 'detention' },
        facilitators: [{ facilitatorId: randomUUID(), name: 'Ruiz, Ana', roles: ['lead'] }],
        meetings: [only],
      }),
      { organisationName: 'Safe, Sound; Youth', now, detail: 'detailed' },
    );

    const calendar = parse(text);
    const event = eventFor(text, only.id);
    expect(event.summary).toBe(`${title} · Session 1: What friends do`);
    expect(event.location).toBe('Hall 2; East, Wing');
    expect(event.description).toContain('Facilitators: Ruiz, Ana');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Safe, Sound; Youth//Facilitator//EN');
    // ical.js keeps NAME as written; a calendar name is one line, so the break becomes a space.
    expect(calendar.getFirstPropertyValue('name')).toBe('Girls\\, 14–17\\; Unit B Tuesdays');
  });

  it('has no events and no VTIMEZONE for a workshop with no meetings', () => {
    const text = exportOf({ meetings: [] });

    expect(events(text)).toEqual([]);
    expect(text).not.toContain('VTIMEZONE');
  });
});

describe('the neutral calendar (the default)', () => {
  it('says "Group session" at each time and nothing about the group, the site, the module, the sessions or who runs it', () => {
    const meetings = [
      meeting('2027-03-09'),
      meeting('2027-03-16', { kind: 'make-up' }),
      meeting('2027-03-23', { cancellation: { reason: 'lockdown', at: now.toISOString() } as Meeting['cancellation'] }),
    ];
    const workshop = buildWorkshop({
      title: 'Knowing Your Worth – Unit B',
      site: { siteId: randomUUID(), name: 'Juvenile Hall East', kind: 'detention' },
      facilitators: [{ facilitatorId: randomUUID(), name: 'Ana Ruiz', roles: ['survivor-mentor'] }],
      meetings,
    });
    const text = workshopCalendar(workshop, { organisationName: 'Bay Youth Services', now, detail: 'neutral' });

    const found = events(text);
    expect(found.map((event) => event.summary)).toEqual(['Group session', 'Group session', 'Group session']);
    expect(found.map((event) => event.location)).toEqual([null, null, null]);
    expect(found.map((event) => event.description)).toEqual([null, null, null]);
    expect(found[0]!.startDate.toJSDate().toISOString()).toBe(zonedInstant('2027-03-09', '15:30', workshop.timeZone).toISOString());
    expect(parse(text).getFirstSubcomponent('vevent') && text).toContain('STATUS:CANCELLED');
    for (const secret of [
      'Knowing Your Worth',
      'Juvenile Hall',
      'Ana Ruiz',
      'Bay Youth',
      workshop.module.title,
      workshop.module.sessions[0]!.title,
      'Make-up',
      'Lockdown',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(parse(text).getFirstPropertyValue('x-wr-calname')).toBe('Group sessions');
  });
});
