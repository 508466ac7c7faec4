/**
 * Merging another computer's copy of a workshop (a bundle, or the program hub's copy: one function,
 * mergeWorkshopCopy) into this computer's data, record by record with stable keys. Pure: the
 * same inputs always give the same merged workshop and the same list of changes, so a preview and
 * its confirmation agree, and importing a bundle twice changes nothing the second time. Marks merge
 * three ways (see markHistory): a mark changed on one side since both last agreed merges silently;
 * only one changed on both sides, differently, is a conflict. Other records still compare two ways.
 */
import type { BundleChange } from './views';
import type { Message } from '../messages';
import type { AttendanceMark, AuditEntry, FidelityEntry, FollowUp, MeetingRun } from '../attendance';
import { mergeMark, sameVersionTogether, settled } from '../markHistory';
import type { CodeClash, Participant, ParticipantAlias } from '../participants';
import type { Settings } from '../settings';
import { withoutWrittenAnswers, type SurveyResponse } from '../surveys/response';
import type { Instrument } from '../surveys/instrument';
import { sortMeetings } from '../schedule';
import type { Enrolment, Meeting, Workshop } from '../workshop';
import { referencedParticipantIds } from '../workshop';
import { withNewerCode } from './codeChanges';
import { codeKey, type Bundle } from './format';
import { registryIndexOf } from './registryIndex';
import { canonical } from '../canonical';
import { newerSide, type Side } from '../newerSide';

export type { Side };
/** For each conflict id: which side to keep. */
export type Resolutions = Readonly<Record<string, Side>>;
/**
 * What a conflict not in the resolutions keeps: the newer side, settled (a bundle import, whose
 * preview listed it); this computer's side, unsettled, until a person decides (the program hub); or
 * their side, settled (the program hub's copy once a person decided, which already holds this one).
 */
export type Undecided = 'newer' | 'keep-mine' | 'take-theirs';

/** Words for ids, so changes read as the facilitator knows them. */
export interface MergeWords {
  statusLabel(statusId: string): string;
  reasonLabel(reasonId: string): string;
}

/** The labels this computer's settings give statuses and reasons (the id where none is known). */
export function mergeWordsOf(settings: Pick<Settings, 'attendanceStatuses' | 'absenceReasons'>): MergeWords {
  return {
    statusLabel: (id) => settings.attendanceStatuses.find((status) => status.id === id)?.label ?? id,
    reasonLabel: (id) => settings.absenceReasons.find((reason) => reason.id === id)?.label ?? id,
  };
}

export interface ParticipantPlan {
  /** Bundle participant id → the local participant with the same code, when the ids differ. */
  idMap: ReadonlyMap<string, string>;
  /** New people for the registry. */
  additions: Participant[];
  /** Local people with fields the bundle fills in (initials, pronouns, full name) or a code it set later. */
  updates: Participant[];
  /** Additions and updates of the registry. */
  changes: BundleChange[];
  /** People matched to a local record by code: worth saying only when the workshop brings something. */
  matches: BundleChange[];
  /** Codes set later on the other computer, not taken because another person here has them. */
  clashes: CodeClash[];
  /** The other computer's ids of people first matched here by code, to keep (a code it corrects later finds them). */
  aliases: ParticipantAlias[];
}

export interface WorkshopCopyMerge {
  isNew: boolean;
  participants: ParticipantPlan;
  /** The workshop to write; the local one as it is when nothing changes. */
  workshop: Workshop;
  workshopChanged: boolean;
  changes: BundleChange[];
  /** The changes only a person can decide (the conflicts among `changes`). */
  decisions: BundleChange[];
  unchanged: boolean;
}

export { canonical };

/** True when two records hold the same content, whatever the order of their keys. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const same = sameContent;

/** Sets an optional field, leaving it out when the value is undefined (workshop files never hold `undefined`). */
function withField<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const { [key]: _dropped, ...rest } = record;
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
}

// ---------------------------------------------------------------------------------------------
// Participants

/**
 * Matches the bundle's people to this computer's registry: the same id keeps the local record
 * (filling in what it lacks, and taking a code set later: codeChanges.ts); the same code under
 * another id is the same person, so the bundle's id is mapped to the local one; anyone else is added.
 */
export function planParticipants(options: {
  registry: readonly Participant[];
  bundle: Bundle;
  allowFullNames: boolean;
  /** List each new person as a change (not for a new workshop, whose one change says how many). */
  listAdditions: boolean;
  /** Other computers' ids of people here (the registry file's aliases, aliasesOf). */
  aliases?: ReadonlyMap<string, string>;
}): ParticipantPlan {
  const { registry, bundle, allowFullNames, listAdditions } = options;
  const wanted = referencedParticipantIds(bundle.workshop);
  const { byId, byCode: registryByCode } = registryIndexOf(registry);
  const addedByCode = new Map<string, Participant>();
  const idMap = new Map<string, string>();
  const additions: Participant[] = [];
  const updates: Participant[] = [];
  const changes: BundleChange[] = [];
  const matches: BundleChange[] = [];
  const clashes: CodeClash[] = [];
  const aliases: ParticipantAlias[] = [];

  for (const incoming of bundle.participants) {
    if (!wanted.has(incoming.id)) continue;
    const fullName = allowFullNames ? incoming.fullName : undefined;
    const local = byId.get(incoming.id);
    if (local) {
      const recoded = withNewerCode(local, incoming, (code) => addedByCode.get(codeKey(code)) ?? registryByCode.get(codeKey(code)));
      if (recoded.change) changes.push(recoded.change);
      if (recoded.clash) clashes.push(recoded.clash);
      let filled = recoded.participant;
      if (filled.initials === undefined && incoming.initials !== undefined) filled = { ...filled, initials: incoming.initials };
      if (filled.pronouns === undefined && incoming.pronouns !== undefined) filled = { ...filled, pronouns: incoming.pronouns };
      if (filled.fullName === undefined && fullName !== undefined) filled = { ...filled, fullName };
      if (filled !== recoded.participant) {
        changes.push({ id: `participant:${local.id}`, label: { code: 'change-participant-details', params: { code: filled.code } }, kind: 'update' });
      }
      if (filled !== local) updates.push(filled);
      continue;
    }
    const aliasOf = options.aliases?.get(incoming.id);
    const metBefore = aliasOf === undefined ? undefined : byId.get(aliasOf);
    const sameCode = metBefore ?? addedByCode.get(codeKey(incoming.code)) ?? registryByCode.get(codeKey(incoming.code));
    if (sameCode) {
      idMap.set(incoming.id, sameCode.id);
      if (metBefore === undefined && byId.has(sameCode.id)) aliases.push({ id: incoming.id, participantId: sameCode.id });
      // Met by code before, under this id: a code the other computer corrected since is taken as for the same record.
      if (metBefore !== undefined && codeKey(incoming.code) !== codeKey(metBefore.code)) {
        const recoded = withNewerCode(metBefore, incoming, (code) => addedByCode.get(codeKey(code)) ?? registryByCode.get(codeKey(code)));
        if (recoded.change) changes.push(recoded.change);
        if (recoded.clash) clashes.push(recoded.clash);
        if (recoded.participant !== metBefore) updates.push(recoded.participant);
      }
      matches.push({
        id: `participant:${incoming.id}`,
        label: { code: 'change-participant-matched', params: { code: incoming.code } },
        kind: 'update',
      });
      continue;
    }
    const record: Participant = withField({ ...incoming }, 'fullName', fullName);
    additions.push(record);
    addedByCode.set(codeKey(record.code), record);
    if (listAdditions) changes.push({ id: `participant:${record.id}`, label: { code: 'change-participant', params: { code: record.code } }, kind: 'add' });
  }
  return { idMap, additions, updates, changes, matches, clashes, aliases };
}

/** The registry with the plan's people filled in (same id replaced) and added. */
export function withParticipants(registry: readonly Participant[], updates: readonly Participant[], additions: readonly Participant[]): Participant[] {
  const updated = new Map(updates.map((participant) => [participant.id, participant]));
  const known = new Set(registry.map((participant) => participant.id));
  return [...registry.map((participant) => updated.get(participant.id) ?? participant), ...additions.filter((participant) => !known.has(participant.id))];
}

/** The workshop with the bundle's participant ids replaced by this computer's ids for the same people. */
export function remapParticipants(workshop: Workshop, idMap: ReadonlyMap<string, string>): Workshop {
  if (idMap.size === 0) return workshop;
  const to = (id: string) => idMap.get(id) ?? id;
  return {
    ...workshop,
    meetings: workshop.meetings.map((meeting) => (meeting.participantIds ? { ...meeting, participantIds: meeting.participantIds.map(to) } : meeting)),
    roster: workshop.roster.map((entry) => ({ ...entry, participantId: to(entry.participantId) })),
    attendance: workshop.attendance.map((mark) => ({ ...mark, participantId: to(mark.participantId) })),
    presence: workshop.presence.map((entry) => ({ ...entry, participantId: to(entry.participantId) })),
    followUps: workshop.followUps.map((followUp) => ({ ...followUp, participantId: to(followUp.participantId) })),
    audit: workshop.audit.map((entry) => (entry.kind === 'attendance-changed' ? { ...entry, participantId: to(entry.participantId) } : entry)),
    ...(workshop.surveys
      ? {
          surveys: workshop.surveys.map((response) =>
            response.participantId === undefined ? response : { ...response, participantId: to(response.participantId) },
          ),
        }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Workshop

/** When each side's version was recorded: the later one is the newer side (see newerSide). */
interface Times {
  mine: string;
  theirs: string;
}

interface Collector {
  changes: BundleChange[];
  add(id: string, label: Message): void;
  update(id: string, label: Message): void;
  /** Lists a conflict and returns the side the resolutions (or, when undecided, `Undecided`) keep. */
  conflict<T>(id: string, label: Message, values: { mine: T; theirs: T }, times: Times, describe: (value: T) => Message): T;
  /** True when the conflict's outcome is settled (chosen, or the newer side taken), not kept aside for a person. */
  decided(id: string): boolean;
}

function collector(resolutions: Resolutions, undecided: Undecided): Collector {
  const changes: BundleChange[] = [];
  const decided = (id: string) => resolutions[id] !== undefined || undecided !== 'keep-mine';
  const fallback = (newer: Side): Side => (undecided === 'newer' ? newer : undecided === 'keep-mine' ? 'mine' : 'theirs');
  return {
    changes,
    add: (id, label) => changes.push({ id, label, kind: 'add' }),
    update: (id, label) => changes.push({ id, label, kind: 'update' }),
    conflict(id, label, values, times, describe) {
      const newer = newerSide(times.mine, times.theirs, values.mine, values.theirs);
      changes.push({ id, label, kind: 'conflict', mine: describe(values.mine), theirs: describe(values.theirs), newer });
      const kept = resolutions[id] ?? fallback(newer);
      return kept === 'mine' ? values.mine : values.theirs;
    },
    decided,
  };
}

/** Merges two lists by key: records only on one side are kept, both-sided ones go through `both`. */
function mergeByKey<T>(
  mine: readonly T[],
  theirs: readonly T[],
  key: (record: T) => string,
  both: (mine: T, theirs: T) => T,
  onlyTheirs: (record: T) => void,
): T[] {
  const theirsByKey = new Map(theirs.map((record) => [key(record), record]));
  const mineKeys = new Set<string>();
  const merged = mine.map((record) => {
    const k = key(record);
    mineKeys.add(k);
    const other = theirsByKey.get(k);
    return other === undefined ? record : both(record, other);
  });
  for (const record of theirs) {
    const k = key(record);
    if (mineKeys.has(k)) continue;
    mineKeys.add(k);
    onlyTheirs(record);
    merged.push(record);
  }
  return merged;
}

const text = (value: string): Message => ({ code: 'value-text', params: { text: value } });

function describeMeeting(meeting: Meeting): Message {
  const details: Message[] = [
    meeting.sessionIds.length === 0
      ? { code: 'value-meeting-no-session' }
      : meeting.part
        ? { code: 'value-meeting-sessions-part', params: { sessions: meeting.sessionIds, part: meeting.part } }
        : { code: 'value-meeting-sessions', params: { sessions: meeting.sessionIds } },
  ];
  if (meeting.participantIds) details.push({ code: 'value-meeting-participants', params: { count: meeting.participantIds.length } });
  if (meeting.cancellation) details.push({ code: 'value-meeting-cancelled', params: { reason: meeting.cancellation.reason } });
  return { code: 'value-meeting', params: { date: meeting.date, time: meeting.startTime, count: meeting.minutes, details } };
}

function describeExit(entry: Enrolment): Message {
  return entry.exit ? { code: 'value-exit', params: { date: entry.exit.on, reason: entry.exit.reason } } : { code: 'value-still-enrolled' };
}

function describePlan(plan: Workshop['plan']): Message {
  return {
    code: 'value-plan',
    params: { from: plan.startDate, weekdays: plan.weekdays.map((day) => day % 7), time: plan.startTime, minutes: plan.minutes, count: plan.everyWeeks },
  };
}

function describeCompletion(rule: Workshop['completion']): Message {
  if (!rule) return { code: 'value-completion-module' };
  const minimum: Message =
    rule.minimumSessions !== undefined
      ? { code: 'value-completion-sessions', params: { count: rule.minimumSessions } }
      : { code: 'value-completion-percent', params: { percent: rule.minimumPercent ?? 0 } };
  return rule.requiredSessionIds.length === 0 ? minimum : { code: 'value-completion-required', params: { rule: minimum, sessions: rule.requiredSessionIds } };
}

function describeAgreements(agreements: readonly string[]): Message {
  if (agreements.length === 0) return { code: 'value-none' };
  const joined = agreements.join('; ');
  return text(joined.length > 300 ? `${joined.slice(0, 297)}...` : joined);
}

/** The workshop-wide fields: different on the two sides is a conflict, the newer workshop by default. */
const workshopFields: { key: keyof Workshop; label: Message; describe: (value: never) => Message }[] = [
  { key: 'title', label: { code: 'change-title' }, describe: text },
  { key: 'audience', label: { code: 'change-audience' }, describe: (value: string) => (value ? text(value) : { code: 'value-not-given' }) },
  { key: 'site', label: { code: 'change-site' }, describe: (value: Workshop['site']) => (value ? text(value.name) : { code: 'value-no-site' }) },
  {
    key: 'facilitators',
    label: { code: 'change-facilitators' },
    describe: (value: Workshop['facilitators']) =>
      value.length === 0
        ? { code: 'value-none' }
        : {
            code: 'value-facilitators',
            params: { people: value.map((facilitator) => ({ code: 'value-facilitator', params: { name: facilitator.name, roles: facilitator.roles } })) },
          },
  },
  { key: 'timeZone', label: { code: 'change-time-zone' }, describe: text },
  {
    key: 'module',
    label: { code: 'change-module' },
    describe: (value: Workshop['module']) => ({ code: 'value-module', params: { title: value.title, version: value.version } }),
  },
  { key: 'plan', label: { code: 'change-plan' }, describe: describePlan },
  { key: 'completion', label: { code: 'change-completion' }, describe: describeCompletion },
  { key: 'agreements', label: { code: 'change-agreements' }, describe: describeAgreements },
  {
    key: 'archivedAt',
    label: { code: 'change-archived' },
    describe: (value: string | undefined) => (value ? { code: 'value-archived', params: { date: value.slice(0, 10) } } : { code: 'value-not-archived' }),
  },
];

function mergeRuns(
  mine: readonly MeetingRun[],
  theirs: readonly MeetingRun[],
  collect: Collector,
  words: { meeting(meetingId: string): Message; activity(sessionId: string, activityId: string): string },
  times: Times,
): MeetingRun[] {
  return mergeByKey(
    mine,
    theirs,
    (run) => run.meetingId,
    (local, other) => {
      if (same(local, other)) return local;
      const where = words.meeting(local.meetingId);
      let tookTheirs = false;
      const startedAt = other.startedAt < local.startedAt ? other.startedAt : local.startedAt;
      if (startedAt !== local.startedAt) tookTheirs = true;
      // Ended on both sides: the later end, as the earlier start, so both computers hold the same session.
      const endedAt = local.endedAt === undefined || (other.endedAt !== undefined && other.endedAt > local.endedAt) ? other.endedAt : local.endedAt;
      if (endedAt !== local.endedAt) tookTheirs = true;
      const fidelity = mergeByKey<FidelityEntry>(
        local.fidelity,
        other.fidelity,
        (entry) => `${entry.sessionId}|${entry.activityId}`,
        (a, b) =>
          // A bundle saved without its notes carries each outcome with an empty note: nothing to settle.
          same(a, b) || (b.note === '' && same(a, { ...b, note: a.note }))
            ? a
            : collect.conflict(
                `fidelity:${local.meetingId}:${a.sessionId}:${a.activityId}`,
                { code: 'change-fidelity', params: { activity: words.activity(a.sessionId, a.activityId), meeting: where } },
                { mine: a, theirs: b },
                times,
                (entry) =>
                  entry.note
                    ? { code: 'value-fidelity-note', params: { outcome: entry.outcome, note: entry.note } }
                    : { code: 'value-fidelity', params: { outcome: entry.outcome } },
              ),
        () => {
          tookTheirs = true;
        },
      );
      let notes = local.notes;
      if (local.notes !== other.notes) {
        if (local.notes.trim() === '') {
          notes = other.notes;
          tookTheirs = true;
        } else if (other.notes.trim() !== '') {
          notes = collect.conflict(
            `notes:${local.meetingId}`,
            { code: 'change-notes', params: { meeting: where } },
            { mine: local.notes, theirs: other.notes },
            times,
            text,
          );
        }
      }
      if (tookTheirs) collect.update(`run:${local.meetingId}`, { code: 'change-run', params: { meeting: where } });
      return withField({ ...local, startedAt, fidelity, notes }, 'endedAt', endedAt);
    },
    (run) => collect.add(`run:${run.meetingId}`, { code: 'change-run', params: { meeting: words.meeting(run.meetingId) } }),
  );
}

/**
 * Survey responses merge by id: one only on their side is added; one changed on both sides is a
 * conflict, the side changed last (updatedAt) kept unless the user chooses.
 */
function mergeSurveys(
  mine: readonly SurveyResponse[],
  theirs: readonly SurveyResponse[],
  collect: Collector,
  words: { label(response: SurveyResponse): Message; timeZone: string; instrument(id: string): Instrument | undefined },
): SurveyResponse[] {
  const describe = (response: SurveyResponse): Message => ({
    code: 'value-survey',
    params: { count: Object.keys(response.answers).length, at: response.updatedAt, timeZone: words.timeZone },
  });
  return mergeByKey(
    mine,
    theirs,
    (response) => response.id,
    (local, other) =>
      // A bundle saved without its notes carries each response without its written answers: nothing to settle.
      same(local, other) || same(withoutWrittenAnswers(local, words.instrument(local.instrumentId)), other)
        ? local
        : collect.conflict(
            `survey:${local.id}`,
            words.label(local),
            { mine: local, theirs: other },
            { mine: local.updatedAt, theirs: other.updatedAt },
            describe,
          ),
    (response) => collect.add(`survey:${response.id}`, words.label(response)),
  );
}

/**
 * Merges the bundle's workshop (its participant ids already this computer's) into the local one.
 * Without a local workshop, the bundle's is added whole.
 */
export function mergeWorkshop(options: {
  mine: Workshop | undefined;
  theirs: Workshop;
  resolutions: Resolutions;
  codeOf(participantId: string): string;
  words: MergeWords;
  /** When the merge is written: the merged workshop's updatedAt when anything changes. */
  now: string;
  /** What a conflict without a resolution keeps; the newer side by default. */
  undecided?: Undecided;
}): { workshop: Workshop; changes: BundleChange[] } {
  const { mine, theirs, resolutions, codeOf, words, now } = options;
  if (!mine) {
    const people = referencedParticipantIds(theirs).size;
    return {
      workshop: theirs,
      changes: [
        {
          id: 'workshop',
          label: { code: 'change-workshop', params: { title: theirs.title, meetings: theirs.meetings.length, count: people } },
          kind: 'add',
        },
      ],
    };
  }

  const collect = collector(resolutions, options.undecided ?? 'newer');
  const times: Times = { mine: mine.updatedAt, theirs: theirs.updatedAt };
  const meetingsById = new Map([...theirs.meetings, ...mine.meetings].map((meeting) => [meeting.id, meeting]));
  const meetingWords = (meetingId: string): Message => {
    const meeting = meetingsById.get(meetingId);
    return meeting ? { code: 'merge-meeting', params: { date: meeting.date, time: meeting.startTime } } : { code: 'merge-meeting-removed' };
  };
  const activityWords = (sessionId: string, activityId: string) =>
    [...mine.module.sessions, ...theirs.module.sessions].find((session) => session.id === sessionId)?.activities.find((activity) => activity.id === activityId)
      ?.title ?? activityId;

  let merged: Workshop = mine;
  for (const field of workshopFields) {
    const local = mine[field.key];
    const other = theirs[field.key];
    if (same(local, other)) continue;
    const kept = collect.conflict(`workshop:${field.key}`, field.label, { mine: local, theirs: other }, times, field.describe as (value: unknown) => Message);
    merged = withField(merged, field.key, kept as never);
  }

  const meetings = mergeByKey<Meeting>(
    mine.meetings,
    theirs.meetings,
    (meeting) => meeting.id,
    (local, other) => {
      if (same(local, other)) return local;
      const label: Message = { code: 'change-meeting', params: { date: local.date } };
      if (other.sequence > local.sequence) {
        collect.update(`meeting:${local.id}`, label);
        return other;
      }
      if (other.sequence < local.sequence) return local;
      return collect.conflict(`meeting:${local.id}`, label, { mine: local, theirs: other }, times, describeMeeting);
    },
    (meeting) => collect.add(`meeting:${meeting.id}`, { code: 'change-meeting-at', params: { date: meeting.date, time: meeting.startTime } }),
  );

  const roster = mergeByKey<Enrolment>(
    mine.roster,
    theirs.roster,
    (entry) => `${entry.participantId}|${entry.enrolledOn}`,
    (local, other) => {
      if (same(local, other)) return local;
      const id = `enrolment:${local.participantId}:${local.enrolledOn}`;
      const label: Message = { code: 'change-enrolment', params: { code: codeOf(local.participantId), date: local.enrolledOn } };
      const exitsDiffer = local.exit !== undefined && other.exit !== undefined && !same(local.exit, other.exit);
      const exit = exitsDiffer ? collect.conflict(id, label, { mine: local, theirs: other }, times, describeExit).exit : (local.exit ?? other.exit);
      const result = withField(withField({ ...local }, 'fromWorkshopId', local.fromWorkshopId ?? other.fromWorkshopId), 'exit', exit);
      if (!exitsDiffer && !same(result, local)) collect.update(id, label);
      return result;
    },
    (entry) =>
      collect.add(`enrolment:${entry.participantId}:${entry.enrolledOn}`, {
        code: 'change-enrolment',
        params: { code: codeOf(entry.participantId), date: entry.enrolledOn },
      }),
  );

  const describeMark = (mark: AttendanceMark): Message => {
    const status = words.statusLabel(mark.statusId);
    const timeZone = mine.timeZone;
    return mark.reasonId
      ? { code: 'value-mark-reason', params: { status, reason: words.reasonLabel(mark.reasonId), at: mark.at, timeZone } }
      : { code: 'value-mark', params: { status, at: mark.at, timeZone } };
  };
  const attendance = mergeByKey<AttendanceMark>(
    mine.attendance,
    theirs.attendance,
    (mark) => `${mark.meetingId}|${mark.participantId}`,
    (local, other) => {
      const id = `mark:${local.meetingId}:${local.participantId}`;
      const label: Message = { code: 'change-mark', params: { code: codeOf(local.participantId), meeting: meetingWords(local.meetingId) } };
      switch (mergeMark(local, other)) {
        case 'same':
          // The same version, settled on their side since: it now replaces what it replaced there too.
          if (other.earlier?.some((at) => !local.earlier?.includes(at))) {
            collect.update(id, label);
            return sameVersionTogether(local, other);
          }
          return local;
        case 'mine':
        case 'agree':
          return local;
        case 'theirs':
          collect.update(id, label);
          return other;
        case 'conflict': {
          const kept = collect.conflict(id, label, { mine: local, theirs: other }, { mine: local.at, theirs: other.at }, describeMark);
          // Kept aside for a person, this side stays as it was: settling it would tell the other computer it was decided.
          return collect.decided(id) ? settled(kept, kept === local ? other : local) : local;
        }
      }
    },
    (mark) =>
      collect.add(`mark:${mark.meetingId}:${mark.participantId}`, {
        code: 'change-mark',
        params: { code: codeOf(mark.participantId), meeting: meetingWords(mark.meetingId) },
      }),
  );

  const presence = mergeByKey(
    mine.presence,
    theirs.presence,
    (entry) => `${entry.meetingId}|${entry.participantId}|${entry.activityId}|${entry.kind}`,
    (local) => local,
    (entry) =>
      collect.add(`presence:${entry.meetingId}:${entry.participantId}:${entry.activityId}:${entry.kind}`, {
        code: entry.kind === 'passed' ? 'change-presence-passed' : 'change-presence-stepped-out',
        params: { code: codeOf(entry.participantId), meeting: meetingWords(entry.meetingId) },
      }),
  );

  const runs = mergeRuns(mine.runs, theirs.runs, collect, { meeting: meetingWords, activity: activityWords }, times);

  const followUps = mergeByKey<FollowUp>(
    mine.followUps,
    theirs.followUps,
    (followUp) => followUp.id,
    (local, other) => {
      // Done on both sides: when it was first done, whichever computer merges.
      if (other.doneAt === undefined || (local.doneAt !== undefined && local.doneAt <= other.doneAt)) return local;
      collect.update(`followUp:${local.id}`, { code: 'change-follow-up-done', params: { code: codeOf(local.participantId) } });
      return { ...local, doneAt: other.doneAt };
    },
    (followUp) => collect.add(`followUp:${followUp.id}`, { code: 'change-follow-up', params: { code: codeOf(followUp.participantId) } }),
  );

  const instrument = (id: string) => [...mine.module.instruments, ...theirs.module.instruments].find((candidate) => candidate.id === id);
  const instrumentTitle = (id: string) => instrument(id)?.title ?? id;
  const surveys = mergeSurveys(mine.surveys ?? [], theirs.surveys ?? [], collect, {
    label: (response) =>
      response.participantId === undefined
        ? {
            code: 'change-survey-form',
            params: { number: response.formNumber ?? 0, instrument: instrumentTitle(response.instrumentId), occasion: response.occasion },
          }
        : {
            code: 'change-survey',
            params: { code: codeOf(response.participantId), instrument: instrumentTitle(response.instrumentId), occasion: response.occasion },
          },
    timeZone: mine.timeZone,
    instrument,
  });

  let newHistory = 0;
  const audit = mergeByKey<AuditEntry>(
    mine.audit,
    theirs.audit,
    canonical,
    (local) => local,
    () => {
      newHistory += 1;
    },
  );
  if (newHistory > 0) collect.add('audit', { code: 'change-history', params: { count: newHistory } });
  // Stable: entries at the same moment keep their order.
  audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  if (collect.changes.length === 0) return { workshop: mine, changes: [] };
  return {
    workshop: {
      ...merged,
      meetings: sortMeetings(meetings),
      roster,
      attendance,
      presence,
      runs,
      followUps,
      ...(surveys.length > 0 ? { surveys } : {}),
      audit,
      updatedAt: now > mine.updatedAt ? now : mine.updatedAt,
    },
    changes: collect.changes,
  };
}

/**
 * The one merge of another computer's copy of a workshop (a bundle, or the program hub's copy) into
 * this computer's data, given the choices made for its conflicts: the people to add or fill in, the
 * merged workshop, the changes, and the conflicts only a person can decide.
 */
export function mergeWorkshopCopy(options: {
  registry: readonly Participant[];
  local: Workshop | undefined;
  incoming: Bundle;
  allowFullNames: boolean;
  resolutions: Resolutions;
  /** What a conflict without a resolution keeps; the newer side by default. */
  undecided?: Undecided;
  words: MergeWords;
  now: string;
  /** Other computers' ids of people here (aliasesOf the registry file). */
  aliases?: ReadonlyMap<string, string>;
}): WorkshopCopyMerge {
  const { registry, local, incoming, allowFullNames, resolutions, undecided, words, now } = options;
  const isNew = local === undefined;
  // What another computer kept aside for its own decisions is its business, never merged here.
  const { hubPending: _theirsOnly, ...incomingWorkshop } = incoming.workshop;
  const bundle: Bundle = { ...incoming, workshop: incomingWorkshop };
  const participants = planParticipants({ registry, bundle, allowFullNames, listAdditions: !isNew, ...(options.aliases ? { aliases: options.aliases } : {}) });
  const theirs = remapParticipants(bundle.workshop, participants.idMap);
  const registryById = registryIndexOf(registry).byId;
  const carriedCodes = new Map(bundle.participants.map((participant) => [participant.id, participant.code]));
  const codeOf = (id: string) => registryById.get(id)?.code ?? carriedCodes.get(id) ?? 'a participant';
  const workshop = mergeWorkshop({ mine: local, theirs, resolutions, codeOf, words, now, ...(undecided ? { undecided } : {}) });
  const workshopChanged = workshop.changes.length > 0;
  const changes = [...participants.changes, ...(workshopChanged ? participants.matches : []), ...workshop.changes];
  return {
    isNew,
    participants,
    workshop: workshop.workshop,
    workshopChanged,
    changes,
    decisions: changes.filter((change) => change.kind === 'conflict'),
    unchanged: changes.length === 0,
  };
}
