import type { CivilDate } from '../calendar/civil';
import type { Message } from '../messages';
import type { Enrolment, ExitReason, Workshop } from '../workshop';

export class RosterError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid',
    readonly reason: Message,
  ) {
    super(reason.code);
    this.name = 'RosterError';
  }
}

/** The participant's current stay in the workshop: enrolled and not exited. */
export function openEnrolment(workshop: Workshop, participantId: string): Enrolment | undefined {
  return workshop.roster.find((entry) => entry.participantId === participantId && entry.exit === undefined);
}

/** Participants enrolled now. */
export function currentParticipantIds(workshop: Workshop): string[] {
  return workshop.roster.filter((entry) => entry.exit === undefined).map((entry) => entry.participantId);
}

/** Everyone who was ever on the roster or is named by a meeting, once each. */
export function everListedParticipantIds(workshop: Workshop): string[] {
  const ids = new Set(workshop.roster.map((entry) => entry.participantId));
  for (const meeting of workshop.meetings) for (const id of meeting.participantIds ?? []) ids.add(id);
  return [...ids];
}

/**
 * Starts a stay for each participant on `on`. `codeOf` names them in messages. A participant who left
 * earlier may come back (a second stay); one who is enrolled now cannot be enrolled twice.
 */
export function enrol(
  workshop: Workshop,
  participantIds: readonly string[],
  on: CivilDate,
  codeOf: (participantId: string) => string,
  fromWorkshopId?: string,
): Workshop {
  const added: Enrolment[] = [];
  for (const participantId of new Set(participantIds)) {
    if (openEnrolment(workshop, participantId)) {
      throw new RosterError('invalid', { code: 'already-enrolled', params: { code: codeOf(participantId), title: workshop.title } });
    }
    const lastExit = workshop.roster
      .filter((entry) => entry.participantId === participantId && entry.exit)
      .reduce<CivilDate | undefined>((latest, entry) => (latest && latest > entry.exit!.on ? latest : entry.exit!.on), undefined);
    if (lastExit && on < lastExit) {
      throw new RosterError('invalid', { code: 'enrol-before-exit', params: { code: codeOf(participantId), date: lastExit } });
    }
    added.push(fromWorkshopId ? { participantId, enrolledOn: on, fromWorkshopId } : { participantId, enrolledOn: on });
  }
  return { ...workshop, roster: [...workshop.roster, ...added] };
}

/** Ends the participant's current stay on `on` for `reason` (and where they went, when moved). */
export function exitParticipant(
  workshop: Workshop,
  participantId: string,
  exit: { on: CivilDate; reason: ExitReason; toWorkshopId?: string },
  codeOf: (participantId: string) => string,
): Workshop {
  const current = openEnrolment(workshop, participantId);
  if (!current) throw new RosterError('not-found', { code: 'not-enrolled-now', params: { code: codeOf(participantId), title: workshop.title } });
  if (exit.on < current.enrolledOn) {
    throw new RosterError('invalid', { code: 'exit-before-enrolment', params: { code: codeOf(participantId), date: current.enrolledOn } });
  }
  const ended: Enrolment = {
    ...current,
    exit: exit.toWorkshopId ? { on: exit.on, reason: exit.reason, toWorkshopId: exit.toWorkshopId } : { on: exit.on, reason: exit.reason },
  };
  return { ...workshop, roster: workshop.roster.map((entry) => (entry === current ? ended : entry)) };
}
