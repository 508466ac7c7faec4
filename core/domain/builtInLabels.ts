/**
 * The names of the attendance statuses and absence reasons the app starts with, in each language.
 * Settings store them as data the user may rename (in English, as written at first start); a
 * built-in one whose label is still a built-in name is shown in the language of the screen or file,
 * while a label the user wrote is shown as written.
 */
import { defaultAbsenceReasons, defaultAttendanceStatuses } from './attendance';
import type { Language } from './languages';

type StatusId = 'present' | 'late' | 'left-early' | 'excused' | 'absent';
type ReasonId = 'court-date' | 'medical' | 'released' | 'transferred' | 'lockdown-or-movement' | 'refused' | 'ill' | 'other';

interface BuiltInLabels {
  statuses: Record<StatusId, string>;
  reasons: Record<ReasonId, string>;
}

const english: BuiltInLabels = {
  statuses: Object.fromEntries(defaultAttendanceStatuses.map((status) => [status.id, status.label])) as Record<StatusId, string>,
  reasons: Object.fromEntries(defaultAbsenceReasons.map((reason) => [reason.id, reason.label])) as Record<ReasonId, string>,
};

export const builtInLabels: Record<Language, BuiltInLabels> = {
  en: english,
  es: {
    statuses: { present: 'Presente', late: 'Llegó tarde', 'left-early': 'Se fue temprano', excused: 'Ausencia justificada', absent: 'Ausencia' },
    reasons: {
      'court-date': 'Audiencia en la corte',
      medical: 'Cita médica',
      released: 'Salió en libertad',
      transferred: 'Trasladado/a',
      'lockdown-or-movement': 'Cierre o movimiento en la institución',
      refused: 'No quiso asistir',
      ill: 'Enfermo/a',
      other: 'Otra razón',
    },
  },
};

function translated(list: 'statuses' | 'reasons', item: { id: string; label: string }, language: Language): string {
  const names = (labels: BuiltInLabels) => labels[list] as Record<string, string | undefined>;
  const untouched = Object.values(builtInLabels).some((labels) => names(labels)[item.id] === item.label);
  return untouched ? (names(builtInLabels[language])[item.id] ?? item.label) : item.label;
}

/** A status's name in `language`: a built-in status not renamed by the user is translated; a name the user wrote stays as written. */
export function statusLabel(status: { id: string; label: string }, language: Language): string {
  return translated('statuses', status, language);
}

/** An absence reason's name in `language`, by the same rule as statusLabel. */
export function reasonLabel(reason: { id: string; label: string }, language: Language): string {
  return translated('reasons', reason, language);
}
