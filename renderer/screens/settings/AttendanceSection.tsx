import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbsenceReason, AttendanceStatus } from '../../../core/domain/attendance';
import { attendanceSettingsIssues, newSlugId, type AttendanceIssue } from '../../../core/domain/attendanceSettings';
import type { Settings } from '../../../core/domain/settings';
import { ApiError, call, type ShownIssue } from '../../api';
import { describeIssue } from '../../format/describe';
import { describedBy } from '../../components/fieldError';
import { FieldMessages } from '../../components/FieldMessages';
import { CheckboxField } from '../../components/CheckboxField';
import { SavedSection } from '../../components/SavedSection';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus, type Outcome } from '../../data/useSaveStatus';
import type { ItemFieldsProps } from '../../components/ItemForm';
import { AttendanceList, type ListTexts } from './AttendanceList';
import './attendance.css';
import { useBuiltInLabels } from '../../format/useBuiltInLabels';

interface Lists {
  attendanceStatuses: AttendanceStatus[];
  absenceReasons: AbsenceReason[];
}
type ListName = keyof Lists;
type StatusValues = Omit<AttendanceStatus, 'id'>;
type ReasonValues = Omit<AbsenceReason, 'id'>;

/** The item a save is about: its list and place, so the problems found there show next to its fields. */
interface Target {
  list: ListName;
  index: number;
  /** For each field, the words that name it in a message; null when its messages are whole sentences. */
  subjects: Record<string, string | null>;
}

/**
 * Attendance statuses (with their keys) and absence reasons. Every change saves both lists whole
 * through `settings.setAttendance`. New items get an id made from their label; an edited item
 * keeps its id, so the marks already made with it stay linked to it.
 */
export function AttendanceSection({ statuses, reasons }: { statuses: readonly AttendanceStatus[]; reasons: readonly AbsenceReason[] }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const status = useSaveStatus();
  // What the last change asked for: quick changes in a row build on each other, not on what is shown yet.
  const latest = useRef<Lists>({ attendanceStatuses: [...statuses], absenceReasons: [...reasons] });
  const saved = useRef<Lists>(latest.current);
  const saving = useRef(0);

  useEffect(() => {
    saved.current = { attendanceStatuses: [...statuses], absenceReasons: [...reasons] };
    if (saving.current === 0) latest.current = saved.current;
  }, [statuses, reasons]);

  const statusSubjects = {
    label: t('settings.attendance.statuses.labelLabel'),
    key: t('settings.attendance.statuses.keyLabel'),
    countsAsAttended: null,
    isAbsence: t('settings.attendance.statuses.absenceLabel'),
  };
  const reasonSubjects = { label: t('settings.attendance.reasons.labelLabel') };

  /** Checks, then saves both lists as `change` leaves them; refused changes never reach the app. */
  async function commit(change: (current: Lists) => Lists, target?: Target): Promise<Outcome<Settings>> {
    const next = change(latest.current);
    const fields = target ? Object.keys(target.subjects) : [];
    const issues = attendanceSettingsIssues(next);
    if (issues.length > 0) {
      return status.run(() => Promise.reject(refusal(issues, next, target)), fields);
    }
    latest.current = next;
    saving.current += 1;
    const outcome = await status.run(() => apply(call('settings.setAttendance', next)), fields);
    saving.current -= 1;
    if (outcome.ok) saved.current = { attendanceStatuses: outcome.value.attendanceStatuses, absenceReasons: outcome.value.absenceReasons };
    // Once nothing is on its way, the next change starts from what is saved (a failed change is dropped).
    if (saving.current === 0) latest.current = saved.current;
    return outcome;
  }

  /**
   * The problems found before saving, as the app would report them, but placed for the person
   * editing: a clash is shown on the item being edited (not on whichever comes later in the list),
   * and "none counts as attended" next to the box that was just unticked.
   */
  function refusal(issues: AttendanceIssue[], next: Lists, target: Target | undefined): ApiError {
    let placed: ShownIssue[] = issues.map(({ fromSchema: _schema, ...issue }) => issue);
    if (target) {
      const items: readonly { label: string; key?: string }[] = next[target.list];
      const edited = items[target.index];
      const at = (field: string) => `${target.list}[${target.index}].${field}`;
      const others = items.filter((_, index) => index !== target.index);
      const sameKey = edited?.key === undefined ? undefined : others.find((other) => other.key === edited.key);
      const sameLabel = others.find((other) => normalised(other.label) === normalised(edited?.label ?? ''));
      const noun = target.list === 'attendanceStatuses' ? 'statuses' : 'reasons';
      placed = placed.flatMap((issue) => {
        if (issue.rule === 'key-taken' && sameKey) return [];
        if (issue.rule === 'taken' && issue.path.endsWith('.label') && sameLabel) return [];
        if (issue.rule === 'none-attended' && target.list === 'attendanceStatuses' && edited && !(edited as AttendanceStatus).countsAsAttended) {
          return [{ path: at('countsAsAttended'), rule: 'worded', text: t('settings.attendance.statuses.noneAttended') }];
        }
        return [issue];
      });
      if (sameLabel) placed.unshift({ path: at('label'), rule: 'worded', text: t(`settings.attendance.${noun}.labelTaken`) });
      if (sameKey) placed.unshift({ path: at('key'), rule: 'worded', text: t('settings.attendance.statuses.keyTaken', { name: sameKey.label }) });
    }
    // Problems with a list as a whole (none counts as attended, too many) are the form's own message.
    const listLabels: Record<string, string> = {
      attendanceStatuses: t('settings.attendance.statuses.heading'),
      absenceReasons: t('settings.attendance.reasons.heading'),
    };
    const forLists = placed.flatMap((issue) =>
      issue.rule !== 'worded' && Object.hasOwn(listLabels, issue.path) ? [describeIssue(issue, listLabels[issue.path])] : [],
    );
    return new ApiError({ code: 'invalid-input', reason: { code: 'input-invalid' } }, forLists.join(' ') || t('status.failedField')).withIssues(placed);
  }

  /** Points what went wrong at the target's fields; problems elsewhere in the lists are for the form to say. */
  function placedAt(outcome: Outcome<Settings>, target: Target): Outcome<Settings> {
    if (outcome.ok) return outcome;
    const issues = outcome.error.issues.map((issue) => ({ ...issue, path: fieldOf(issue.path, target) ?? '' }));
    return { ok: false, error: new ApiError({ code: outcome.error.code, reason: outcome.error.reason }, outcome.error.message).withIssues(issues) };
  }

  async function saveItem<L extends ListName>(
    list: L,
    values: Omit<Lists[L][number], 'id'>,
    id: string | undefined,
    subjects: Target['subjects'],
    fallbackId: string,
  ) {
    const current = latest.current[list] as Lists[L][number][];
    const existing = id === undefined ? -1 : current.findIndex((item) => item.id === id);
    const index = existing >= 0 ? existing : current.length;
    const item = {
      ...values,
      id:
        existing >= 0
          ? current[existing]!.id
          : newSlugId(
              values.label,
              current.map((other) => other.id),
              fallbackId,
            ),
    };
    const outcome = await commit(
      (lists) => ({ ...lists, [list]: existing >= 0 ? lists[list].map((other, at) => (at === existing ? item : other)) : [...lists[list], item] }),
      { list, index, subjects },
    );
    return placedAt(outcome, { list, index, subjects });
  }

  const removeItem = (list: ListName, id: string) => commit((lists) => ({ ...lists, [list]: lists[list].filter((item: { id: string }) => item.id !== id) }));

  const moveItem = (list: ListName, id: string, by: -1 | 1) => commit((lists) => ({ ...lists, [list]: moved(lists[list] as { id: string }[], id, by) }));

  const statusTexts = useListTexts('statuses');
  const reasonTexts = useListTexts('reasons');
  const onlyAttended = statuses.filter((item) => item.countsAsAttended);

  return (
    <SavedSection
      headingId="attendance-heading"
      heading={t('settings.attendance.heading')}
      className="settings-section settings-attendance-section"
      status={status.state}
    >
      <p className="section-intro">{t('settings.attendance.intro')}</p>
      <p className="settings-attendance-note">{t('settings.attendance.changesNote')}</p>

      <AttendanceList<AttendanceStatus, StatusValues>
        id="attendance-statuses"
        texts={statusTexts}
        items={statuses}
        nameOf={(item) => item.label}
        summary={(item) => <StatusSummary status={item} />}
        blank={{ key: '', label: '', countsAsAttended: false, isAbsence: false }}
        valuesOf={({ key, label, countsAsAttended, isAbsence }) => ({ key, label, countsAsAttended, isAbsence })}
        subjects={statusSubjects}
        Fields={StatusFields}
        save={(values, id) => saveItem('attendanceStatuses', values, id, statusSubjects, 'status')}
        remove={(id) => removeItem('attendanceStatuses', id)}
        move={(id, by) => moveItem('attendanceStatuses', id, by)}
        cannotRemove={(item) =>
          onlyAttended.length === 1 && onlyAttended[0]!.id === item.id ? t('settings.attendance.statuses.cannotRemove', { name: item.label }) : undefined
        }
      />

      <AttendanceList<AbsenceReason, ReasonValues>
        id="attendance-reasons"
        texts={reasonTexts}
        items={reasons}
        nameOf={(item) => item.label}
        summary={(item) => <p className="record-name">{item.label}</p>}
        blank={{ label: '' }}
        valuesOf={({ label }) => ({ label })}
        subjects={reasonSubjects}
        Fields={ReasonFields}
        save={(values, id) => saveItem('absenceReasons', values, id, reasonSubjects, 'reason')}
        remove={(id) => removeItem('absenceReasons', id)}
        move={(id, by) => moveItem('absenceReasons', id, by)}
      />
    </SavedSection>
  );
}

function normalised(label: string): string {
  return label.trim().toLocaleLowerCase();
}

/** `attendanceStatuses[2].key` -> `key`, when it is about the target item and a field its form shows. */
function fieldOf(path: string, target: Target): string | undefined {
  const match = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  if (!match || match[1] !== target.list || Number(match[2]) !== target.index) return undefined;
  const field = match[3]!;
  return Object.hasOwn(target.subjects, field) ? field : undefined;
}

function moved<T extends { id: string }>(items: readonly T[], id: string, by: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

function useListTexts(list: 'statuses' | 'reasons'): ListTexts {
  const { t } = useTranslation();
  const prefix = `settings.attendance.${list}` as const;
  return {
    heading: t(`${prefix}.heading`),
    intro: list === 'reasons' ? t('settings.attendance.reasons.intro') : undefined,
    empty: list === 'reasons' ? t('settings.attendance.reasons.empty') : '',
    addHeading: t(`${prefix}.addHeading`),
    add: t(`${prefix}.add`),
    editNamed: (name) => t(`${prefix}.editNamed`, { name }),
    editHeading: (name) => t(`${prefix}.editHeading`, { name }),
    removeNamed: (name) => t(`${prefix}.removeNamed`, { name }),
    moveUpNamed: (name) => t(`${prefix}.moveUpNamed`, { name }),
    moveDownNamed: (name) => t(`${prefix}.moveDownNamed`, { name }),
    confirmRemove: (name) => t(`${prefix}.confirmRemove`, { name }),
  };
}

function StatusSummary({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  const labels = useBuiltInLabels();
  const details = [
    status.countsAsAttended ? t('settings.attendance.statuses.counts') : t('settings.attendance.statuses.notCounts'),
    status.isAbsence ? t('settings.attendance.statuses.asksReason') : null,
  ].filter(Boolean);
  return (
    <div className="settings-attendance-status">
      <span className="settings-attendance-key">
        <span className="visually-hidden">{t('settings.attendance.statuses.keyShown')} </span>
        <kbd>{status.key.toUpperCase()}</kbd>
      </span>
      <div>
        <p className="record-name">{labels.status(status)}</p>
        <p className="record-detail">{details.join(' · ')}</p>
      </div>
    </div>
  );
}

function StatusFields({ idPrefix, values, onChange, errorFor, firstFieldRef, editing }: ItemFieldsProps<StatusValues>) {
  const { t } = useTranslation();
  const { state } = useSettings();
  const others = state.status === 'ready' ? state.value.attendanceStatuses.filter((status) => status.id !== editing) : [];
  const keysInUse = others.map((status) => status.key.toUpperCase()).join(', ');
  const keyId = `${idPrefix}-key`;
  const keyError = errorFor('key');
  const keyHint = keysInUse ? t('settings.attendance.statuses.keyHintInUse', { keys: keysInUse }) : t('settings.attendance.statuses.keyHint');
  return (
    <>
      <TextField
        id={`${idPrefix}-label`}
        label={t('settings.attendance.statuses.labelLabel')}
        value={values.label}
        onChange={(label) => onChange({ ...values, label })}
        error={errorFor('label')}
        inputRef={firstFieldRef}
      />
      <div className={keyError ? 'field field--invalid' : 'field'}>
        <label htmlFor={keyId}>{t('settings.attendance.statuses.keyLabel')}</label>
        <FieldMessages id={keyId} hint={keyHint} error={keyError} />
        <input
          id={keyId}
          className="settings-attendance-key-input"
          type="text"
          value={values.key}
          aria-invalid={keyError ? true : undefined}
          aria-describedby={describedBy(keyId, true, Boolean(keyError))}
          autoComplete="off"
          spellCheck={false}
          // Typing over a key replaces it: the field holds one character.
          onChange={(event) => onChange({ ...values, key: event.target.value.slice(-1).toLowerCase() })}
        />
      </div>
      <CheckboxField
        id={`${idPrefix}-counts`}
        label={t('settings.attendance.statuses.countsLabel')}
        hint={t('settings.attendance.statuses.countsHint')}
        checked={values.countsAsAttended}
        onChange={(countsAsAttended) => onChange({ ...values, countsAsAttended })}
        error={errorFor('countsAsAttended')}
        className="settings-attendance-checkbox"
      />
      <CheckboxField
        id={`${idPrefix}-absence`}
        label={t('settings.attendance.statuses.absenceLabel')}
        checked={values.isAbsence}
        onChange={(isAbsence) => onChange({ ...values, isAbsence })}
        error={errorFor('isAbsence')}
        className="settings-attendance-checkbox"
      />
    </>
  );
}

function ReasonFields({ idPrefix, values, onChange, errorFor, firstFieldRef }: ItemFieldsProps<ReasonValues>) {
  const { t } = useTranslation();
  return (
    <TextField
      id={`${idPrefix}-label`}
      label={t('settings.attendance.reasons.labelLabel')}
      value={values.label}
      onChange={(label) => onChange({ ...values, label })}
      error={errorFor('label')}
      inputRef={firstFieldRef}
    />
  );
}
