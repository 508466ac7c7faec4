/**
 * The words of exported files (column headers, sheet names, the labels in cells), per language.
 * Main writes the files, so it takes them from here rather than assembling English; the renderer's
 * catalogs hold everything a screen says. Every language has the same shape (a test checks it).
 */
import type { Language } from '../languages';
import type { SurveyOccasion } from '../surveys/instrument';
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
  /** The funder report's outcomes section (pre/post surveys) in its CSV and XLSX. */
  outcomes: {
    title: string;
    note: string;
    /** The change per scale at each site, when the workshops counted meet at more than one. */
    bySiteTitle: string;
    /** A count hidden so that a "<5" cannot be worked out from the totals. */
    hidden: string;
    sheet: string;
    occasions: Record<SurveyOccasion, string>;
    change: {
      module: string;
      survey: string;
      scale: string;
      paired: string;
      meanPre: string;
      meanPost: string;
      meanChange: string;
      improved: string;
      improvedPercent: string;
      same: string;
      samePercent: string;
      worse: string;
      worsePercent: string;
    };
    completion: {
      module: string;
      survey: string;
      occasion: string;
      enrolled: string;
      given: string;
      complete: string;
      partial: string;
      unlinked: string;
      givenPercent: string;
    };
    pairing: { module: string; survey: string; paired: string; preWithoutPost: string; postWithoutPre: string; secondPre: string };
  };
  /** The funder report's fidelity section in its CSV and XLSX. */
  fidelity: {
    title: string;
    sheet: string;
    allActivities: string;
    columns: {
      module: string;
      session: string;
      sessionTitle: string;
      activity: string;
      delivered: string;
      asPlanned: string;
      adapted: string;
      skipped: string;
      notRecorded: string;
      asPlannedPercent: string;
      adaptedPercent: string;
      skippedPercent: string;
      notRecordedPercent: string;
    };
    notes: { title: string; module: string; date: string; workshop: string; session: string; activity: string; outcome: string; note: string };
    outcomes: { adapted: string; skipped: string };
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
  outcomes: {
    title: 'Outcomes: pre- and post-surveys',
    note: 'Scores are 0 to 100. Change is each young person’s post-survey score minus their pre-survey score. Counts of fewer than five people show as <5, and some other counts are hidden so a <5 cannot be worked out from the totals; means and percentages about fewer than five people are left blank.',
    bySiteTitle: 'Change by site',
    hidden: 'hidden',
    sheet: 'Outcomes',
    occasions: { pre: 'Pre-survey', post: 'Post-survey', 'follow-up': 'Follow-up' },
    change: {
      module: 'Module',
      survey: 'Survey',
      scale: 'Scale',
      paired: 'Pairs',
      meanPre: 'Mean before',
      meanPost: 'Mean after',
      meanChange: 'Mean change',
      improved: 'Improved',
      improvedPercent: 'Improved %',
      same: 'Same',
      samePercent: 'Same %',
      worse: 'Worse',
      worsePercent: 'Worse %',
    },
    completion: {
      module: 'Module',
      survey: 'Survey',
      occasion: 'When given',
      enrolled: 'Enrolled',
      given: 'Given',
      complete: 'Complete',
      partial: 'Partial',
      unlinked: 'Forms not linked to a code',
      givenPercent: 'Given %',
    },
    pairing: {
      module: 'Module',
      survey: 'Survey',
      paired: 'Pre and post',
      preWithoutPost: 'Pre without post',
      postWithoutPre: 'Post without pre (not paired)',
      secondPre: 'Second pre-survey (earliest used)',
    },
  },
  fidelity: {
    title: 'Fidelity: sessions delivered as designed',
    sheet: 'Fidelity',
    allActivities: 'All activities',
    columns: {
      module: 'Module',
      session: 'Session',
      sessionTitle: 'Session title',
      activity: 'Activity',
      delivered: 'Times delivered',
      asPlanned: 'As planned',
      adapted: 'Adapted',
      skipped: 'Skipped',
      notRecorded: 'Not recorded',
      asPlannedPercent: 'As planned %',
      adaptedPercent: 'Adapted %',
      skippedPercent: 'Skipped %',
      notRecordedPercent: 'Not recorded %',
    },
    notes: {
      title: 'Adaptation notes',
      module: 'Module',
      date: 'Meeting date',
      workshop: 'Workshop',
      session: 'Session',
      activity: 'Activity',
      outcome: 'How it went',
      note: 'Note',
    },
    outcomes: { adapted: 'Adapted', skipped: 'Skipped' },
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
  outcomes: {
    title: 'Resultados: encuestas al inicio y al final',
    note: 'Los puntajes van de 0 a 100. El cambio es el puntaje de cada joven en la encuesta final menos su puntaje en la encuesta inicial. Los conteos de menos de cinco personas aparecen como <5, y algunos otros conteos se ocultan para que un <5 no pueda deducirse de los totales; los promedios y porcentajes sobre menos de cinco personas se dejan en blanco.',
    bySiteTitle: 'Cambio por lugar',
    hidden: 'oculto',
    sheet: 'Resultados',
    occasions: { pre: 'Encuesta inicial', post: 'Encuesta final', 'follow-up': 'Seguimiento' },
    change: {
      module: 'Módulo',
      survey: 'Encuesta',
      scale: 'Escala',
      paired: 'Pares',
      meanPre: 'Promedio antes',
      meanPost: 'Promedio después',
      meanChange: 'Cambio promedio',
      improved: 'Mejoraron',
      improvedPercent: '% que mejoró',
      same: 'Igual',
      samePercent: '% igual',
      worse: 'Bajaron',
      worsePercent: '% que bajó',
    },
    completion: {
      module: 'Módulo',
      survey: 'Encuesta',
      occasion: 'Cuándo se aplicó',
      enrolled: 'Inscritos',
      given: 'Aplicadas',
      complete: 'Completas',
      partial: 'Parciales',
      unlinked: 'Formularios sin código asignado',
      givenPercent: '% aplicadas',
    },
    pairing: {
      module: 'Módulo',
      survey: 'Encuesta',
      paired: 'Inicial y final',
      preWithoutPost: 'Inicial sin final',
      postWithoutPre: 'Final sin inicial (sin emparejar)',
      secondPre: 'Segunda encuesta inicial (se usó la primera)',
    },
  },
  fidelity: {
    title: 'Fidelidad: sesiones impartidas según el diseño',
    sheet: 'Fidelidad',
    allActivities: 'Todas las actividades',
    columns: {
      module: 'Módulo',
      session: 'Sesión',
      sessionTitle: 'Título de la sesión',
      activity: 'Actividad',
      delivered: 'Veces impartida',
      asPlanned: 'Según lo planeado',
      adapted: 'Adaptada',
      skipped: 'Omitida',
      notRecorded: 'Sin registro',
      asPlannedPercent: '% según lo planeado',
      adaptedPercent: '% adaptada',
      skippedPercent: '% omitida',
      notRecordedPercent: '% sin registro',
    },
    notes: {
      title: 'Notas sobre las adaptaciones',
      module: 'Módulo',
      date: 'Fecha de la reunión',
      workshop: 'Taller',
      session: 'Sesión',
      activity: 'Actividad',
      outcome: 'Cómo se impartió',
      note: 'Nota',
    },
    outcomes: { adapted: 'Adaptada', skipped: 'Omitida' },
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
