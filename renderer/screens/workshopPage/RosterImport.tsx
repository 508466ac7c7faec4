import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RosterImportPreview, RosterRow } from '../../../core/contract/planning';
import { call, toApiError } from '../../api';
import { formatShortDate } from '../../format/dates';
import { describeMessage } from '../../format/describe';
import { DateField } from '../../components/ShortFields';
import type { Status } from './MeetingForms';
import { useWorkshop } from './WorkshopContext';
import { closeOnEscape } from '../../components/closeOnEscape';

type Ready = Extract<RosterImportPreview, { status: 'ready' }>;
type Invalid = Extract<RosterImportPreview, { status: 'invalid' }>;

type ImportState =
  { step: 'choose' } | { step: 'checking' } | { step: 'invalid'; preview: Invalid } | { step: 'ready'; preview: Ready } | { step: 'failed'; message: string };

/**
 * "Import from CSV…": choose an enrolled-on date and a file; the app checks every row and shows
 * what it would do. Nothing changes until "Enrol N participants".
 */
export function RosterImport({ status, onClose }: { status: Status; onClose: () => void }) {
  const { t } = useTranslation();
  const { view, apply, allowFullNames } = useWorkshop();
  const [enrolledOn, setEnrolledOn] = useState(view.today);
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    firstRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  useLayoutEffect(() => {
    if (state.step === 'invalid' || state.step === 'ready' || state.step === 'failed') panelRef.current?.focus();
  }, [state.step]);

  async function choose() {
    if (!enrolledOn) {
      setState({ step: 'failed', message: t('workshop.import.dateRequired') });
      return;
    }
    setState({ step: 'checking' });
    try {
      const preview = await call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn });
      if (preview.status === 'cancelled') setState({ step: 'choose' });
      else if (preview.status === 'invalid') setState({ step: 'invalid', preview });
      else setState({ step: 'ready', preview });
    } catch (error) {
      setState({ step: 'failed', message: toApiError(error).message });
    }
  }

  async function confirm(token: string) {
    if (confirming) return;
    setConfirming(true);
    setConfirmError(null);
    const outcome = await status.run(() => apply(call('roster.confirmImport', { token })));
    setConfirming(false);
    if (outcome.ok) onClose();
    else setConfirmError(outcome.error.message);
  }

  return (
    <div className="workshop-form workshop-import" role="group" aria-labelledby="roster-import-heading" onKeyDown={closeOnEscape(onClose)}>
      <h3 id="roster-import-heading" className="workshop-form-heading">
        {t('workshop.import.heading')}
      </h3>
      {state.step === 'ready' ? null : (
        <div ref={firstRef} className="workshop-import-choose">
          <p>{allowFullNames ? t('workshop.import.columnsWithNames') : t('workshop.import.columns')}</p>
          <p className="muted">{t('workshop.import.nothingYet')}</p>
          <DateField id="roster-import-on" label={t('workshop.import.enrolledOn')} value={enrolledOn} onChange={setEnrolledOn} />
          <div className="actions">
            <button type="button" className="button button--primary" aria-disabled={state.step === 'checking' || undefined} onClick={() => void choose()}>
              {t('workshop.import.choose')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
          <p role="status" className="toolbar-hint workshop-import-status">
            {state.step === 'checking' ? t('workshop.import.checking') : null}
          </p>
        </div>
      )}
      {state.step === 'failed' ? (
        <div className="panel panel--error" role="alert" tabIndex={-1} ref={panelRef}>
          <p>{t('workshop.import.failed', { message: state.message })}</p>
        </div>
      ) : null}
      {state.step === 'invalid' ? (
        <div className="panel panel--error" role="alert" tabIndex={-1} ref={panelRef} aria-labelledby="roster-import-problems">
          <h4 id="roster-import-problems">{t('workshop.import.invalidHeading', { file: state.preview.fileName, count: state.preview.problems.length })}</h4>
          <ul className="problem-list">
            {state.preview.problems.map((problem, index) => (
              <li key={index}>{describeMessage(problem)}</li>
            ))}
          </ul>
          <p>{t('workshop.import.invalidHelp')}</p>
        </div>
      ) : null}
      {state.step === 'ready' ? (
        <div className="workshop-import-preview" role="region" tabIndex={-1} ref={panelRef} aria-labelledby="roster-import-ready">
          <h4 id="roster-import-ready">{t('workshop.import.readyHeading', { file: state.preview.fileName })}</h4>
          <p>{summaryText(t, state.preview)}</p>
          <p className="notice-inline">{t('workshop.import.notYet', { date: formatShortDate(state.preview.enrolledOn, true) })}</p>
          <PreviewTable rows={state.preview.rows} showNames={allowFullNames} />
          {confirmError ? <p className="form-error">{t('status.failed', { message: confirmError })}</p> : null}
          <div className="actions">
            {state.preview.importable > 0 ? (
              <button
                type="button"
                className="button button--primary"
                aria-disabled={confirming || undefined}
                onClick={() => void confirm(state.preview.token)}
              >
                {t('workshop.import.confirm', { count: state.preview.importable })}
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** "8 rows can be enrolled; 2 have problems and will be skipped; 1 is already on this roster." */
function summaryText(t: TFunction, preview: Ready): string {
  const problems = preview.rows.filter((row) => row.status === 'error').length;
  const already = preview.rows.filter((row) => row.status === 'already-enrolled').length;
  const parts: string[] = [t('workshop.import.summaryImportable', { count: preview.importable })];
  if (problems > 0) parts.push(t('workshop.import.summaryProblems', { count: problems }));
  if (already > 0) parts.push(t('workshop.import.summaryAlready', { count: already }));
  return t('workshop.import.summary', { parts: parts.join(t('workshop.import.summaryJoin')) });
}

const statusClass: Record<RosterRow['status'], string> = {
  new: 'badge',
  existing: 'badge',
  'already-enrolled': 'badge badge--muted',
  error: 'badge workshop-badge--problem',
};

function PreviewTable({ rows, showNames }: { rows: readonly RosterRow[]; showNames: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="workshop-table-wrap">
      <table className="workshop-table">
        <caption className="visually-hidden">{t('workshop.import.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.import.line')}</th>
            <th scope="col">{t('workshop.roster.code')}</th>
            <th scope="col">{t('workshop.roster.initials')}</th>
            <th scope="col">{t('workshop.roster.pronouns')}</th>
            {showNames ? <th scope="col">{t('workshop.roster.fullName')}</th> : null}
            <th scope="col">{t('workshop.import.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.status === 'error' ? 'workshop-row--problem' : undefined}>
              <td>{row.line}</td>
              <td className="workshop-nowrap">{row.code}</td>
              <td>{row.initials}</td>
              <td>{row.pronouns}</td>
              {showNames ? <td>{row.fullName}</td> : null}
              <td>
                <span className={statusClass[row.status]}>{t(`workshop.import.rowStatus.${row.status}`)}</span>
                {row.problems.length > 0 ? (
                  <ul className="workshop-row-problems">
                    {row.problems.map((problem, index) => (
                      <li key={index}>{describeMessage(problem)}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
