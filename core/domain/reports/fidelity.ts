/**
 * Fidelity: per module, how each session and activity was delivered across the workshops counted:
 * as planned, adapted, skipped, or not recorded, from the run's fidelity log. No participant data.
 *
 * - The workshops counted are those given (the report's filters); a session counts once per workshop
 *   when a held meeting in the range covered it (either half of a split session will do). Make-up and
 *   catch-up meetings are left out: they repeat a session for someone who missed it, in short.
 * - An activity's outcome is the last one logged for it at those meetings; none logged is "not recorded".
 * - Every version of a module is one, under the newest version's titles; sessions and activities by id.
 * - Notes: each adapted or skipped activity's note, with the meeting's date and the workshop's title.
 */
import type { FidelityOutcome } from '../attendance';
import type { CivilDate } from '../calendar/civil';
import type { Activity, CurriculumModule, Session } from '../curriculum/schema';
import { isHeld } from '../progress';
import { sortMeetings } from '../schedule';
import { isMakeUp, type Workshop } from '../workshop';

export const fidelityTallies = ['as-planned', 'adapted', 'skipped', 'not-recorded'] as const;
export type FidelityTally = (typeof fidelityTallies)[number];
export type FidelityCounts = Record<FidelityTally, number>;

export interface ActivityFidelity {
  activityId: string;
  title: string;
  counts: FidelityCounts;
}

export interface SessionFidelity {
  sessionId: string;
  number: number;
  title: string;
  /** Workshops that delivered it in the range. */
  delivered: number;
  /** Over all its activities. */
  counts: FidelityCounts;
  activities: ActivityFidelity[];
}

export interface FidelityNote {
  date: CivilDate;
  workshop: string;
  session: number;
  activity: string;
  outcome: Exclude<FidelityOutcome, 'as-planned'>;
  note: string;
}

export interface ModuleFidelity {
  moduleId: string;
  title: string;
  /** Workshops that delivered at least one of its sessions in the range. */
  workshops: number;
  sessions: SessionFidelity[];
  notes: FidelityNote[];
}

export interface FidelityReport {
  modules: ModuleFidelity[];
}

export interface FidelityContext {
  from: CivilDate;
  to: CivilDate;
}

export function noCounts(): FidelityCounts {
  return { 'as-planned': 0, adapted: 0, skipped: 0, 'not-recorded': 0 };
}

/** Each tally's share of all, 0–1 (all zero when nothing was delivered). */
export function fidelityShares(counts: FidelityCounts): FidelityCounts {
  const total = fidelityTallies.reduce((sum, tally) => sum + counts[tally], 0);
  const shares = noCounts();
  for (const tally of fidelityTallies) shares[tally] = total === 0 ? 0 : counts[tally] / total;
  return shares;
}

interface ModuleTally {
  newest: CurriculumModule;
  workshops: number;
  /** sessionId → delivered count, and activityId → counts. */
  sessions: Map<string, { delivered: number; activities: Map<string, FidelityCounts> }>;
  notes: FidelityNote[];
}

function tallyWorkshop(tally: ModuleTally, workshop: Workshop, context: FidelityContext): void {
  const held = sortMeetings(workshop.meetings).filter(
    (meeting) => meeting.date >= context.from && meeting.date <= context.to && !isMakeUp(meeting) && isHeld(workshop, meeting),
  );
  const sessionsById = new Map<string, Session>(workshop.module.sessions.map((session) => [session.id, session]));
  let deliveredAny = false;
  for (const session of workshop.module.sessions) {
    const meetings = held.filter((meeting) => meeting.sessionIds.includes(session.id));
    if (meetings.length === 0) continue;
    deliveredAny = true;
    const outcomes = new Map<string, FidelityOutcome>();
    for (const meeting of meetings) {
      const run = workshop.runs.find((one) => one.meetingId === meeting.id);
      for (const entry of run?.fidelity ?? []) {
        if (entry.sessionId !== session.id) continue;
        outcomes.set(entry.activityId, entry.outcome);
        const activity = session.activities.find((one) => one.id === entry.activityId);
        if (entry.outcome !== 'as-planned' && entry.note.trim() !== '' && activity) {
          tally.notes.push({
            date: meeting.date,
            workshop: workshop.title,
            session: session.number,
            activity: activity.title,
            outcome: entry.outcome,
            note: entry.note,
          });
        }
      }
    }
    let sessionTally = tally.sessions.get(session.id);
    if (!sessionTally) {
      sessionTally = { delivered: 0, activities: new Map() };
      tally.sessions.set(session.id, sessionTally);
    }
    sessionTally.delivered += 1;
    for (const activity of sessionsById.get(session.id)!.activities) {
      let counts = sessionTally.activities.get(activity.id);
      if (!counts) {
        counts = noCounts();
        sessionTally.activities.set(activity.id, counts);
      }
      counts[outcomes.get(activity.id) ?? 'not-recorded'] += 1;
    }
  }
  if (deliveredAny) tally.workshops += 1;
}

function sumCounts(all: Iterable<FidelityCounts>): FidelityCounts {
  const total = noCounts();
  for (const counts of all) for (const tally of fidelityTallies) total[tally] += counts[tally];
  return total;
}

/** Sessions and activities in the newest version's order; any only an older version had come after. */
function moduleFidelity(tally: ModuleTally): ModuleFidelity {
  const { newest } = tally;
  const sessions: SessionFidelity[] = [];
  const newestSessions = new Map(newest.sessions.map((session) => [session.id, session]));
  const sessionIds = [...newest.sessions.map((session) => session.id), ...[...tally.sessions.keys()].filter((id) => !newestSessions.has(id))];
  for (const sessionId of sessionIds) {
    const sessionTally = tally.sessions.get(sessionId);
    if (!sessionTally) continue;
    const session = newestSessions.get(sessionId);
    const activityTitles = new Map<string, Activity>((session?.activities ?? []).map((activity) => [activity.id, activity]));
    const activityIds = [...activityTitles.keys(), ...[...sessionTally.activities.keys()].filter((id) => !activityTitles.has(id))];
    const activities = activityIds.flatMap((activityId) => {
      const counts = sessionTally.activities.get(activityId);
      return counts ? [{ activityId, title: activityTitles.get(activityId)?.title ?? activityId, counts }] : [];
    });
    sessions.push({
      sessionId,
      number: session?.number ?? 0,
      title: session?.title ?? sessionId,
      delivered: sessionTally.delivered,
      counts: sumCounts(activities.map((activity) => activity.counts)),
      activities,
    });
  }
  const notes = [...tally.notes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.session - b.session));
  return { moduleId: newest.id, title: newest.title, workshops: tally.workshops, sessions, notes };
}

const byTitle = new Intl.Collator('en');

/** Fidelity over `workshops` (already filtered) for the range. See the definitions at the top of this file. */
export function fidelityReport(workshops: readonly Workshop[], context: FidelityContext): FidelityReport {
  const tallies = new Map<string, ModuleTally>();
  for (const workshop of workshops) {
    let tally = tallies.get(workshop.module.id);
    if (!tally) {
      tally = { newest: workshop.module, workshops: 0, sessions: new Map(), notes: [] };
      tallies.set(workshop.module.id, tally);
    } else if (workshop.module.version > tally.newest.version) tally.newest = workshop.module;
    tallyWorkshop(tally, workshop, context);
  }
  const modules = [...tallies.values()]
    .filter((tally) => tally.workshops > 0)
    .map(moduleFidelity)
    .sort((a, b) => byTitle.compare(a.title, b.title));
  return { modules };
}
