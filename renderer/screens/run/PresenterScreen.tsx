import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterState, PresenterWelcome } from '../../../core/contract/running';
import type { Language } from '../../../core/domain/languages';
import { call } from '../../api';
import { InLanguage } from '../../components/InLanguage';
import { Markdown } from '../../components/Markdown';
import { shownLanguage } from '../../i18n';
import { sessionTitle } from './runFormat';
import { formatCountdown } from './timer';
import { WholeNumbers } from './WholeNumbers';
import './run.css';
import { useDocumentTitle } from '../../components/useDocumentTitle';

const POLL_MS = 500;
const TICK_MS = 250;

/** What the runner last sent, asked for every half second; the last good answer stays on screen. */
function usePresenterState(): PresenterState | PresenterWelcome | null {
  const [state, setState] = useState<PresenterState | PresenterWelcome | null>(null);
  useEffect(() => {
    let alive = true;
    let asking = false;
    const poll = async () => {
      if (asking) return;
      asking = true;
      try {
        const next = await call('presenter.state');
        if (alive) setState(next);
      } catch {
        // The room never sees an error: the last screen stays until the app answers again.
      } finally {
        asking = false;
      }
    };
    void poll();
    const interval = setInterval(() => void poll(), POLL_MS);
    return () => {
      alive = false;
      clearInterval(interval);
    };
  }, []);
  return state;
}

/** Seconds left on the timer; a running timer is read against the clock several times a second. */
function useTimeLeft(timer: PresenterState['timer']): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  const endsAt = timer?.running ? Date.parse(timer.endsAt) : undefined;
  useEffect(() => {
    if (endsAt === undefined) return;
    setNow(Date.now());
    const interval = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [endsAt]);
  if (!timer) return undefined;
  return timer.running ? Math.max(0, (endsAt ?? 0) - now) : timer.secondsLeft * 1000;
}

/**
 * The projector window: what the room sees, in the group's language (the app's own until a meeting
 * says which). It only ever gets a PresenterState (titles, prompt, timer, a youth handout,
 * agreements, resources), never the roster, marks, notes or follow-ups.
 */
export function PresenterScreen() {
  const { i18n } = useTranslation();
  const state = usePresenterState();
  const language: Language = state?.language ?? shownLanguage(i18n.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <InLanguage language={language}>
      <PresenterView state={state && 'waiting' in state ? null : state} />
    </InLanguage>
  );
}

function PresenterView({ state }: { state: PresenterState | null }) {
  const { t } = useTranslation();
  const timeLeft = useTimeLeft(state?.timer);
  const documentTitle = t('app.documentTitle', { screen: t('run.presenter.documentTitle') });
  useDocumentTitle(documentTitle);

  if (!state) {
    return (
      <main className="run-presenter run-presenter--calm">
        <div className="run-presenter-calm">
          <h1>{t('run.presenter.welcome')}</h1>
          <p>{t('run.presenter.welcomeHelp')}</p>
        </div>
      </main>
    );
  }

  if (state.paused) {
    return (
      <main className="run-presenter run-presenter--calm">
        <div className="run-presenter-calm">
          <h1>{t('run.presenter.pausedHeading')}</h1>
          <p>{t('run.presenter.pausedHelp')}</p>
        </div>
        <footer className="run-presenter-footer run-presenter-footer--single">
          <Resources resources={state.resources} />
        </footer>
      </main>
    );
  }

  const session = state.session ? sessionTitle(t, state.session) : state.workshopTitle;
  if (state.handout) {
    return (
      <main className="run-presenter run-presenter--handout">
        <header className="run-presenter-header">
          <p className="run-presenter-workshop">{state.workshopTitle}</p>
          <p className="run-presenter-session">{session}</p>
        </header>
        <article className="run-presenter-handout" aria-labelledby="presenter-handout-title">
          <h1 id="presenter-handout-title">{state.handout.title}</h1>
          <Markdown text={state.handout.body} />
        </article>
      </main>
    );
  }

  return (
    <main className="run-presenter">
      <header className="run-presenter-header">
        <p className="run-presenter-workshop">{state.workshopTitle}</p>
        {state.activityTitle ? <p className="run-presenter-session">{session}</p> : null}
      </header>
      <div className="run-presenter-stage">
        <div className="run-presenter-activity">
          {state.activityTitle ? (
            <>
              <h1>{state.activityTitle}</h1>
              {state.prompt ? <p className="run-presenter-prompt">{state.prompt}</p> : null}
            </>
          ) : (
            <h1>{session}</h1>
          )}
        </div>
        {timeLeft !== undefined && state.activityTitle ? (
          <div className={timeLeft <= 0 ? 'run-presenter-timer run-presenter-timer--up' : 'run-presenter-timer'}>
            <p className="run-presenter-timer-label" id="presenter-timer-label">
              {t('run.presenter.timerLabel')}
            </p>
            <p role="timer" aria-labelledby="presenter-timer-label" className="run-presenter-timer-time">
              {formatCountdown(timeLeft)}
            </p>
          </div>
        ) : null}
      </div>
      <footer className="run-presenter-footer">
        {state.agreements.length > 0 ? (
          <section
            aria-labelledby="presenter-agreements"
            className={state.agreements.length > 6 ? 'run-presenter-agreements run-presenter-agreements--many' : 'run-presenter-agreements'}
          >
            <h2 id="presenter-agreements">{t('run.presenter.agreements')}</h2>
            <ul>
              {state.agreements.map((agreement, index) => (
                <li key={index}>{agreement}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <Resources resources={state.resources} />
      </footer>
    </main>
  );
}

function Resources({ resources }: { resources: PresenterState['resources'] }) {
  const { t } = useTranslation();
  if (resources.length === 0) return null;
  return (
    <section aria-labelledby="presenter-resources" className="run-presenter-resources">
      <h2 id="presenter-resources">{t('run.presenter.resources')}</h2>
      <ul>
        {resources.map((resource, index) => (
          <li key={index}>
            <strong>{resource.name}</strong>
            {[resource.contact, resource.hours].filter(Boolean).map((detail, part) => (
              <span key={part}>
                {' · '}
                <WholeNumbers text={detail} />
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
