import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WorkshopView } from '../../../core/contract/planning';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { SubNav } from '../../components/SubNav';
import { useSettings } from '../../data/SettingsProvider';
import { useLoad } from '../../data/useLoad';
import { NotFoundScreen } from '../ProblemScreens';
import { ConflictList } from './ConflictList';
import { participantsById } from './format';
import { NextMeetingStrip } from './NextMeetingStrip';
import { ProgressSection } from './ProgressSection';
import { RecordsSection } from './RecordsSection';
import { RosterSection } from './RosterSection';
import { ScheduleSection } from './ScheduleSection';
import { SurveysSection } from '../surveys/SurveysSection';
import { WorkshopContext, type WorkshopStore } from './WorkshopContext';
import { WorkshopHeader } from './WorkshopHeader';
import { WithWorkshop } from './WithWorkshop';
import { workshopSectionOf, workshopSectionPath, workshopSections, type WorkshopSection } from './workshopSections';
import './workshop.css';

/**
 * One workshop, one section at a time (schedule, roster, attendance and completion, surveys, records
 * and exports), each at its own address, under a strip with the next meeting.
 */
export function WorkshopScreen() {
  const { workshopId = '', section: segment } = useParams();
  const section = workshopSectionOf(segment);
  const load = useCallback(() => call('workshops.get', { workshopId }), [workshopId]);
  const { state, retry, replace } = useLoad(load);
  if (section === undefined) return <NotFoundScreen />;
  return (
    <WithWorkshop state={state} retry={retry}>
      {(view) => <WorkshopPage view={view} section={section} replace={replace} />}
    </WithWorkshop>
  );
}

function WorkshopPage({ view, section, replace }: { view: WorkshopView; section: WorkshopSection; replace: (view: WorkshopView) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const started = useRef(0);
  const accepted = useRef(0);
  const workshopTitles = useWorkshopTitles(view);

  const apply = useCallback(
    async (work: Promise<WorkshopView>) => {
      const order = ++started.current;
      const next = await work;
      // Two actions may answer out of order: keep the answer to the latest one.
      if (order > accepted.current) {
        accepted.current = order;
        replace(next);
      }
      return next;
    },
    [replace],
  );

  const allowFullNames = settings.state.status === 'ready' && settings.state.value.preferences.allowFullNames;
  const store: WorkshopStore = useMemo(
    () => ({
      view,
      readOnly: view.status === 'archived',
      apply,
      participants: participantsById(view.participants),
      allowFullNames,
      workshopTitles,
    }),
    [view, apply, allowFullNames, workshopTitles],
  );

  return (
    <WorkshopContext.Provider value={store}>
      <Screen title={view.workshop.title} wide>
        <nav aria-label={t('workshop.breadcrumb')} className="breadcrumb">
          <Link to="/workshops">{t('nav.workshops')}</Link>
        </nav>
        <div className="workshop-page">
          <NextMeetingStrip />
          <SubNav
            label={t('workshopPage.sections.label')}
            items={workshopSections.map((each) => ({
              to: workshopSectionPath(view.workshop.id, each),
              label: t(`workshopPage.sections.${each}`),
              end: each === 'schedule',
            }))}
          />
          {section === 'schedule' ? (
            <>
              <WorkshopHeader />
              <ConflictList conflicts={view.conflicts} />
              <ScheduleSection />
            </>
          ) : null}
          {section === 'roster' ? <RosterSection /> : null}
          {section === 'attendance' ? <ProgressSection /> : null}
          {section === 'surveys' ? <SurveysSection /> : null}
          {section === 'records' ? <RecordsSection /> : null}
        </div>
      </Screen>
    </WorkshopContext.Provider>
  );
}

/**
 * Titles of the workshops people on this roster moved to or came from. The workshop view holds
 * only their ids, so the list is loaded when there are any; until then the links say "another workshop".
 */
function useWorkshopTitles(view: WorkshopView): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = view.workshop.roster
    .flatMap((enrolment) => [enrolment.fromWorkshopId, enrolment.exit?.toWorkshopId])
    .filter((id): id is string => id !== undefined && !titles.has(id));
  const missing = [...new Set(wanted)].sort().join(' ');

  useEffect(() => {
    if (!missing) return;
    let current = true;
    call('workshops.list').then(
      (list) => {
        if (current) setTitles(new Map(list.map((summary) => [summary.id, summary.title])));
      },
      () => undefined, // the links still work; they only lack their titles
    );
    return () => {
      current = false;
    };
  }, [missing]);

  return titles;
}
