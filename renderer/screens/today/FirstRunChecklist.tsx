import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { Section } from '../../components/Section';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';
import { firstRunPaths, firstRunProgress, firstRunSteps } from './firstRun';

/**
 * "Getting started" on Today: organisation and contact, team, sites, local resources, then a first
 * workshop, each linking to where it is done and ticked when done. It goes once every step is done,
 * or for good when the user hides it (a saved preference).
 */
export function FirstRunChecklist({ hasMeetings }: { hasMeetings: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const hasWorkshop = useHasWorkshop(hasMeetings);
  const status = useSaveStatus();

  if (settings.state.status !== 'ready' || settings.state.value.preferences.firstRunChecklistHidden || hasWorkshop === undefined) return null;
  const progress = firstRunProgress(settings.state.value, hasWorkshop);
  const done = firstRunSteps.filter((step) => progress[step]).length;
  if (done === firstRunSteps.length) return null;

  return (
    <Section id="first-run" heading={t('today.firstRun.heading')} className="today-section today-first-run">
      <p>{t('today.firstRun.intro', { done, total: firstRunSteps.length })}</p>
      <ol className="today-first-run-steps">
        {firstRunSteps.map((step) => (
          <li key={step} className={progress[step] ? 'today-first-run-step today-first-run-step--done' : 'today-first-run-step'}>
            <span className={progress[step] ? 'badge' : 'badge badge--muted'}>{progress[step] ? t('today.firstRun.done') : t('today.firstRun.toDo')}</span>
            <Link to={firstRunPaths[step]}>{t(`today.firstRun.steps.${step}`)}</Link>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={status.state.kind === 'saving' || undefined}
        onClick={() => {
          if (status.state.kind === 'saving') return;
          void status
            .run(() => settings.apply(call('settings.setPreferences', { firstRunChecklistHidden: true })))
            .then((outcome) => {
              // The list and this button are gone: keep the reading position at the top of Today.
              if (outcome.ok) document.querySelector<HTMLElement>('main h1')?.focus();
            });
        }}
      >
        {t('today.firstRun.hide')}
      </button>
      <SaveStatus state={status.state} />
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
