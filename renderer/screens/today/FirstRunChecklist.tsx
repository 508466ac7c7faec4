import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api';
import { Section } from '../../components/Section';
import { useSettings } from '../../data/SettingsProvider';
import { firstRunPaths, firstRunProgress, firstRunSteps } from './firstRun';

/** Hidden for the rest of the session once the user says so (it also goes for good once every step is done). */
let hiddenThisSession = false;

/**
 * "Getting started" on Today: organisation and contact, team, sites, local resources, then a first
 * workshop, each linking to where it is done and ticked when done.
 */
export function FirstRunChecklist({ hasMeetings }: { hasMeetings: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const hasWorkshop = useHasWorkshop(hasMeetings);
  const [hidden, setHidden] = useState(hiddenThisSession);

  if (hidden || settings.state.status !== 'ready' || hasWorkshop === undefined) return null;
  const progress = firstRunProgress(settings.state.value, hasWorkshop);
  const done = firstRunSteps.filter((step) => progress[step]).length;
  if (done === firstRunSteps.length) return null;

  return (
    <Section id="first-run" heading={t('today.firstRun.heading')} className="today-section first-run">
      <p>{t('today.firstRun.intro', { done, total: firstRunSteps.length })}</p>
      <ol className="first-run-steps">
        {firstRunSteps.map((step) => (
          <li key={step} className={progress[step] ? 'first-run-step first-run-step--done' : 'first-run-step'}>
            <span className={progress[step] ? 'badge' : 'badge badge--muted'}>{progress[step] ? t('today.firstRun.done') : t('today.firstRun.toDo')}</span>
            <Link to={firstRunPaths[step]}>{t(`today.firstRun.steps.${step}`)}</Link>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          hiddenThisSession = true;
          setHidden(true);
        }}
      >
        {t('today.firstRun.hide')}
      </button>
    </Section>
  );
}

/** Whether any workshop exists: known at once when this week has meetings, else asked for. Undefined until known. */
function useHasWorkshop(hasMeetings: boolean): boolean | undefined {
  const [listed, setListed] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (hasMeetings) return;
    let current = true;
    call('workshops.list').then(
      (list) => {
        if (current) setListed(list.length > 0);
      },
      () => {
        if (current) setListed(true); // not knowing, say nothing rather than nag
      },
    );
    return () => {
      current = false;
    };
  }, [hasMeetings]);
  return hasMeetings ? true : listed;
}
