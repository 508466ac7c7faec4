import { useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceExportInput } from '../../../core/contract/exports';
import type { Identification } from '../../../core/domain/attendance';
import type { Language } from '../../../core/domain/languages';
import { call } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { ExportProgressBar, useExportProgress } from './ExportProgress';
import { DateField } from '../../components/ShortFields';
import { LanguageField } from '../../components/LanguageField';
import { shownLanguage } from '../../i18n';
import { RadioGroup } from '../../components/RadioGroup';
import { rangeErrors as rangeErrorsOf, type RangeErrors } from './range';
import { FileStatus, useSavedFile } from '../../components/useSavedFile';
import { closeOnEscape } from '../../components/closeOnEscape';

type Format = AttendanceExportInput['format'];
type Shape = AttendanceExportInput['shape'];

/** The export form's choices: side by side, with the note about the chosen one set off under them. */
const choiceLook = { group: 'exports-choices', list: 'exports-choice-list', note: 'exports-note' };

/** One workshop (whose files start in its group's language), or every workshop with meetings between two dates (these are the dates first shown). */
export type ExportScope = { kind: 'workshop'; workshopId: string; language: Language } | { kind: 'range'; from: string; to: string };

interface AttendanceExportFormProps {
  /** Prefix of the ids inside the form; unique on the page. */
  id: string;
  heading: string;
  level?: 2 | 3;
  scope: ExportScope;
  /** Moves focus to the first choice when the form appears (it was opened by a button). */
  autoFocus?: boolean;
  /** Escape calls it (the form sits in a panel the user opened). */
  onClose?: () => void;
  children?: ReactNode;
}

/**
 * "Save attendance as CSV…": the format, the layout, how people are identified (program codes
 * unless the user chooses otherwise), and a byte-order mark for Excel. While the file is written,
 * a bar and "Writing 42,000 of 100,000 rows…"; then where it was saved.
 */
export function AttendanceExportForm({ id, heading, level = 3, scope, autoFocus = false, onClose, children }: AttendanceExportFormProps) {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const allowFullNames = settings.state.status === 'ready' && settings.state.value.preferences.allowFullNames;
  const [format, setFormat] = useState<Format>('csv');
  const [shape, setShape] = useState<Shape>('long');
  const [chosen, setChosen] = useState<Identification>('codes');
  const [byteOrderMark, setByteOrderMark] = useState(true);
  const [language, setLanguage] = useState<Language>(() => (scope.kind === 'workshop' ? scope.language : shownLanguage(i18n.language)));
  const [from, setFrom] = useState(scope.kind === 'range' ? scope.from : '');
  const [to, setTo] = useState(scope.kind === 'range' ? scope.to : '');
  const [rangeErrors, setRangeErrors] = useState<RangeErrors>({});
  const file = useSavedFile();
  const progress = useExportProgress(file.busy);
  const { announced } = progress;
  const savingText = announced ? t('exports.attendance.progress.writing', { done: announced.done, total: announced.total }) : t('exports.attendance.saving');
  const formRef = useRef<HTMLFormElement>(null);
  const Heading = `h${level}` as const;

  // Names are offered only while Settings allow them; a choice made before they were turned off falls back to codes.
  const identification: Identification = chosen === 'names' && !allowFullNames ? 'codes' : chosen;
  const identificationOptions = (['codes', 'initials', ...(allowFullNames ? (['names'] as const) : [])] as const).map((value) => ({
    value,
    label: t(`exports.attendance.identifications.${value}`),
  }));

  useLayoutEffect(() => {
    if (autoFocus) formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [autoFocus]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file.busy) return;
    if (scope.kind === 'range') {
      const errors = rangeErrorsOf(from, to);
      setRangeErrors(errors);
      const field = errors.from ? 'from' : errors.to ? 'to' : null;
      if (field) {
        formRef.current?.querySelector<HTMLElement>(`#${id}-${field}`)?.focus();
        return;
      }
    }
    const target: AttendanceExportInput['scope'] = scope.kind === 'workshop' ? { kind: 'workshop', workshopId: scope.workshopId } : { kind: 'range', from, to };
    const input: AttendanceExportInput = { scope: target, format, shape, identification, byteOrderMark: format === 'csv' && byteOrderMark, language };
    void file.save(() => call('exports.attendance', input));
  }

  return (
    <form
      ref={formRef}
      className="exports-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={submit}
      onKeyDown={onClose ? closeOnEscape(onClose) : undefined}
    >
      <Heading id={`${id}-heading`} className="exports-form-heading">
        {heading}
      </Heading>
      {children}
      {scope.kind === 'range' ? (
        <div className="exports-field-row">
          <DateField
            id={`${id}-from`}
            label={t('exports.attendance.from')}
            value={from}
            error={rangeErrors.from}
            onChange={(value) => {
              setFrom(value);
              setRangeErrors({});
            }}
          />
          <DateField
            id={`${id}-to`}
            label={t('exports.attendance.to')}
            value={to}
            error={rangeErrors.to}
            onChange={(value) => {
              setTo(value);
              setRangeErrors({});
            }}
          />
        </div>
      ) : null}
      <div className="exports-field-row">
        <RadioGroup<Format>
          id={`${id}-format`}
          legend={t('exports.attendance.format')}
          value={format}
          options={(['csv', 'xlsx'] as const).map((value) => ({ value, label: t(`exports.attendance.formats.${value}`) }))}
          onChange={setFormat}
          classNames={choiceLook}
        />
        <RadioGroup<Shape>
          id={`${id}-shape`}
          legend={t('exports.attendance.shape')}
          value={shape}
          options={(['long', 'grid'] as const).map((value) => ({ value, label: t(`exports.attendance.shapes.${value}`) }))}
          onChange={setShape}
          classNames={{ ...choiceLook, list: 'exports-choice-list exports-choice-list--stacked' }}
        />
      </div>
      <RadioGroup<Identification>
        id={`${id}-identification`}
        legend={t('exports.attendance.identification')}
        value={identification}
        options={identificationOptions}
        onChange={setChosen}
        note={t(`exports.attendance.appear.${identification}`)}
        classNames={choiceLook}
      />
      <LanguageField id={`${id}-language`} label={t('languages.exports.label')} hint={t('languages.exports.hint')} value={language} onChange={setLanguage} />
      {format === 'csv' ? (
        <div className="field exports-checkbox-field">
          <label className="checkbox" htmlFor={`${id}-bom`}>
            <input
              id={`${id}-bom`}
              type="checkbox"
              checked={byteOrderMark}
              aria-describedby={`${id}-bom-hint`}
              onChange={(event) => setByteOrderMark(event.target.checked)}
            />
            {t('exports.attendance.byteOrderMark')}
          </label>
          <p className="field-hint exports-checkbox-hint" id={`${id}-bom-hint`}>
            {t('exports.attendance.byteOrderMarkHint')}
          </p>
        </div>
      ) : null}
      <p className="exports-privacy">
        {scope.kind === 'workshop' ? t('exports.attendance.logged') : t('exports.attendance.loggedRange')} {t('exports.attendance.private')}
      </p>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={file.busy || undefined}>
          {t(`exports.attendance.save.${format}`)}
        </button>
      </div>
      {file.busy ? <ExportProgressBar rows={progress.latest} /> : null}
      <FileStatus
        state={file.state}
        saving={savingText}
        saved={(path) => t('exports.attendance.saved', { path })}
        failed={(message) => t('exports.attendance.failed', { message })}
      />
    </form>
  );
}
