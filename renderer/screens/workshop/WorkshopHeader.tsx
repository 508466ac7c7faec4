import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, toApiError } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { WorkshopExports } from '../exports/WorkshopExports';
import { useSaveStatus } from '../../data/useSaveStatus';
import { usePanels } from './ActionForm';
import { DetailsForm } from './DetailsForm';
import { dateRangeText, dateSpan } from './format';
import { useWorkshop } from './WorkshopContext';

/** Status, the facts of the workshop, and what can be done with it as a whole. */
export function WorkshopHeader() {
  const { t, i18n } = useTranslation();
  const { view, readOnly } = useWorkshop();
  const { workshop } = view;
  const span = dateSpan(workshop);
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const status = useSaveStatus();
  const region = useRef<HTMLDivElement>(null);
  const wasReadOnly = useRef(readOnly);

  // Archiving or restoring swaps the actions for the notice (or back): keep focus where the user is.
  useEffect(() => {
    if (wasReadOnly.current === readOnly) return;
    wasReadOnly.current = readOnly;
    region.current?.querySelector<HTMLElement>(readOnly ? '.workshop-archived' : '.workshop-header-actions button')?.focus();
  }, [readOnly]);

  const facilitators = workshop.facilitators.map((facilitator) =>
    t('workshop.details.facilitatorWithRole', { name: facilitator.name, role: t(`settings.roles.${facilitator.role}`) }),
  );

  return (
    <div className="workshop-header" ref={region}>
      <p className="workshop-status-line">
        <span className={view.status === 'running' ? 'badge badge--accent' : 'badge badge--muted'}>{t(`planning.status.${view.status}`)}</span>
        {span ? <span>{dateRangeText(t, span.first, span.last)}</span> : null}
      </p>
      {readOnly ? <ArchivedNotice status={status} /> : null}
      <dl className="facts workshop-facts">
        <div>
          <dt>{t('workshop.details.module')}</dt>
          <dd>
            {t('workshop.details.moduleVersion', { title: workshop.module.title, version: workshop.module.version })}
            <Link className="workshop-module-link" to={`/curricula/${workshop.module.id}`}>
              {t('workshop.details.seeModule')}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('workshop.details.audience')}</dt>
          <dd>{workshop.audience || <span className="muted">{t('workshop.details.none')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.site')}</dt>
          <dd>{workshop.site ? `${workshop.site.name} (${t(`settings.siteKinds.${workshop.site.kind}`)})` : <span className="muted">{t('workshop.details.noSite')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.facilitators')}</dt>
          <dd>{facilitators.length > 0 ? list.format(facilitators) : <span className="muted">{t('workshop.details.noFacilitators')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.timeZone')}</dt>
          <dd>{workshop.timeZone}</dd>
        </div>
      </dl>
      {readOnly ? null : <HeaderActions status={status} />}
      <SaveStatus state={status.state} />
    </div>
  );
}

type Status = ReturnType<typeof useSaveStatus>;

function ArchivedNotice({ status }: { status: Status }) {
  const { t } = useTranslation();
  const { view, apply } = useWorkshop();
  return (
    <div className="notice-inline workshop-archived" role="group" aria-labelledby="workshop-archived" tabIndex={-1}>
      <p id="workshop-archived" className="workshop-archived-title">
        {t('workshop.archive.readOnly')}
      </p>
      <p>{t('workshop.archive.readOnlyHelp')}</p>
      <div className="actions">
        <ExportCalendarButton workshopId={view.workshop.id} />
        {/* An archived workshop is a record: its attendance, printable records and bundle can still be exported. */}
        <WorkshopExports workshopId={view.workshop.id} meetings={view.workshop.meetings} today={view.today} />
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={status.state.kind === 'saving' || undefined}
          onClick={() => {
            if (status.state.kind !== 'saving') void status.run(() => apply(call('workshops.restore', { workshopId: view.workshop.id })));
          }}
        >
          {t('workshop.archive.restore')}
        </button>
      </div>
    </div>
  );
}

function HeaderActions({ status }: { status: Status }) {
  const { t } = useTranslation();
  const { view, apply } = useWorkshop();
  const workshopId = view.workshop.id;
  const panels = usePanels<'edit' | 'archive'>();

  async function archive() {
    if (status.state.kind === 'saving') return;
    // On success the page turns read-only and these actions are gone; the notice takes their place.
    await status.run(() => apply(call('workshops.archive', { workshopId })));
  }

  return (
    <div className="workshop-header-actions">
      <div className="toolbar">
        <button
          type="button"
          className="button button--secondary"
          ref={panels.buttonRef('edit')}
          aria-expanded={panels.open === 'edit'}
          aria-controls={panels.open === 'edit' ? 'workshop-details-form' : undefined}
          onClick={() => panels.toggle('edit')}
        >
          {t('workshop.details.edit')}
        </button>
        <ExportCalendarButton workshopId={workshopId} />
        <WorkshopExports workshopId={workshopId} meetings={view.workshop.meetings} today={view.today} />
        <button
          type="button"
          className="button button--quiet-danger"
          ref={panels.buttonRef('archive')}
          aria-expanded={panels.open === 'archive'}
          onClick={() => panels.toggle('archive')}
        >
          {t('workshop.archive.button')}
        </button>
      </div>
      {panels.open === 'edit' ? (
        <div className="workshop-panel">
          <DetailsForm status={status} onClose={panels.close} />
        </div>
      ) : null}
      {panels.open === 'archive' ? (
        <div
          className="confirm workshop-confirm"
          role="group"
          aria-labelledby="workshop-archive-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') panels.close();
          }}
        >
          <p id="workshop-archive-question" className="confirm-question">
            {t('workshop.archive.question')}
          </p>
          <p>{t('workshop.archive.help')}</p>
          <div className="actions">
            <button type="button" className="button button--danger" aria-disabled={status.state.kind === 'saving' || undefined} onClick={() => void archive()}>
              {t('workshop.archive.confirm')}
            </button>
            <AutoFocusButton onClick={panels.close}>{t('common.cancel')}</AutoFocusButton>
          </div>
        </div>
      ) : null}
    </div>
  );
}

type ExportState = { step: 'idle' } | { step: 'saving' } | { step: 'saved'; path: string } | { step: 'failed'; message: string };

/**
 * "Export schedule (.ics)", with where it was saved; also offered for an archived workshop (its
 * record). Neutral ("Group session" only) unless the detailed calendar is ticked, each time.
 */
function ExportCalendarButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [exported, setExported] = useState<ExportState>({ step: 'idle' });
  const [detailed, setDetailed] = useState(false);
  const detailId = useId();

  async function exportCalendar() {
    if (exported.step === 'saving') return;
    setExported({ step: 'saving' });
    try {
      const saved = await call('workshops.exportCalendar', { workshopId, detail: detailed ? 'detailed' : 'neutral' });
      setExported(saved.status === 'saved' ? { step: 'saved', path: saved.path } : { step: 'idle' });
    } catch (error) {
      setExported({ step: 'failed', message: toApiError(error).message });
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" aria-disabled={exported.step === 'saving' || undefined} onClick={() => void exportCalendar()}>
        {t('workshop.export.button')}
      </button>
      <label className="checkbox workshop-export-detail" htmlFor={detailId} title={t('workshop.export.detailedHint')}>
        <input id={detailId} type="checkbox" checked={detailed} onChange={(event) => setDetailed(event.target.checked)} />
        {t('workshop.export.detailed')}
      </label>
      <p role="status" className="toolbar-hint workshop-export-status">
        {exported.step === 'saving' ? t('workshop.export.saving') : null}
        {exported.step === 'saved' ? t('workshop.export.saved', { path: exported.path }) : null}
      </p>
      {exported.step === 'failed' ? (
        <p role="alert" className="field-error workshop-export-error">
          {t('workshop.export.failed', { message: exported.message })}
        </p>
      ) : null}
    </>
  );
}

/** The safe choice of an inline confirmation, focused when it appears. */
export function AutoFocusButton({ onClick, children }: { onClick: () => void; children: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <button
      type="button"
      className="button button--secondary"
      ref={ref}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
