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
  /** The XLSX sheet of the long form when it holds several workshops (one table, like the CSV). */
  longSheet: string;
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
  /** The funder report's CSV: its title lines, the figures table and attendance by meeting number. */
  funder: {
    title: string;
    range: (from: string, to: string) => string;
    organisation: string;
    madeOn: string;
    privacyNote: string;
    figures: {
      group: string;
      name: string;
      workshopsHeld: string;
      sessionsPlanned: string;
      sessionsDelivered: string;
      participants: string;
      attendanceRate: string;
      finishers: string;
      completed: string;
      completionRate: string;
    };
    groups: { all: string; module: string; site: string; audience: string; noSite: string; noAudience: string };
    series: { meeting: string; workshops: string; attendanceRate: string };
    fileName: (from: string, to: string) => string;
  };
  /** The suggested file name (without extension), which says the layout in words. */
  fileName: {
    layouts: { long: string; grid: string };
    workshop: (title: string, layout: string) => string;
    range: (from: string, to: string, layout: string) => string;
  };
  /** The suggested names of printed records saved as PDF; letters and certificates leave the workshop's title out. */
  recordFileName: {
    signIn: (title: string, date: string) => string;
    summary: (title: string) => string;
    letters: (count: number, madeOn: string) => string;
    certificates: (count: number, madeOn: string) => string;
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
  longSheet: 'Attendance',
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
  funder: {
    title: 'Funder report',
    range: (from, to) => `${from} to ${to}`,
    organisation: 'Organisation',
    madeOn: 'Made on',
    privacyNote: 'Counts of fewer than five people show as <5; rates about fewer than five people are left blank.',
    figures: {
      group: 'Group',
      name: 'Name',
      workshopsHeld: 'Workshops held',
      sessionsPlanned: 'Sessions planned',
      sessionsDelivered: 'Sessions delivered',
      participants: 'Participants',
      attendanceRate: 'Attendance rate %',
      finishers: 'Finishers',
      completed: 'Completed',
      completionRate: 'Completion rate %',
    },
    groups: { all: 'All workshops', module: 'Module', site: 'Site', audience: 'Audience', noSite: 'No site given', noAudience: 'Audience not given' },
    series: { meeting: 'Meeting in series', workshops: 'Workshops', attendanceRate: 'Attendance rate %' },
    fileName: (from, to) => `Funder report ${from} to ${to}`,
  },
  fileName: {
    layouts: { long: 'one row per person and meeting', grid: 'grid of people by meetings' },
    workshop: (title, layout) => `${title} attendance - ${layout}`,
    range: (from, to, layout) => `Attendance ${from} to ${to} - ${layout}`,
  },
  recordFileName: {
    signIn: (title, date) => `Sign-in sheet ${title} ${date}`,
    summary: (title) => `Attendance summary ${title}`,
    letters: (count, madeOn) => `Attendance ${count === 1 ? 'letter' : 'letters'} ${madeOn}`,
    certificates: (count, madeOn) => `${count === 1 ? 'Certificate' : 'Certificates'} of completion ${madeOn}`,
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
  longSheet: 'Asistencia',
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
  funder: {
    title: 'Informe para financiadores',
    range: (from, to) => `del ${from} al ${to}`,
    organisation: 'Organización',
    madeOn: 'Fecha de elaboración',
    privacyNote: 'Los conteos de menos de cinco personas aparecen como <5; las tasas sobre menos de cinco personas se dejan en blanco.',
    figures: {
      group: 'Grupo',
      name: 'Nombre',
      workshopsHeld: 'Talleres realizados',
      sessionsPlanned: 'Sesiones planeadas',
      sessionsDelivered: 'Sesiones impartidas',
      participants: 'Participantes',
      attendanceRate: '% de asistencia',
      finishers: 'Llegaron al final',
      completed: 'Completaron',
      completionRate: '% que completó',
    },
    groups: {
      all: 'Todos los talleres',
      module: 'Módulo',
      site: 'Lugar',
      audience: 'Público',
      noSite: 'Sin lugar indicado',
      noAudience: 'Sin público indicado',
    },
    series: { meeting: 'Reunión de la serie', workshops: 'Talleres', attendanceRate: '% de asistencia' },
    fileName: (from, to) => `Informe para financiadores del ${from} al ${to}`,
  },
  fileName: {
    layouts: { long: 'una fila por persona y reunión', grid: 'tabla de personas por reunión' },
    workshop: (title, layout) => `${title} asistencia - ${layout}`,
    range: (from, to, layout) => `Asistencia del ${from} al ${to} - ${layout}`,
  },
  recordFileName: {
    signIn: (title, date) => `Hoja de firmas ${title} ${date}`,
    summary: (title) => `Resumen de asistencia ${title}`,
    letters: (count, madeOn) => `${count === 1 ? 'Carta' : 'Cartas'} de asistencia ${madeOn}`,
    certificates: (count, madeOn) => `${count === 1 ? 'Certificado' : 'Certificados'} de finalización ${madeOn}`,
  },
};

export const fileLabels: Record<Language, FileLabels> = { en, es };
