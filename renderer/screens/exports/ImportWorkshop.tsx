import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { BundleImportResult, BundlePreview } from '../../../core/contract/exports';
import type { WorkshopSummary } from '../../../core/contract/planning';
import { call, toApiError } from '../../api';
import { describeMessage } from '../../format/describe';
import { SecretField } from '../../components/SecretField';
import { BundlePreviewPanel } from './BundlePreviewPanel';
import './exports.css';
import { closeOnEscape } from '../../components/closeOnEscape';

type Checked = Exclude<BundlePreview, { status: 'cancelled' }>;
type ImportState = { step: 'idle' } | { step: 'checking' } | { step: 'checked'; preview: Checked } | { step: 'failed'; message: string };

/** What the last import did; kept in the address's state so it survives the list changing around it. */
interface Imported extends BundleImportResult {
  title: string;
}

function importedFrom(state: unknown): Imported | null {
  if (typeof state !== 'object' || state === null || !('importedWorkshop' in state)) return null;
  return (state as { importedWorkshop: Imported }).importedWorkshop;
}

const panelId = 'workshop-import';

/**
 * "Import a workshop…": opens the file dialog, then shows what the bundle would change; "Import"
 * saves it, says so with a link to the workshop, and gives the list its new workshops.
 */
export function ImportWorkshop({ onWorkshopsChanged }: { onWorkshopsChanged: (workshops: WorkshopSummary[]) => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // Kept here and in the address's state: the address's copy survives the list replacing the empty screen.
  const [done, setDone] = useState<Imported | null>(null);
  const imported = done ?? importedFrom(location.state);
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = state.step === 'checked' || state.step === 'failed' || imported !== null;
  const wasOpen = useRef(false);

  useLayoutEffect(() => {
    if (open && !wasOpen.current) heading.current?.focus();
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function remember(result: Imported | null) {
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: result ? { importedWorkshop: result } : null });
  }

  async function choose() {
    if (state.step === 'checking') return;
    if (imported) forget();
    setState({ step: 'checking' });
    try {
      const preview = await call('bundles.chooseImport');
      setState(preview.status === 'cancelled' ? { step: 'idle' } : { step: 'checked', preview });
    } catch (error) {
      setState({ step: 'failed', message: toApiError(error).message });
    }
  }

  function finished(result: BundleImportResult, title: string) {
    setDone({ ...result, title });
    setState({ step: 'idle' });
    remember({ ...result, title });
    call('workshops.list').then(onWorkshopsChanged, () => undefined); // the link to the workshop still works
  }

  function forget() {
    setDone(null);
    remember(null);
  }

  function close() {
    setState({ step: 'idle' });
    if (imported) forget();
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        ref={button}
        aria-disabled={state.step === 'checking' || undefined}
        onClick={() => void choose()}
      >
        {t('exports.import.button')}
      </button>
      <p role="status" className="toolbar-hint exports-import-status">
        {state.step === 'checking' ? t('exports.import.checking') : null}
      </p>
      {open ? (
        <div id={panelId} className="exports-panel exports-import" role="group" aria-labelledby={`${panelId}-heading`} onKeyDown={closeOnEscape(close)}>
          <h2 id={`${panelId}-heading`} className="exports-panel-heading" tabIndex={-1} ref={heading}>
            {t('exports.import.heading')}
          </h2>
          {imported ? <ImportedMessage imported={imported} onClose={close} /> : null}
          {!imported && state.step === 'failed' ? <Problem message={t('exports.import.failed', { message: state.message })} onClose={close} /> : null}
          {!imported && state.step === 'checked' && state.preview.status === 'invalid' ? <InvalidFile preview={state.preview} onClose={close} /> : null}
          {!imported && state.step === 'checked' && state.preview.status === 'needs-passphrase' ? (
            <SealedBundle preview={state.preview} onOpened={(preview) => setState({ step: 'checked', preview })} onClose={close} />
          ) : null}
          {!imported && state.step === 'checked' && state.preview.status === 'ready' ? (
            <>
              <h3 className="exports-form-heading">{t('exports.import.readyHeading', { title: state.preview.workshopTitle, file: state.preview.fileName })}</h3>
              <BundlePreviewPanel preview={state.preview} onImported={(result) => finished(result, readyTitle(state))} onCancel={close} />
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function readyTitle(state: ImportState): string {
  return state.step === 'checked' && state.preview.status === 'ready' ? state.preview.workshopTitle : '';
}

function ImportedMessage({ imported, onClose }: { imported: Imported; onClose: () => void }) {
  const { t } = useTranslation();
  const parts = [
    ...(imported.added > 0 ? [t('exports.import.adds', { count: imported.added })] : []),
    ...(imported.updated > 0 ? [t('exports.import.updatesCount', { count: imported.updated })] : []),
    ...(imported.conflictsSettled > 0 ? [t('exports.import.settled', { count: imported.conflictsSettled })] : []),
  ];
  return (
    <div className="panel panel--success exports-done">
      <p role="status">
        {t('exports.import.done', { title: imported.title })}
        {parts.length > 0 ? ` ${t('exports.import.doneCounts', { parts: parts.join(', ') })}` : null}
      </p>
      <div className="actions">
        <Link className="button button--primary" to={`/workshops/${imported.workshopId}`}>
          {t('exports.import.open', { title: imported.title })}
        </Link>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('exports.import.close')}
        </button>
      </div>
    </div>
  );
}

function InvalidFile({ preview, onClose }: { preview: Extract<BundlePreview, { status: 'invalid' }>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel--error" role="alert">
      <h3 className="exports-form-heading">{t('exports.import.invalidHeading', { file: preview.fileName, count: preview.problems.length })}</h3>
      <ul className="problem-list">
        {preview.problems.map((problem, index) => (
          <li key={index}>{describeMessage(problem)}</li>
        ))}
      </ul>
      <p>{t('exports.import.invalidHelp')}</p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('exports.import.close')}
      </button>
    </div>
  );
}

/** A bundle sealed with a passphrase: asks for it, then shows what the bundle holds. */
function SealedBundle({
  preview,
  onOpened,
  onClose,
}: {
  preview: Extract<BundlePreview, { status: 'needs-passphrase' }>;
  onOpened: (preview: Checked) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [opening, setOpening] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (opening) return;
    setOpening(true);
    try {
      const opened = await call('bundles.openImport', { token: preview.token, passphrase });
      if (opened.status !== 'cancelled') onOpened(opened);
    } catch (thrown) {
      setError(toApiError(thrown).message);
      field.current?.select();
    } finally {
      setOpening(false);
    }
  }

  return (
    <form className="exports-form" onSubmit={(event) => void open(event)} noValidate>
      <h3 className="exports-form-heading">{t('exports.import.sealedHeading', { file: preview.fileName })}</h3>
      <p>{t('exports.import.sealedExplain')}</p>
      <SecretField
        id={`${panelId}-passphrase`}
        label={t('exports.import.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
        inputRef={field}
        announceError
      />
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={opening || undefined}>
          {opening ? t('exports.import.opening') : t('exports.import.openSealed')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('exports.import.close')}
        </button>
      </div>
    </form>
  );
}

function Problem({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel--error" role="alert">
      <p>{message}</p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('exports.import.close')}
      </button>
    </div>
  );
}
