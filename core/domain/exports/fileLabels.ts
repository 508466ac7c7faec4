/**
 * The words of exported files (column headers, sheet names, the labels in cells), per language.
 * Main writes the files, so it takes them from here rather than assembling English; the renderer's
 * catalogs hold everything a screen says. Every language has the same shape (a test checks it).
 */
import type { Language } from '../languages';
import type { MeetingKind } from '../workshop';

export interface FileLabels {
  /** The long form's headers, by column. */
  long: {
    workshop: string;
    module: string;
    site: string;
    date: string;
    startTime: string;
    sessions: string;
    kind: string;
    meetingStatus: string;
    participant: string;
    statusCode: string;
    statusLabel: string;
    countsAsAttended: string;
    reason: string;
    passedOrSteppedOut: string;
  };
  /** The grid's headers around its meeting columns. */
  grid: { participant: string; attended: string; held: string; percent: string };
  /** The XLSX Summary sheet: its name and headers. */
  summary: { sheet: string; workshop: string; firstMeeting: string; lastMeeting: string; heldMeetings: string; participants: string; rate: string };
  /** A sheet whose workshop title leaves no usable name. */
  unnamedSheet: string;
  meetingKinds: Record<MeetingKind, string>;
  meetingStatuses: { held: string; cancelled: string; upcoming: string };
  presence: { passed: string; 'stepped-out': string };
  yes: string;
  no: string;
  /** After a code shown where initials or a name were asked for and the person has none: "JH-014 (code)". */
  codeMark: string;
  /** Half a session in the long form: "2 (part 1)". */
  part: (part: number) => string;
  /** A grid column's sessions: "S2+S3", "S2 part 1". */
  sessionShort: (number: number | string) => string;
  sessionPartShort: (part: number) => string;
  noSession: string;
  /** A mark whose status was removed from Settings since. */
  removedStatus: (id: string) => string;
  /** The suggested file name (without extension), which says the layout in words. */
  fileName: {
    layouts: { long: string; grid: string };
    workshop: (title: string, layout: string) => string;
    range: (from: string, to: string, layout: string) => string;
  };
}

const en: FileLabels = {
  long: {
    workshop: 'Workshop',
    module: 'Module',
    site: 'Site',
    date: 'Meeting date',
    startTime: 'Start time',
    sessions: 'Sessions',
    kind: 'Meeting kind',
    meetingStatus: 'Meeting status',
    participant: 'Participant',
    statusCode: 'Status code',
    statusLabel: 'Status',
    countsAsAttended: 'Counts as attended',
    reason: 'Absence reason',
    passedOrSteppedOut: 'Passed or stepped out during',
  },
  grid: { participant: 'Participant', attended: 'Attended', held: 'Held while enrolled', percent: 'Attendance %' },
  summary: {
    sheet: 'Summary',
    workshop: 'Workshop',
    firstMeeting: 'First meeting',
    lastMeeting: 'Last meeting',
    heldMeetings: 'Held meetings',
    participants: 'Participants',
    rate: 'Attendance rate',
  },
  unnamedSheet: 'Workshop',
  meetingKinds: { planned: 'Regular', extra: 'Extra', 'make-up': 'Make-up', 'catch-up': 'Catch-up' },
  meetingStatuses: { held: 'Held', cancelled: 'Cancelled', upcoming: 'Upcoming' },
  presence: { passed: 'passed', 'stepped-out': 'stepped out' },
  yes: 'yes',
  no: 'no',
  codeMark: '(code)',
  part: (part) => `(part ${part})`,
  sessionShort: (number) => `S${number}`,
  sessionPartShort: (part) => `part ${part}`,
  noSession: 'no session',
  removedStatus: (id) => `${id} (no longer in Settings)`,
  fileName: {
    layouts: { long: 'one row per person and meeting', grid: 'grid of people by meetings' },
    workshop: (title, layout) => `${title} attendance - ${layout}`,
    range: (from, to, layout) => `Attendance ${from} to ${to} - ${layout}`,
  },
};

const es: FileLabels = {
  long: {
    workshop: 'Taller',
    module: 'Módulo',
    site: 'Lugar',
    date: 'Fecha de la reunión',
    startTime: 'Hora de inicio',
    sessions: 'Sesiones',
    kind: 'Tipo de reunión',
    meetingStatus: 'Estado de la reunión',
    participant: 'Participante',
    statusCode: 'Código de asistencia',
    statusLabel: 'Asistencia',
    countsAsAttended: 'Cuenta como asistencia',
    reason: 'Motivo de la ausencia',
    passedOrSteppedOut: 'No participó o salió durante',
  },
  grid: { participant: 'Participante', attended: 'Asistió', held: 'Realizadas mientras estaba inscrito/a', percent: '% de asistencia' },
  summary: {
    sheet: 'Resumen',
    workshop: 'Taller',
    firstMeeting: 'Primera reunión',
    lastMeeting: 'Última reunión',
    heldMeetings: 'Reuniones realizadas',
    participants: 'Participantes',
    rate: 'Tasa de asistencia',
  },
  unnamedSheet: 'Taller',
  meetingKinds: { planned: 'Regular', extra: 'Adicional', 'make-up': 'De reposición', 'catch-up': 'Para ponerse al día' },
  meetingStatuses: { held: 'Realizada', cancelled: 'Cancelada', upcoming: 'Próxima' },
  presence: { passed: 'no participó', 'stepped-out': 'salió un momento' },
  yes: 'sí',
  no: 'no',
  codeMark: '(código)',
  part: (part) => `(parte ${part})`,
  sessionShort: (number) => `S${number}`,
  sessionPartShort: (part) => `parte ${part}`,
  noSession: 'sin sesión',
  removedStatus: (id) => `${id} (ya no está en la Configuración)`,
  fileName: {
    layouts: { long: 'una fila por persona y reunión', grid: 'tabla de personas por reunión' },
    workshop: (title, layout) => `${title} asistencia - ${layout}`,
    range: (from, to, layout) => `Asistencia del ${from} al ${to} - ${layout}`,
  },
};

export const fileLabels: Record<Language, FileLabels> = { en, es };
