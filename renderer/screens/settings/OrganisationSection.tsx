import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../core/domain/settings';
import { call, issuesByField, type ApiError } from '../../api';
import { formatFieldError } from '../../components/fieldError';
import { SavedSection } from '../../components/SavedSection';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';

type OrganisationField = keyof Organisation;
type SaveStatusRun = ReturnType<typeof useSaveStatus>['run'];

/**
 * The organisation's name and how people reach it (phone, email, address; each optional). Letters
 * and certificates print the contact and invite questions only when one is given. Each field is
 * saved when it loses focus or on Enter.
 */
export function OrganisationSection({ name }: { name: string }) {
  const { t } = useTranslation();
  const { state } = useSettings();
  const status = useSaveStatus();
  const saved: Organisation = state.status === 'ready' ? state.value.organisation : { name };

  return (
    <SavedSection headingId="organisation-heading" heading={t('settings.organisation.heading')} className="settings-section" status={status.state}>
      <OrganisationInput
        field="name"
        organisation={saved}
        run={status.run}
        label={t('settings.organisation.nameLabel')}
        hint={t('settings.organisation.nameHint')}
      />
      <h3 id="organisation-contact-heading">{t('settings.organisation.contactHeading')}</h3>
      <p className="muted">{t('settings.organisation.contactHelp')}</p>
      <OrganisationInput field="phone" organisation={saved} run={status.run} label={t('settings.organisation.phoneLabel')} />
      <OrganisationInput field="email" organisation={saved} run={status.run} label={t('settings.organisation.emailLabel')} />
      <OrganisationInput field="address" organisation={saved} run={status.run} label={t('settings.organisation.addressLabel')} multiline />
    </SavedSection>
  );
}

interface OrganisationInputProps {
  field: OrganisationField;
  organisation: Organisation;
  run: SaveStatusRun;
  label: string;
  hint?: string;
  multiline?: boolean;
}

/** One field of the organisation, saved on its own: only it is sent, so the others stay as saved. */
function OrganisationInput({ field, organisation, run, label, hint, multiline }: OrganisationInputProps) {
  const { apply } = useSettings();
  const savedValue = organisation[field] ?? '';
  const [draft, setDraft] = useState(savedValue);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef<string | null>(null);
  const issue = issuesByField(error)[field];

  async function save() {
    if (draft === sending.current) return;
    if (draft.trim() === savedValue && !error) {
      setDraft(savedValue);
      return;
    }
    const sent = draft;
    sending.current = sent;
    const input = field === 'name' ? { name: sent } : { name: organisation.name, [field]: sent };
    const outcome = await run(() => apply(call('settings.setOrganisation', input)), [field]);
    sending.current = null;
    if (outcome.ok) {
      setError(null);
      // Show the value as saved (trimmed), unless the user has typed on since.
      setDraft((current) => (current === sent ? (outcome.value.organisation[field] ?? '') : current));
    } else {
      setError(outcome.error);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save();
  }

  return (
    <form className="inline-form" noValidate onSubmit={onSubmit}>
      <TextField
        id={`organisation-${field}`}
        label={label}
        {...(hint ? { hint } : {})}
        optional={field !== 'name'}
        multiline={multiline}
        value={draft}
        onChange={setDraft}
        onBlur={() => void save()}
        error={issue === undefined ? undefined : formatFieldError(label, issue, error)}
      />
    </form>
  );
}
