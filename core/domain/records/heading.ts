import type { NeutralHeading, RecordHeading, SessionRef } from './views';
import { participantLabel } from '../exports/attendanceTable';
import { fileLabels } from '../exports/fileLabels';
import type { Participant } from '../participants';
import type { Meeting, Workshop } from '../workshop';
import type { RecordContext } from './context';

export function recordHeading(workshop: Workshop, context: RecordContext): RecordHeading {
  return {
    organisation: context.organisation,
    workshopTitle: workshop.title,
    moduleTitle: workshop.module.title,
    ...(workshop.site ? { site: workshop.site.name } : {}),
    // Names only: a role such as "survivor mentor" says something personal about the facilitator.
    facilitators: workshop.facilitators.map((facilitator) => facilitator.name),
    identification: context.identification,
    language: context.language,
    madeOn: context.today,
  };
}

/** For letters and certificates: no module, workshop title, audience or site, which could say what the group is about or where. */
export function neutralHeading(workshop: Workshop, context: RecordContext): NeutralHeading {
  return {
    organisation: context.organisation,
    contact: context.contact,
    signers: workshop.facilitators.map((facilitator) => facilitator.name),
    identification: context.identification,
    language: context.language,
    madeOn: context.today,
  };
}

/** The module sessions a meeting covers, in the meeting's order. */
export function sessionRefs(workshop: Workshop, meeting: Meeting): SessionRef[] {
  return meeting.sessionIds.flatMap((id) => {
    const session = workshop.module.sessions.find((candidate) => candidate.id === id);
    if (!session) return [];
    return [{ number: session.number, title: session.title, ...(meeting.part === undefined ? {} : { part: meeting.part }) }];
  });
}

/** Labels people as the record's identification asks, looking each up once. */
export function labeller(context: RecordContext): (participantId: string) => string {
  const people = new Map<string, Participant>(context.participants.map((participant) => [participant.id, participant]));
  const { codeMark } = fileLabels[context.language];
  return (participantId) => participantLabel(people.get(participantId), participantId, context.identification, codeMark);
}
