import { useEffect, useRef, useState, type ComponentType, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../core/domain/settings';
import { issuesByField, type ApiError } from '../../api';
import { formatFieldError } from '../../components/fieldError';
import { SaveStatus } from '../../components/SaveStatus';
import { useRecordItem } from '../../data/useRecordItem';
import { useSaveStatus, type Outcome } from '../../data/useSaveStatus';

/** What a section's form fields receive. `errorFor` gives the message naming the field, if any. */
export interface FieldsProps<V> {
  idPrefix: string;
  values: V;
  onChange: (values: V) => void;
  errorFor: (field: keyof V & string) => string | undefined;
  /** Attach to the first text input: it is focused to start editing and after adding. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
}

export interface RecordTexts {
  heading: string;
  intro: string;
  empty: string;
  addHeading: string;
  add: string;
  editNamed: (name: string) => string;
  editHeading: (name: string) => string;
  removeNamed: (name: string) => string;
  confirmRemove: (name: string) => string;
}

type RecordSectionKey = 'facilitators' | 'sites' | 'resources';

/** The texts of a record section, all found under `settings.<section>` in the translations. */
export function useRecordTexts(section: RecordSectionKey): RecordTexts {
  const { t } = useTranslation();
  const prefix = `settings.${section}` as const;
  return {
    heading: t(`${prefix}.heading`),
    intro: t(`${prefix}.intro`),
    empty: t(`${prefix}.empty`),
    addHeading: t(`${prefix}.addHeading`),
    add: t(`${prefix}.add`),
    editNamed: (name) => t(`${prefix}.editNamed`, { name }),
    editHeading: (name) => t(`${prefix}.editHeading`, { name }),
    removeNamed: (name) => t(`${prefix}.removeNamed`, { name }),
    confirmRemove: (name) => t(`${prefix}.confirmRemove`, { name }),
  };
}

interface RecordSectionProps<R extends { id: string }, V> {
  id: string;
  texts: RecordTexts;
  records: readonly R[];
  nameOf: (record: R) => string;
  summary: (record: R) => ReactNode;
  blank: V;
  /** The add form's values after an add, from the values just added (default: `blank`), e.g. to keep a chosen kind. */
  nextBlank?: (added: V) => V;
  /** Shown at the end of the section's card, e.g. a link to print its records. */
  footer?: ReactNode;
  valuesOf: (record: R) => V;
  /** For each field, the words that name it in an error message ("Name" is required). */
  subjects: Record<keyof V & string, string>;
  Fields: ComponentType<FieldsProps<V>>;
  /** Saves one record (`id` undefined: a new one); resolves with the saved settings. */
  save: (values: V, id: string | undefined) => Promise<Settings>;
  remove: (id: string) => Promise<Settings>;
}

/**
 * A settings section holding a list of records: list, add form, inline edit, remove with a
 * confirm step. Every change is saved at once; the section's status says how it went.
 */
export function RecordSection<R extends { id: string }, V>(props: RecordSectionProps<R, V>) {
  const { id, texts, records } = props;
  const status = useSaveStatus();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fields = Object.keys(props.subjects);
  const save = (values: V, recordId: string | undefined) => status.run(() => props.save(values, recordId), fields);
  const remove = (recordId: string) => status.run(() => props.remove(recordId));

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
          {texts.heading}
        </h2>
        <SaveStatus state={status.state} />
      </div>
      <p className="section-intro">{texts.intro}</p>
      {records.length === 0 ? (
        <p className="empty">{texts.empty}</p>
      ) : (
        <ul className="record-list">
          {records.map((record) => (
            <RecordItem key={record.id} record={record} section={props} save={save} remove={remove} onRemoved={() => headingRef.current?.focus()} />
          ))}
        </ul>
      )}
      <div className="add-record">
        <h3 id={`${id}-add-heading`}>{texts.addHeading}</h3>
        <RecordForm
          idPrefix={`${id}-new`}
          labelledBy={`${id}-add-heading`}
          initial={props.blank}
          submitLabel={texts.add}
          subjects={props.subjects}
          Fields={props.Fields}
          onSubmit={(values) => save(values, undefined)}
          resetOnSuccess={props.nextBlank ?? true}
        />
      </div>
      {props.footer}
    </section>
  );
}

interface RecordItemProps<R extends { id: string }, V> {
  record: R;
  section: RecordSectionProps<R, V>;
  save: (values: V, id: string) => Promise<Outcome<Settings>>;
  remove: (id: string) => Promise<Outcome<Settings>>;
  onRemoved: () => void;
}

function RecordItem<R extends { id: string }, V>({ record, section, save, remove, onRemoved }: RecordItemProps<R, V>) {
  const { t } = useTranslation();
  const { mode, show, removeError, removing, confirmRemove, editButton, removeButton, keepButton } = useRecordItem(() => remove(record.id), onRemoved);
  const name = section.nameOf(record);
  const idPrefix = `${section.id}-${record.id}`;

  if (mode === 'edit') {
    return (
      <li className="record record--editing">
        <h3 id={`${idPrefix}-edit-heading`} className="record-edit-heading">
          {section.texts.editHeading(name)}
        </h3>
        <RecordForm
          idPrefix={idPrefix}
          labelledBy={`${idPrefix}-edit-heading`}
          initial={section.valuesOf(record)}
          submitLabel={t('common.save')}
          subjects={section.subjects}
          Fields={section.Fields}
          onSubmit={(values) => save(values, record.id)}
          onSaved={() => show('view', 'edit')}
          onCancel={() => show('view', 'edit')}
          focusOnMount
        />
      </li>
    );
  }

  return (
    <li className="record">
      <div className="record-summary">{section.summary(record)}</div>
      {mode === 'confirm' ? (
        <div className="confirm" role="group" aria-labelledby={`${idPrefix}-confirm`}>
          <p id={`${idPrefix}-confirm`} className="confirm-question">
            {section.texts.confirmRemove(name)}
          </p>
          {removeError ? <p className="field-error">{t('status.failed', { message: removeError.message })}</p> : null}
          <div className="actions">
            <button type="button" className="button button--danger" aria-disabled={removing || undefined} onClick={() => void confirmRemove()}>
              {t('common.yesRemove')}
            </button>
            <button type="button" className="button button--secondary" ref={keepButton} onClick={() => show('view', 'remove')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions record-actions">
          <button
            type="button"
            className="button button--secondary"
            ref={editButton}
            aria-label={section.texts.editNamed(name)}
            onClick={() => show('edit', null)}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button button--quiet-danger"
            ref={removeButton}
            aria-label={section.texts.removeNamed(name)}
            onClick={() => show('confirm', 'keep')}
          >
            {t('common.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

interface RecordFormProps<V> {
  idPrefix: string;
  labelledBy: string;
  initial: V;
  submitLabel: string;
  subjects: Record<keyof V & string, string>;
  Fields: ComponentType<FieldsProps<V>>;
  onSubmit: (values: V) => Promise<Outcome<Settings>>;
  onSaved?: () => void;
  /** Shows a Cancel button; Escape cancels too. */
  onCancel?: () => void;
  /** After a successful save, empty the form for the next record (or fill it from the values just saved). */
  resetOnSuccess?: boolean | ((saved: V) => V);
  focusOnMount?: boolean;
}

/** Holds what the user typed until it is saved: a failed save keeps it and marks the fields at fault. */
function RecordForm<V>({
  idPrefix,
  labelledBy,
  initial,
  submitLabel,
  subjects,
  Fields,
  onSubmit,
  onSaved,
  onCancel,
  resetOnSuccess,
  focusOnMount,
}: RecordFormProps<V>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ target: 'first' | 'invalid'; n: number } | null>(focusOnMount ? { target: 'first', n: 0 } : null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusRequest) return;
    if (focusRequest.target === 'first') {
      firstFieldRef.current?.focus();
      return;
    }
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input') : invalid;
    target?.focus();
  }, [focusRequest]);

  const byField = issuesByField(error);
  const atField = Object.keys(byField).some((field) => Object.hasOwn(subjects, field));
  const errorFor = (field: keyof V & string) => {
    const message = byField[field];
    return message === undefined ? undefined : formatFieldError(t, subjects[field], message);
  };
  const requestFocus = (target: 'first' | 'invalid') => setFocusRequest((previous) => ({ target, n: (previous?.n ?? 0) + 1 }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await onSubmit(values);
    setBusy(false);
    if (outcome.ok) {
      setError(null);
      if (resetOnSuccess) {
        setValues(typeof resetOnSuccess === 'function' ? resetOnSuccess(values) : initial);
        requestFocus('first');
      }
      onSaved?.();
    } else {
      setError(outcome.error);
      requestFocus('invalid');
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form ref={formRef} className="record-form" aria-labelledby={labelledBy} noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <Fields idPrefix={idPrefix} values={values} onChange={setValues} errorFor={errorFor} firstFieldRef={firstFieldRef} />
      {error && !atField ? <p className="form-error">{t('status.failed', { message: error.message })}</p> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
