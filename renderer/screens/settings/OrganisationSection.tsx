import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, issuesByField, type ApiError } from '../../api';
import { formatFieldError } from '../../components/fieldError';
import { SaveStatus } from '../../components/SaveStatus';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';

/** The organisation's name: saved when the field loses focus or on Enter. */
export function OrganisationSection({ name }: { name: string }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const status = useSaveStatus();
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef<string | null>(null);
  const label = t('settings.organisation.nameLabel');
  const issue = issuesByField(error).name;

  async function save() {
    if (draft === sending.current) return;
    if (draft.trim() === name && !error) {
      setDraft(name);
      return;
    }
    const sent = draft;
    sending.current = sent;
    const outcome = await status.run(() => apply(call('settings.setOrganisation', { name: sent })), ['name']);
    sending.current = null;
    if (outcome.ok) {
      setError(null);
      // Show the name as saved (trimmed), unless the user has typed on since.
      setDraft((current) => (current === sent ? outcome.value.organisation.name : current));
    } else {
      setError(outcome.error);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save();
  }

  return (
    <section className="settings-section" aria-labelledby="organisation-heading">
      <div className="section-header">
        <h2 id="organisation-heading">{t('settings.organisation.heading')}</h2>
        <SaveStatus state={status.state} />
      </div>
      <form className="inline-form" noValidate onSubmit={onSubmit} aria-labelledby="organisation-heading">
        <TextField
          id="organisation-name"
          label={label}
          hint={t('settings.organisation.nameHint')}
          value={draft}
          onChange={setDraft}
          onBlur={() => void save()}
          error={issue === undefined ? undefined : formatFieldError(t, label, issue)}
        />
      </form>
    </section>
  );
}
