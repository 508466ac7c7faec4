import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesByField, type ApiError } from '../../api';
import { formatFieldError } from '../../components/fieldError';
import { TextField } from '../../components/TextField';
import type { Outcome } from '../../data/useSaveStatus';
import type { ParticipantValues } from './history';

interface ParticipantFormProps {
  idPrefix: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  initial: ParticipantValues;
  submitLabel: string;
  allowFullNames: boolean;
  onSubmit: (values: ParticipantValues) => Promise<Outcome<unknown>>;
  onSaved: () => void;
  /** Cancel, or Escape: closes the form; the caller puts focus back on the button that opened it. */
  onCancel: () => void;
}

const fieldNames = ['code', 'initials', 'pronouns', 'fullName'] as const;
type FieldName = (typeof fieldNames)[number];

/**
 * Add or edit one participant. Focus starts in the code field; a failed save keeps what was typed
 * and shows each problem next to its field (e.g. a code already in the registry).
 */
export function ParticipantForm({ idPrefix, labelledBy, initial, submitLabel, allowFullNames, onSubmit, onSaved, onCancel }: ParticipantFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    codeRef.current?.focus();
  }, []);

  useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const subjects: Record<FieldName, string> = {
    code: t('participants.fields.code'),
    initials: t('participants.fields.initials'),
    pronouns: t('participants.fields.pronouns'),
    fullName: t('participants.fields.fullName'),
  };
  const byField = issuesByField(error);
  const errorFor = (field: FieldName) => {
    const message = byField[field];
    return message === undefined ? undefined : formatFieldError(t, subjects[field], message);
  };
  const shownAtField = fieldNames.some((field) => byField[field] !== undefined && (field !== 'fullName' || allowFullNames));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await onSubmit(values);
    setBusy(false);
    if (outcome.ok) {
      setError(null);
      onSaved();
    } else {
      setError(outcome.error);
      setFocusInvalid((n) => n + 1);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  const set = (field: FieldName) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form ref={formRef} className="ppl-form" aria-labelledby={labelledBy} noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <div className="ppl-form-fields">
        <TextField
          id={`${idPrefix}-code`}
          label={t('participants.fields.code')}
          hint={t('participants.fields.codeHint')}
          value={values.code}
          onChange={set('code')}
          error={errorFor('code')}
          inputRef={codeRef}
        />
        <TextField
          id={`${idPrefix}-initials`}
          label={t('participants.fields.initials')}
          hint={t('participants.fields.initialsHint')}
          value={values.initials}
          onChange={set('initials')}
          error={errorFor('initials')}
          optional
        />
        <TextField
          id={`${idPrefix}-pronouns`}
          label={t('participants.fields.pronouns')}
          value={values.pronouns}
          onChange={set('pronouns')}
          error={errorFor('pronouns')}
          optional
        />
        {allowFullNames ? (
          <TextField
            id={`${idPrefix}-fullName`}
            label={t('participants.fields.fullName')}
            value={values.fullName}
            onChange={set('fullName')}
            error={errorFor('fullName')}
            optional
          />
        ) : null}
      </div>
      {error && !shownAtField ? <p className="form-error">{t('status.failed', { message: error.message })}</p> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
