import type { SignInSheetView } from './views';
import { minutesOfDay, type ClockTime } from '../calendar/civil';
import { expectedParticipantIds } from '../progress';
import type { Meeting, Workshop } from '../workshop';
import type { RecordContext } from './context';
import { labeller, recordHeading, sessionRefs } from './heading';

/** Lines left blank at the end of the sheet for people who join on the day. */
export const SPARE_LINES = 4;

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function endOf(meeting: Meeting): ClockTime {
  const end = (minutesOfDay(meeting.startTime) + meeting.minutes) % (24 * 60);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/** A sign-in sheet: everyone expected at the meeting (enrolled on its date, or chosen for a make-up), in code order. */
export function signInSheet(workshop: Workshop, meeting: Meeting, context: RecordContext): SignInSheetView {
  const codes = new Map(context.participants.map((participant) => [participant.id, participant.code]));
  const codeOf = (id: string) => codes.get(id) ?? id;
  const label = labeller(context);
  const people = expectedParticipantIds(workshop, meeting)
    .sort((a, b) => byCode.compare(codeOf(a), codeOf(b)))
    .map(label);
  return {
    kind: 'sign-in',
    heading: recordHeading(workshop, context),
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: endOf(meeting),
    sessions: sessionRefs(workshop, meeting),
    people,
    spareLines: SPARE_LINES,
  };
}
