import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupLocation, BackupsView, GenerationView, SecondCopy, SecondFolderProblem } from '../../../core/contract/backups';
import { call, toApiError } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { useLoad } from '../../data/useLoad';
import { formatLongDate, formatShortDate, formatTime } from '../../format/dates';
import { InlineConfirm } from '../../components/InlineConfirm';

const loadBackups = () => call('backups.list');

type Busy = 'backup' | 'folder' | 'restore' | null;
/** The section's last outcome, announced in its live region. */
interface Outcome {
  kind: 'done' | 'failed';
  lines: string[];
}

const keyOf = (generation: GenerationView) => `${generation.location}:${generation.name}`;

/** Settings › Backups: the generations with what each holds, Back up now, the second folder, and Restore. */
export function BackupsSection({ secondFolder }: { secondFolder: string | undefined }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const { state, retry, replace } = useLoad(loadBackups);
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const when = useCallback(
    (generation: GenerationView) => t('backups.when', { date: formatLongDate(generation.madeOn), time: formatTime(generation.madeAtTime) }),
    [t],
  );

  function copyLine(copy: SecondCopy): string[] {
    if (copy.status === 'copied') return [t('backups.copied', { folder: copy.folder })];
    if (copy.status === 'failed') return [t('backups.copyFailed', { folder: copy.folder, reason: t(`messages.secondFolder.${copy.reason}`) })];
    return [];
  }

  async function run(kind: Exclude<Busy, null>, work: () => Promise<Outcome>, failure: (message: string) => string) {
    if (busy) return;
    setBusy(kind);
    setOutcome(null);
    try {
      setOutcome(await work());
    } catch (thrown) {
      setOutcome({ kind: 'failed', lines: [failure(toApiError(thrown).message)] });
    } finally {
      setBusy(null);
    }
  }

  const refresh = async () => replace(await call('backups.list'));

  const backUpNow = () =>
    run(
      'backup',
      async () => {
        const made = await call('backups.backupNow');
        replace(made.view);
        const generation = made.view.generations.find((candidate) => candidate.location === 'data' && candidate.name === made.name);
        const done = generation ? t('backups.backedUp', { when: when(generation) }) : t('backups.backedUp', { when: made.name });
        return { kind: made.secondCopy.status === 'failed' ? 'failed' : 'done', lines: [done, ...copyLine(made.secondCopy)] };
      },
      (message) => t('backups.backupFailed', { message }),
    );

  const chooseFolder = () =>
    run(
      'folder',
      async () => {
        const choice = await call('backups.chooseFolder');
        if (choice.status === 'cancelled') return { kind: 'done', lines: [] };
        await apply(Promise.resolve(choice.settings));
        await refresh();
        const folder = choice.settings.backups.secondFolder ?? '';
        return {
          kind: choice.secondCopy.status === 'failed' ? 'failed' : 'done',
          lines: [t('backups.secondFolder.chosen', { folder }), ...copyLine(choice.secondCopy)],
        };
      },
      (message) => t('backups.secondFolder.failed', { message }),
    );

  const clearFolder = (deleteCopies: boolean) =>
    run(
      'folder',
      async () => {
        const cleared = await call('backups.clearFolder', { deleteCopies });
        await apply(Promise.resolve(cleared.settings));
        await refresh();
        return { kind: cleared.copies === 'unreachable' ? 'failed' : 'done', lines: [t(`backups.secondFolder.cleared.${cleared.copies}`)] };
      },
      (message) => t('backups.secondFolder.failed', { message }),
    );

  const restore = (generation: GenerationView) =>
    run(
      'restore',
      async () => {
        const restored = await call('backups.restore', { location: generation.location, name: generation.name });
        await apply(Promise.resolve(restored.settings));
        replace(restored.view);
        // Focus goes back to the Restore… button of the generation just restored.
        setConfirming(null);
        return { kind: 'done', lines: [t('backups.list.restored', { when: when(generation) })] };
      },
      (message) => t('backups.list.restoreFailed', { message }),
    );

  return (
    <section className="settings-section" aria-labelledby="backups-heading">
      <div className="section-header">
        <h2 id="backups-heading">{t('backups.heading')}</h2>
        <button type="button" className="button button--primary" aria-disabled={busy !== null || undefined} onClick={() => void backUpNow()}>
          {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <p className="section-intro">{t('backups.intro')}</p>
      <div role="status" id="backups-status" className={`save-status save-status--${outcome?.kind === 'failed' ? 'failed' : 'saved'}`}>
        {busy === 'restore' ? <p>{t('backups.list.restoring')}</p> : null}
        {busy === 'folder' ? <p>{t('backups.secondFolder.choosing')}</p> : null}
        {outcome?.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>

      <SecondFolder
        secondFolder={secondFolder}
        problem={state.status === 'ready' ? state.value.secondFolderProblem : undefined}
        busy={busy !== null}
        onChoose={() => void chooseFolder()}
        onClear={(deleteCopies) => void clearFolder(deleteCopies)}
      />

      {state.status === 'loading' ? (
        <p role="status">{t('backups.loading')}</p>
      ) : state.status === 'failed' ? (
        <div className="problem">
          <p>{t('backups.loadFailed', { message: state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        (['data', 'second'] as const)
          .filter((location) => location === 'data' || state.value.secondFolder !== undefined)
          .map((location) => (
            <GenerationList
              key={location}
              location={location}
              view={state.value}
              when={when}
              confirming={confirming}
              busy={busy !== null}
              onAsk={(generation) => setConfirming(keyOf(generation))}
              onCancel={() => setConfirming(null)}
              onRestore={(generation) => void restore(generation)}
            />
          ))
      )}
    </section>
  );
}

function SecondFolder(props: {
  secondFolder: string | undefined;
  problem: SecondFolderProblem | undefined;
  busy: boolean;
  onChoose: () => void;
  onClear: (deleteCopies: boolean) => void;
}) {
  const { t } = useTranslation();
  const { secondFolder, problem, busy } = props;
  const [askingClear, setAskingClear] = useState(false);
  const cancelClear = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (askingClear) cancelClear.current?.focus();
  }, [askingClear]);
  const clear = (deleteCopies: boolean) => {
    setAskingClear(false);
    props.onClear(deleteCopies);
  };
  return (
    <div className="settings-backups-folder" role="group" aria-labelledby="backups-folder-heading">
      <h3 id="backups-folder-heading">{t('backups.secondFolder.heading')}</h3>
      <p className="field-hint">{t('backups.secondFolder.hint')}</p>
      {secondFolder === undefined ? (
        <p>{t('backups.secondFolder.none')}</p>
      ) : (
        <p className="settings-backups-path">{t('backups.secondFolder.current', { folder: secondFolder })}</p>
      )}
      {secondFolder !== undefined && problem !== undefined ? (
        <p className="field-error">{t('backups.secondFolder.problem', { reason: t(`messages.secondFolder.${problem}`) })}</p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={busy ? undefined : props.onChoose}>
          {secondFolder === undefined ? t('backups.secondFolder.choose') : t('backups.secondFolder.change')}
        </button>
        {secondFolder !== undefined && !askingClear ? (
          <button
            type="button"
            className="button button--quiet-danger"
            aria-disabled={busy || undefined}
            onClick={busy ? undefined : () => setAskingClear(true)}
          >
            {t('backups.secondFolder.clear')}
          </button>
        ) : null}
      </div>
      {secondFolder !== undefined && askingClear ? (
        <InlineConfirm
          id="backups-clear-question"
          question={t('backups.secondFolder.clearQuestion', { folder: secondFolder })}
          confirm={{ label: t('backups.secondFolder.clearDelete'), onConfirm: () => clear(true), busy }}
          otherAnswers={
            <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={busy ? undefined : () => clear(false)}>
              {t('backups.secondFolder.clearKeep')}
            </button>
          }
          onCancel={() => setAskingClear(false)}
          cancelRef={cancelClear}
        />
      ) : null}
    </div>
  );
}

interface GenerationListProps {
  location: BackupLocation;
  view: BackupsView;
  when: (generation: GenerationView) => string;
  confirming: string | null;
  busy: boolean;
  onAsk: (generation: GenerationView) => void;
  onCancel: () => void;
  onRestore: (generation: GenerationView) => void;
}

function GenerationList({ location, view, ...rest }: GenerationListProps) {
  const { t } = useTranslation();
  const generations = view.generations.filter((generation) => generation.location === location);
  const headingId = `backups-${location}-heading`;
  return (
    <div role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{location === 'data' ? t('backups.list.dataHeading') : t('backups.list.secondHeading')}</h3>
      {generations.length === 0 ? (
        <p className="empty">{t('backups.list.empty')}</p>
      ) : (
        <ul className="record-list">
          {generations.map((generation) => (
            <GenerationItem key={keyOf(generation)} generation={generation} {...rest} />
          ))}
        </ul>
      )}
    </div>
  );
}

function GenerationItem(props: Omit<GenerationListProps, 'location' | 'view'> & { generation: GenerationView }) {
  const { t } = useTranslation();
  const { generation, when, confirming, busy } = props;
  const asking = confirming === keyOf(generation);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const id = `backup-${generation.location}-${generation.name}`;
  const { preview } = generation;

  // Focus follows the question: onto Cancel when it appears, back onto Restore… when it goes.
  useLayoutEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (wasAsking.current) restoreButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const holds = [
    t('backups.list.workshops', { count: preview.workshops }),
    t('backups.list.participants', { count: preview.participants }),
    ...(preview.modules > 0 ? [t('backups.list.modules', { count: preview.modules })] : []),
    ...(preview.settings ? [] : [t('backups.list.noSettings')]),
  ].join(', ');

  return (
    <li className="record">
      <div className="record-summary">
        <p className="record-name">{when(generation)}</p>
        <p className="record-detail">{t(`backups.list.reasons.${generation.reason ?? 'unknown'}`)}</p>
        <p className="record-detail">
          {holds}
          {preview.newestChange ? ` · ${t('backups.list.newestChange', { date: formatShortDate(preview.newestChange, true) })}` : ''}
        </p>
        {preview.unreadableFile ? <p className="field-error">{t('backups.list.unreadableFile', { file: preview.unreadableFile })}</p> : null}
      </div>
      {asking ? (
        <InlineConfirm
          id={`${id}-confirm`}
          question={t('backups.list.confirm', { when: when(generation) })}
          confirm={{ label: t('backups.list.confirmButton'), onConfirm: () => props.onRestore(generation), busy }}
          onCancel={props.onCancel}
          cancelRef={cancelButton}
        />
      ) : preview.unreadableFile ? null : (
        <div className="actions record-actions">
          <button
            type="button"
            className="button button--secondary"
            ref={restoreButton}
            aria-label={
              generation.location === 'data'
                ? t('backups.list.restoreNamed', { when: when(generation) })
                : t('backups.list.restoreCopyNamed', { when: when(generation) })
            }
            aria-disabled={busy || undefined}
            onClick={busy ? undefined : () => props.onAsk(generation)}
          >
            {t('backups.list.restore')}
          </button>
        </div>
      )}
    </li>
  );
}
