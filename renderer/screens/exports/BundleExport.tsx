import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/contract/protection';
import { call, issuesByField, toApiError } from '../../api';
import { useProtection } from '../../app/ProtectionContext';
import { SecretField } from '../../components/SecretField';
import { FileStatus, useSavedFile } from '../../components/useSavedFile';

type Errors = { passphrase?: string; confirm?: string };

/**
 * "Export workshop bundle…": the whole workshop as one file, to hand on or move to another computer.
 * A passphrase is always offered (and ticked): when the data is protected the bundle must leave
 * protected too. Follow-ups and session notes go only when ticked.
 */
export function BundleExport({ id, workshopId, level = 3 }: { id: string; workshopId: string; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const file = useSavedFile();
  const protectedData = useProtection().status.state === 'unlocked';
  const [sealChosen, setSealChosen] = useState(true);
  const sealed = protectedData || sealChosen;
  const [include, setInclude] = useState({ followUps: false, notes: false });
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const Heading = `h${level}` as const;

  function checked(): Errors {
    if (!sealed) return {};
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { passphrase: t('exports.bundle.passphraseShort', { count: MIN_PASSPHRASE_LENGTH }) };
    if (confirm !== passphrase) return { confirm: t('exports.bundle.passphraseMismatch') };
    return {};
  }

  function save() {
    if (file.busy) return;
    const found = checked();
    setErrors(found);
    const field = found.passphrase ? 'passphrase' : found.confirm ? 'confirm' : null;
    if (field) {
      document.getElementById(`${id}-${field}`)?.focus();
      return;
    }
    void file.save(async () => {
      try {
        return await call('bundles.export', sealed ? { workshopId, passphrase, include } : { workshopId, include });
      } catch (error) {
        const failure = toApiError(error);
        // The passphrase's problem is the whole reason (it is needed, or it does not open the bundle).
        if (issuesByField(failure).passphrase) setErrors({ passphrase: failure.message });
        throw error;
      }
    });
  }

  return (
    <section className="exports-bundle" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="exports-form-heading">
        {t('exports.bundle.heading')}
      </Heading>
      <p>{t('exports.bundle.explain')}</p>
      <fieldset className="exports-bundle-include">
        <legend>{t('exports.bundle.includeLegend')}</legend>
        <p className="field-hint">{t('exports.bundle.includeHint')}</p>
        <label className="checkbox">
          <input type="checkbox" checked={include.followUps} onChange={(event) => setInclude({ ...include, followUps: event.target.checked })} />
          {t('exports.bundle.includeFollowUps')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={include.notes} onChange={(event) => setInclude({ ...include, notes: event.target.checked })} />
          {t('exports.bundle.includeNotes')}
        </label>
      </fieldset>
      {protectedData ? null : (
        <label className="checkbox">
          <input type="checkbox" checked={sealChosen} onChange={(event) => setSealChosen(event.target.checked)} />
          {t('exports.bundle.sealChoice')}
        </label>
      )}
      {sealed ? (
        <>
          <p>{t(protectedData ? 'exports.bundle.sealedExplain' : 'exports.bundle.sealChosenExplain')}</p>
          <div className="exports-field-row">
            <SecretField
              id={`${id}-passphrase`}
              label={t('exports.bundle.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              error={errors.passphrase}
              autoComplete="new-password"
            />
            <SecretField
              id={`${id}-confirm`}
              label={t('exports.bundle.confirm')}
              value={confirm}
              onChange={setConfirm}
              error={errors.confirm}
              autoComplete="new-password"
            />
          </div>
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--secondary" aria-disabled={file.busy || undefined} onClick={save}>
          {t('exports.bundle.button')}
        </button>
      </div>
      <FileStatus
        state={file.state}
        saving={t('exports.bundle.saving')}
        saved={(path) => t('exports.bundle.saved', { path })}
        failed={(message) => t('exports.bundle.failed', { message })}
      />
    </section>
  );
}
