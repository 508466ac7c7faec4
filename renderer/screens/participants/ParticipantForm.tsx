import { useTranslation } from 'react-i18next';
import { participantInputSchema } from '../../../core/domain/participants';
import type { ApiError } from '../../api';
import { ItemForm, type ItemFieldsProps } from '../../components/ItemForm';
import { TextField } from '../../components/TextField';
import type { Outcome } from '../../data/useSaveStatus';
import { inputOf, type ParticipantValues } from './history';

interface ParticipantFormProps {
  idPrefix: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  initial: ParticipantValues;
  submitLabel: string;
  allowFullNames: boolean;
  onSubmit: (values: ParticipantValues) => Promise<Outcome<unknown>>;
  onSaved: () => void;
  /** Told when the form refuses what was typed before sending it, so the screen's status says so. */
  onRefused: (error: ApiError) => void;
  /** Cancel, or Escape: closes the form; the caller puts focus back on the button that opened it. */
  onCancel: () => void;
}

/**
 * Add or edit one participant. Focus starts in the code field; a refused or failed save keeps what
 * was typed and shows each problem next to its field (e.g. a code already in the registry).
 */
export function ParticipantForm({ idPrefix, labelledBy, initial, submitLabel, allowFullNames, onSubmit, onSaved, onRefused, onCancel }: ParticipantFormProps) {
  const { t } = useTranslation();
  const subjects = {
    code: t('participants.fields.code'),
    initials: t('participants.fields.initials'),
    pronouns: t('participants.fields.pronouns'),
    // A full name is only a field of the form when the organisation allows them.
    ...(allowFullNames ? { fullName: t('participants.fields.fullName') } : {}),
  };
  return (
    <ItemForm
      idPrefix={idPrefix}
      labelledBy={labelledBy}
      initial={initial}
      submitLabel={submitLabel}
      checks={{ subjects, schema: participantInputSchema, toInput: (values) => inputOf(values, undefined, allowFullNames), onRefused }}
      Fields={allowFullNames ? FieldsWithName : Fields}
      editing={undefined}
      onSubmit={onSubmit}
      onSaved={onSaved}
      onCancel={onCancel}
      focusOnMount
      className="ppl-form"
    />
  );
}

function FieldsWithName(props: ItemFieldsProps<ParticipantValues>) {
  return <Fields {...props} withName />;
}

function Fields({ idPrefix, values, onChange, errorFor, firstFieldRef, withName = false }: ItemFieldsProps<ParticipantValues> & { withName?: boolean }) {
  const { t } = useTranslation();
  const set = (field: keyof ParticipantValues) => (value: string) => onChange({ ...values, [field]: value });
  return (
    <div className="ppl-form-fields">
      <TextField
        id={`${idPrefix}-code`}
        label={t('participants.fields.code')}
        hint={t('participants.fields.codeHint')}
        value={values.code}
        onChange={set('code')}
        error={errorFor('code')}
        inputRef={firstFieldRef}
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
      {withName ? (
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
  );
}
