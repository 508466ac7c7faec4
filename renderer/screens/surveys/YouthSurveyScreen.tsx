import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { InstrumentView, SurveyAnswer } from '../../../core/contract/surveys';
import { call, LOCKED_EVENT, toApiError } from '../../api';
import { InLanguage } from '../../components/InLanguage';
import { SecretField } from '../../components/SecretField';
import { shownLanguage } from '../../i18n';
import { answerForKey } from './surveyKeys';
import { useAnswerChoices } from './useAnswerChoices';
import { isYouthSurveyState, type YouthSurveyState } from './youthSurveyState';
import './youth.css';

/**
 * The youth screen: the laptop handed to one young person. Only their survey, one question at a time
 * in the group's language, with large targets, keys and mouse; no roster, no codes, no navigation.
 * Main refuses every other call while it lasts. Done ends it: a protected folder locks (the lock
 * screen), a plain one waits for the facilitator's handover code.
 */
export function YouthSurveyScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const [opening, setOpening] = useState<Opening>(isYouthSurveyState(location.state) ? { kind: 'survey', state: location.state } : { kind: 'asking' });
  const codeHeading = useRef<HTMLHeadingElement>(null);

  // Opened without the page's hand-over (a reload): main says where the handover is, and holds the questions.
  useEffect(() => {
    if (opening.kind !== 'asking') return;
    void reopen().then(setOpening, () => setOpening({ kind: 'lost' }));
  }, [opening.kind]);

  if (opening.kind === 'asking') return null;
  if (opening.kind === 'lost') return <LostScreen />;
  if (opening.kind === 'over') return <Navigate to="/workshops" replace />;
  if (opening.kind === 'code') {
    return (
      <main className="survey-youth-main">
        <CodePrompt headingRef={codeHeading} onLeft={() => void navigate('/workshops', { replace: true })} />
      </main>
    );
  }
  return (
    <InLanguage language={shownLanguage(opening.state.language)} className="survey-youth-page">
      <YouthSurvey state={opening.state} />
    </InLanguage>
  );
}

type Opening = { kind: 'asking' } | { kind: 'survey'; state: YouthSurveyState } | { kind: 'code' } | { kind: 'over' } | { kind: 'lost' };

/** Where a handover stands after a reload: still answering (its questions), waiting for the code, or over. */
async function reopen(): Promise<Opening> {
  const status = await call('surveys.handoverStatus');
  if (status.state === 'code-needed') return { kind: 'code' };
  if (status.state === 'off') return { kind: 'over' };
  const view = await call('surveys.handoverQuestions');
  return {
    kind: 'survey',
    state: {
      instrument: { ...view.instrument, given: [], openText: false, scales: [] },
      answers: view.answers,
      language: view.language,
      returnTo: '/workshops',
    },
  };
}

function LostScreen() {
  const { t } = useTranslation();
  return (
    <main className="survey-youth-page">
      <p role="alert">{t('surveys.youth.lost')}</p>
    </main>
  );
}

type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'review' } | { kind: 'code' };
type SaveState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string } | undefined;

function YouthSurvey({ state }: { state: YouthSurveyState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { instrument } = state;
  const items = instrument.items.filter((item) => item.kind !== 'open-text');
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [answers, setAnswers] = useState<Record<string, SurveyAnswer>>(state.answers);
  const [saving, setSaving] = useState<SaveState>(undefined);
  const [finishing, setFinishing] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);

  useLayoutEffect(() => {
    document.title = instrument.title;
    heading.current?.focus();
  }, [step, instrument.title]);

  const answer = useCallback(async (itemId: string, value: SurveyAnswer | undefined) => {
    const seq = ++latest.current;
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[itemId];
      else next[itemId] = value;
      return next;
    });
    setSaving({ kind: 'saving' });
    try {
      const view = await call('surveys.handoverAnswer', { itemId, answer: value ?? null });
      if (seq !== latest.current) return;
      setAnswers(view.answers);
      setSaving({ kind: 'saved' });
    } catch (error) {
      if (seq !== latest.current) return;
      setSaving({ kind: 'failed', message: toApiError(error).message });
    }
  }, []);

  function goTo(next: Step) {
    setSaving(undefined);
    setStep(next);
  }

  async function finish() {
    setFinishing(t('surveys.youth.finishing'));
    try {
      const status = await call('surveys.handoverFinish');
      if (status.state === 'code-needed') return goTo({ kind: 'code' });
      // A protected folder is locked now: back to the facilitator's page, behind the lock screen.
      await navigate(state.returnTo, { replace: true });
      window.dispatchEvent(new Event(LOCKED_EVENT));
    } catch (error) {
      setFinishing(t('surveys.youth.finishFailed', { message: toApiError(error).message }));
    }
  }

  return (
    <main className="survey-youth-main">
      <p className="survey-youth-survey-title">{instrument.title}</p>
      {step.kind === 'intro' ? (
        <section className="survey-youth-card" aria-labelledby="youth-heading">
          <h1 id="youth-heading" ref={heading} tabIndex={-1}>
            {t('surveys.youth.welcome')}
          </h1>
          <p className="survey-youth-intro">{instrument.intro}</p>
          <div className="survey-youth-actions">
            <button type="button" className="button button--primary survey-youth-button" onClick={() => goTo({ kind: 'question', index: 0 })}>
              {t('surveys.youth.begin')}
            </button>
          </div>
        </section>
      ) : null}
      {step.kind === 'question' ? (
        <Question
          key={step.index}
          instrument={instrument}
          index={step.index}
          count={items.length}
          item={items[step.index]!}
          answer={answers[items[step.index]!.id]}
          saving={saving}
          headingRef={heading}
          onAnswer={(value) => void answer(items[step.index]!.id, value)}
          onBack={() => goTo(step.index === 0 ? { kind: 'intro' } : { kind: 'question', index: step.index - 1 })}
          onNext={() => goTo(step.index + 1 < items.length ? { kind: 'question', index: step.index + 1 } : { kind: 'review' })}
        />
      ) : null}
      {step.kind === 'review' ? (
        <section className="survey-youth-card" aria-labelledby="youth-heading">
          <h1 id="youth-heading" ref={heading} tabIndex={-1}>
            {t('surveys.youth.finishTitle')}
          </h1>
          <p className="survey-youth-intro">{t('surveys.youth.finishText')}</p>
          {items.some((item) => answers[item.id] === undefined) ? (
            <p>{t('surveys.youth.unanswered', { count: items.filter((item) => answers[item.id] === undefined).length })}</p>
          ) : null}
          <div className="survey-youth-actions">
            <button type="button" className="button button--secondary survey-youth-button" onClick={() => goTo({ kind: 'question', index: items.length - 1 })}>
              {t('surveys.youth.review')}
            </button>
            <button type="button" className="button button--primary survey-youth-button" onClick={() => void finish()}>
              {t('surveys.youth.done')}
            </button>
          </div>
          {finishing ? <p role="status">{finishing}</p> : null}
        </section>
      ) : null}
      {step.kind === 'code' ? <CodePrompt headingRef={heading} onLeft={() => void navigate(state.returnTo, { replace: true })} /> : null}
    </main>
  );
}

interface QuestionProps {
  instrument: InstrumentView;
  index: number;
  count: number;
  item: InstrumentView['items'][number];
  answer: SurveyAnswer | undefined;
  saving: SaveState;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onAnswer: (value: SurveyAnswer | undefined) => void;
  onBack: () => void;
  onNext: () => void;
}

/** One question: its choices as large buttons (or the keys printed on them), back, skip or next, and whether the answer is saved. */
function Question({ instrument, index, count, item, answer, saving, headingRef, onAnswer, onBack, onNext }: QuestionProps) {
  const { t } = useTranslation();
  const choicesOf = useAnswerChoices();
  const choices = choicesOf(instrument, item);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onNext();
      return;
    }
    const result = answerForKey(item, event.key);
    if (result.kind !== 'answer') return;
    if (!choices.some((choice) => choice.answer === result.answer)) return;
    event.preventDefault();
    onAnswer(result.answer);
  }

  return (
    <section className="survey-youth-card" aria-labelledby="youth-heading" onKeyDown={onKeyDown}>
      <p className="survey-youth-progress-text">{t('surveys.youth.progress', { number: index + 1, count })}</p>
      <progress className="survey-youth-progress" max={count} value={index + 1} aria-hidden="true" />
      <h1 id="youth-heading" ref={headingRef} tabIndex={-1} className="survey-youth-question">
        {item.text}
      </h1>
      <div role="group" aria-labelledby="youth-heading" className="survey-youth-choices">
        {choices.map((choice) => (
          <button
            key={String(choice.answer)}
            type="button"
            className="survey-youth-choice"
            aria-pressed={answer === choice.answer}
            aria-keyshortcuts={choice.mark.toLocaleLowerCase()}
            onClick={() => onAnswer(answer === choice.answer ? undefined : choice.answer)}
          >
            <span className="survey-youth-choice-mark" aria-hidden="true">
              {choice.mark}
            </span>
            <span>{choice.label}</span>
          </button>
        ))}
      </div>
      {saving?.kind === 'failed' ? (
        <p role="alert" className="field-error">
          {t('surveys.youth.failed', { message: saving.message })}
        </p>
      ) : null}
      <div className="survey-youth-actions">
        <button type="button" className="button button--secondary survey-youth-button" onClick={onBack}>
          {t('surveys.youth.back')}
        </button>
        <p className="survey-youth-saved" aria-live="polite">
          {saving?.kind === 'saving' ? t('surveys.youth.saving') : null}
          {saving?.kind === 'saved' ? t('surveys.youth.saved') : null}
        </p>
        <button type="button" className="button button--primary survey-youth-button" onClick={onNext}>
          {answer === undefined ? t('surveys.youth.skip') : t('surveys.youth.next')}
        </button>
      </div>
    </section>
  );
}

/** In a plain data folder: the facilitator's handover code leaves the youth screen. */
function CodePrompt({ headingRef, onLeft }: { headingRef: React.RefObject<HTMLHeadingElement | null>; onLeft: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);

  async function unlock(event: FormEvent) {
    event.preventDefault();
    if (!code) return;
    try {
      const next = await call('surveys.handoverUnlock', { code });
      if (next.state === 'off') onLeft();
    } catch (error) {
      // Worded by main's code: a wrong code, or too many tries and how long to wait.
      setCode('');
      setProblem(toApiError(error).message);
    }
  }

  return (
    <section className="survey-youth-card" aria-labelledby="youth-heading">
      <h1 id="youth-heading" ref={headingRef} tabIndex={-1}>
        {t('surveys.youth.finishTitle')}
      </h1>
      <p className="survey-youth-intro">{t('surveys.youth.finishText')}</p>
      <form className="survey-youth-code" aria-labelledby="survey-youth-code-heading" onSubmit={(event) => void unlock(event)}>
        <h2 id="survey-youth-code-heading">{t('surveys.youth.codeHeading')}</h2>
        <SecretField id="youth-handover-code" label={t('surveys.youth.codeLabel')} value={code} onChange={setCode} error={problem} announceError />
        <button type="submit" className="button button--primary">
          {t('surveys.youth.unlock')}
        </button>
      </form>
    </section>
  );
}
