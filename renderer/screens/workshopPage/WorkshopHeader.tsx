import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageName } from '../../../core/domain/languages';
import { workshopLanguage } from '../../../core/domain/workshop';
import { call } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { sectionMove } from '../../components/SubNav';
import { useSaveStatus } from '../../data/useSaveStatus';
import { timeZoneLabel } from '../../format/timeZones';
import { usePanels } from '../../components/usePanels';
import { DetailsForm } from './DetailsForm';
import { useWorkshop } from './WorkshopContext';
import { facilitatorWithRoles } from '../workshops/roles';
import { dateRangeText, dateSpan } from './format';
import { workshopSectionPath } from './workshopSections';
import { InlineConfirm } from '../../components/InlineConfirm';
import { ShareSwitch } from '../hub/ShareSwitch';

/** The facts of the workshop, and what can be done with it as a whole (its status is in the strip above). */
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
  useLayoutEffect(() => {
    if (wasReadOnly.current === readOnly) return;
    wasReadOnly.current = readOnly;
    region.current?.querySelector<HTMLElement>(readOnly ? '.workshop-archived' : '.workshop-header-actions button')?.focus();
  }, [readOnly]);

  const facilitators = workshop.facilitators.map((facilitator) => facilitatorWithRoles(t, facilitator));

  return (
    <div className="workshop-header" ref={region}>
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
        {span ? (
          <div>
            <dt>{t('workshopPage.dates')}</dt>
            <dd>{dateRangeText(t, span.first, span.last)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('workshop.details.audience')}</dt>
          <dd>{workshop.audience || <span className="muted">{t('workshop.details.none')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.site')}</dt>
          <dd>
            {workshop.site ? (
              `${workshop.site.name} (${t(`settings.siteKinds.${workshop.site.kind}`)})`
            ) : (
              <span className="muted">{t('workshop.details.noSite')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('workshop.details.facilitators')}</dt>
          <dd>{facilitators.length > 0 ? list.format(facilitators) : <span className="muted">{t('workshop.details.noFacilitators')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.timeZone')}</dt>
          <dd>{timeZoneLabel(workshop.timeZone)}</dd>
        </div>
        <div>
          <dt>{t('languages.workshop.label')}</dt>
          <dd lang={workshopLanguage(workshop)}>{languageName(workshopLanguage(workshop))}</dd>
        </div>
      </dl>
      <ShareSwitch workshopId={workshop.id} readOnly={readOnly} />
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
      {/* An archived workshop is a record: its attendance, printable records and bundle can still be exported. */}
      <p>
        <Link to={workshopSectionPath(view.workshop.id, 'records')} state={sectionMove}>
          {t('workshopPage.archivedRecords')}
        </Link>
      </p>
      <div className="actions">
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
        <InlineConfirm
          id="workshop-archive-question"
          className="workshop-confirm"
          question={t('workshop.archive.question')}
          help={t('workshop.archive.help')}
          confirm={{ label: t('workshop.archive.confirm'), onConfirm: () => void archive(), busy: status.state.kind === 'saving' }}
          onCancel={panels.close}
          focusCancel
        />
      ) : null}
    </div>
  );
}
