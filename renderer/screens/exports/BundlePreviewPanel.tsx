import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BundleChange, BundleImportResult, BundlePreview } from '../../../core/contract/exports';
import { call, toApiError } from '../../api';
import { describeMessage } from '../../format/describe';
import { RadioGroup } from '../../components/RadioGroup';

type Ready = Extract<BundlePreview, { status: 'ready' }>;
type Side = 'mine' | 'theirs';

/** Conflicts start on the newer side (mine when the bundle does not say). */
function defaultResolutions(changes: readonly BundleChange[]): Record<string, Side> {
  return Object.fromEntries(changes.filter((change) => change.kind === 'conflict').map((change) => [change.id, change.newer ?? 'mine']));
}

/** The word before each change that is not a conflict. */
const changeKindKeys = { add: 'exports.import.add', update: 'exports.import.update', kept: 'exports.import.kept' } as const;

/** "Changes: 3 additions, 2 updates, 1 conflict to settle." */
function summaryText(t: TFunction, changes: readonly BundleChange[]): string {
  const count = (kind: BundleChange['kind']) => changes.filter((change) => change.kind === kind).length;
  const parts = [
    ...(count('add') > 0 ? [t('exports.import.adds', { count: count('add') })] : []),
    ...(count('update') > 0 ? [t('exports.import.updatesCount', { count: count('update') })] : []),
    ...(count('conflict') > 0 ? [t('exports.import.conflictsCount', { count: count('conflict') })] : []),
    ...(count('kept') > 0 ? [t('exports.import.keptCount', { count: count('kept') })] : []),
  ];
  return t('exports.import.changesSummary', { parts: parts.join(', ') });
}

interface BundlePreviewPanelProps {
  preview: Ready;
  onImported: (result: BundleImportResult) => void;
  onCancel: () => void;
}

/**
 * What importing a bundle would do: a new workshop or an update, how many additions and updates,
 * and each conflict with "Keep mine" / "Take theirs". Nothing is saved until "Import".
 */
export function BundlePreviewPanel({ preview, onImported, onCancel }: BundlePreviewPanelProps) {
  const { t } = useTranslation();
  const [resolutions, setResolutions] = useState(() => defaultResolutions(preview.changes));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);
  const conflicts = preview.changes.filter((change) => change.kind === 'conflict');
  const others = preview.changes.filter((change): change is BundleChange & { kind: keyof typeof changeKindKeys } => change.kind !== 'conflict');

  useLayoutEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await call('bundles.confirmImport', { token: preview.token, resolutions });
      onImported(result);
    } catch (error) {
      setBusy(false);
      setFailure(toApiError(error).message);
    }
  }

  return (
    <div className="exports-preview">
      <p className="exports-preview-kind">{preview.isNew ? t('exports.import.isNew') : t('exports.import.updates')}</p>
      {preview.unchanged ? (
        <p className="notice-inline">{t('exports.import.unchanged')}</p>
      ) : (
        <>
          <p>{summaryText(t, preview.changes)}</p>
          {others.length > 0 ? (
            <details className="exports-changes">
              <summary>{t('exports.import.seeChanges')}</summary>
              <ul className="exports-change-list">
                {others.map((change) => (
                  <li key={change.id}>
                    <span className="exports-change-kind">{t(changeKindKeys[change.kind])}</span> {describeMessage(change.label)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {conflicts.length > 0 ? (
            <section className="exports-conflicts" aria-labelledby="bundle-conflicts-heading">
              <h4 id="bundle-conflicts-heading" className="exports-form-heading">
                {t('exports.import.conflictsHeading')}
              </h4>
              <p className="field-hint">{t('exports.import.conflictsHelp')}</p>
              {conflicts.map((change, index) => (
                <RadioGroup<Side>
                  key={change.id}
                  id={`bundle-conflict-${index}`}
                  legend={describeMessage(change.label)}
                  value={resolutions[change.id] ?? ''}
                  options={(['mine', 'theirs'] as const).map((side) => ({
                    value: side,
                    label: (
                      <span>
                        {t(side === 'mine' ? 'exports.import.keepMine' : 'exports.import.takeTheirs', {
                          value: change[side] ? describeMessage(change[side]) : '',
                        })}
                        {change.newer === side ? <span className="muted"> {t('exports.import.newer')}</span> : null}
                      </span>
                    ),
                  }))}
                  onChange={(side) => setResolutions((current) => ({ ...current, [change.id]: side }))}
                  classNames={{ group: 'exports-conflict', list: 'exports-choice-list exports-choice-list--stacked' }}
                />
              ))}
            </section>
          ) : null}
        </>
      )}
      {failure ? (
        <p className="form-error" role="alert" tabIndex={-1} ref={failureRef}>
          {t('exports.import.confirmFailed', { message: failure })}
        </p>
      ) : null}
      <div className="actions">
        {preview.unchanged ? null : (
          <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void confirm()}>
            {t('exports.import.confirm')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {preview.unchanged ? t('exports.import.close') : t('common.cancel')}
        </button>
      </div>
      <p role="status" className="ui-file-status">
        {busy ? t('exports.import.importing') : null}
      </p>
    </div>
  );
}
