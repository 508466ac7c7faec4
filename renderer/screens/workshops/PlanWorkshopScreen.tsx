import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { LibraryModule } from '../../../core/domain/curriculum/library';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import type { Settings } from '../../../core/domain/settings';
import { call, toApiError, type ApiError } from '../../api';
import { Screen } from '../../components/Screen';
import { useSettings } from '../../data/SettingsProvider';
import { useLoad, type Loaded } from '../../data/useLoad';
import {
  checkStep,
  createInput,
  emptyDraft,
  fieldOfIssue,
  fieldValue,
  issuesByFieldKey,
  previewInput,
  stepKeys,
  stepOfField,
  withModuleDefaults,
  type FieldKey,
  type PlanDraft,
  type StepKey,
} from './planDraft';
import { discardDraft, keepDraft, keptDraft, type KeptDraft } from './keptDraft';
import { focusField, issueMessages, problemMessages } from './planFields';
import { SchedulePreviewPanel } from './SchedulePreviewPanel';
import { DetailsStep } from './steps/DetailsStep';
import { FacilitatorsStep } from './steps/FacilitatorsStep';
import { ModuleStep } from './steps/ModuleStep';
import { ReviewStep } from './steps/ReviewStep';
import { RosterStep } from './steps/RosterStep';
import { ScheduleStep } from './steps/ScheduleStep';
import { defaultTimeZone } from '../../format/timeZones';
import { useSchedulePreview } from './useSchedulePreview';
import './workshops.css';

const loadModules = () => call('curricula.list');
const loadParticipants = () => call('participants.list');

/**
 * "Plan a workshop": six steps, each checked before the next; nothing is saved until "Create workshop".
 * A plan left half-filled is kept for the session and offered again on coming back.
 */
export function PlanWorkshopScreen() {
  const { t } = useTranslation();
  const settings = useSettings();
  const [unfinished] = useState(keptDraft);
  const [start, setStart] = useState<'ask' | 'resume' | 'fresh'>(unfinished ? 'ask' : 'fresh');
  if (settings.state.status !== 'ready') {
    return (
      <Screen title={t('workshops.plan.title')} wide>
        {settings.state.status === 'loading' ? (
          <p role="status">{t('workshops.plan.loadingSettings')}</p>
        ) : (
          <div role="alert" className="panel panel--error">
            <p>{t('workshops.plan.settingsFailed', { message: settings.state.error.message })}</p>
            <button type="button" className="button button--secondary" onClick={settings.retry}>
              {t('common.retry')}
            </button>
          </div>
        )}
      </Screen>
    );
  }
  if (start === 'ask' && unfinished) {
    return (
      <ResumeOffer
        unfinished={unfinished}
        onResume={() => setStart('resume')}
        onStartOver={() => {
          discardDraft();
          setStart('fresh');
        }}
      />
    );
  }
  return <PlanWizard settings={settings.state.value} resumed={start === 'resume' ? (unfinished ?? undefined) : undefined} />;
}

/** Coming back to a plan left half-filled: take it up again, or start over. */
function ResumeOffer({ unfinished, onResume, onStartOver }: { unfinished: KeptDraft; onResume: () => void; onStartOver: () => void }) {
  const { t } = useTranslation();
  const title = unfinished.draft.title.trim();
  return (
    <Screen title={t('workshops.plan.title')} wide>
      <div className="panel plan-resume" role="group" aria-labelledby="plan-resume-heading">
        <h2 id="plan-resume-heading">{t('workshops.plan.draft.heading')}</h2>
        <p>
          {title
            ? t('workshops.plan.draft.named', { title, step: unfinished.step + 1, total: stepKeys.length })
            : t('workshops.plan.draft.unnamed', { step: unfinished.step + 1, total: stepKeys.length })}
        </p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={onResume}>
            {t('workshops.plan.draft.resume')}
          </button>
          <button type="button" className="button button--secondary" onClick={onStartOver}>
            {t('workshops.plan.draft.startOver')}
          </button>
        </div>
      </div>
    </Screen>
  );
}

/** The module chosen in step 1, loaded in full (sessions, pace, roles) whenever the choice changes. */
function useChosenModule(moduleId: string) {
  const [state, setState] = useState<{ id: string; loaded: Loaded<LibraryModule> } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!moduleId) {
      setState(null);
      return;
    }
    let current = true;
    setState({ id: moduleId, loaded: { status: 'loading' } });
    call('curricula.get', { id: moduleId }).then(
      (value) => {
        if (current) setState({ id: moduleId, loaded: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setState({ id: moduleId, loaded: { status: 'failed', error: toApiError(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [moduleId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const loaded = state?.id === moduleId ? state.loaded : null;
  return { loaded, module: loaded?.status === 'ready' ? loaded.value.module : undefined, retry };
}

function PlanWizard({ settings, resumed }: { settings: Settings; resumed?: KeptDraft | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [requestedId] = useState(() => params.get('module') ?? '');
  const modules = useLoad(loadModules);
  const participants = useLoad(loadParticipants);
  const [draft, setDraft] = useState<PlanDraft>(() => resumed?.draft ?? emptyDraft(requestedId, defaultTimeZone(), settings.preferences.language));
  const chosen = useChosenModule(draft.moduleId);
  const module = chosen.module;
  const [step, setStep] = useState(resumed?.step ?? 0);
  const [reached, setReached] = useState(resumed?.reached ?? 0);
  const created = useRef(false);

  // Once past the first step, the plan is kept as it grows, so leaving the screen loses nothing.
  useEffect(() => {
    if (reached > 0 && !created.current) keepDraft({ draft, step, reached });
  }, [draft, step, reached]);
  // Each message remembers the value it was about: it goes away as soon as the user changes that field.
  const [errors, setErrorState] = useState<Record<FieldKey, { message: string; value: string }>>({});
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A resumed plan opens on its step, with focus on the step's heading.
  const moveFocus = useRef<'heading' | FieldKey | null>(resumed ? 'heading' : null);
  const preview = useSchedulePreview(previewInput(draft, settings.facilitators));

  // A module asked for in the address but missing from the library is dropped (and said so on step 1).
  const missingId = modules.state.status === 'ready' && requestedId && !modules.state.value.some((summary) => summary.id === requestedId) ? requestedId : '';
  useEffect(() => {
    if (missingId) setDraft((current) => (current.moduleId === missingId ? { ...current, moduleId: '' } : current));
  }, [missingId]);

  // Fill the module's defaults once per module chosen, keeping what the user already changed.
  const defaultsFrom = useRef<CurriculumModule | undefined>(undefined);
  useEffect(() => {
    if (!module || defaultsFrom.current?.id === module.id) return;
    const previous = defaultsFrom.current;
    defaultsFrom.current = module;
    setDraft((current) => withModuleDefaults(current, module, previous));
  }, [module]);

  useLayoutEffect(() => {
    const target = moveFocus.current;
    moveFocus.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target) focusField(target);
  }, [step, errors]);

  function setErrors(messages: Record<FieldKey, string>) {
    setErrorState(Object.fromEntries(Object.entries(messages).map(([field, message]) => [field, { message, value: fieldValue(draft, field) }])));
  }
  const shownError = (field: FieldKey) => {
    const entry = errors[field];
    return entry && entry.value === fieldValue(draft, field) ? entry.message : undefined;
  };

  const update = useCallback((change: (current: PlanDraft) => PlanDraft) => setDraft(change), []);

  const previewErrors =
    preview.status === 'failed'
      ? issueMessages(t, issuesByFieldKey(preview.error.issues.filter((issue) => issue.path.startsWith('plan.'))), preview.error)
      : {};
  const errorFor = (field: FieldKey) => shownError(field) ?? (stepKeys[step] === 'schedule' ? previewErrors[field] : undefined);

  /** The fields that stop the user leaving `key`, with their messages. */
  function blockers(key: StepKey): Record<FieldKey, string> {
    const found = problemMessages(t, checkStep(key, draft, { module }));
    if (key === 'schedule' && Object.keys(found).length === 0) return previewErrors;
    return found;
  }

  /** Goes to step `target`; going forward checks every step on the way and stops at the first with a problem. */
  function goTo(target: number) {
    for (let index = step; index < target; index++) {
      const found = blockers(stepKeys[index]!);
      const first = Object.keys(found)[0];
      if (first !== undefined) {
        setErrors(found);
        moveFocus.current = first;
        if (index !== step) setStep(index);
        return;
      }
    }
    setErrors({});
    setCreateError(null);
    moveFocus.current = 'heading';
    setStep(target);
    setReached((furthest) => Math.max(furthest, target));
  }

  async function create() {
    if (creating) return;
    for (let index = 0; index < stepKeys.length - 1; index++) {
      if (Object.keys(blockers(stepKeys[index]!)).length > 0) return goTo(stepKeys.length - 1);
    }
    setCreating(true);
    setCreateError(null);
    try {
      const view = await call('workshops.create', createInput(draft, settings.facilitators));
      created.current = true;
      discardDraft();
      void navigate(`/workshops/${view.workshop.id}`);
    } catch (thrown) {
      const error = toApiError(thrown);
      setCreating(false);
      setCreateError(error);
      const byField = issuesByFieldKey(error.issues);
      const fields = Object.keys(byField).filter((field) => stepOfField(field) !== 'review');
      if (fields.length === 0) return;
      // Send the user to the earliest step holding a field the app refused, with the message next to it.
      const target = Math.min(...fields.map((field) => stepKeys.indexOf(stepOfField(field))));
      const messages = issueMessages(t, byField, error);
      setErrors(messages);
      moveFocus.current = fields.find((field) => stepKeys.indexOf(stepOfField(field)) === target) ?? 'heading';
      setStep(target);
    }
  }

  const key = stepKeys[step]!;
  const previewPanel = <SchedulePreviewPanel state={preview} module={module} timeZone={draft.timeZone} />;
  const shared = { draft, setDraft: update, errorFor, module, settings };
  const createFailure = createError ? (
    <p className="form-error plan-create-error" role="alert">
      {createError.issues.some((issue) => stepOfField(fieldOfIssue(issue.path)) !== 'review')
        ? t('workshops.plan.review.failedField')
        : t('workshops.plan.review.failed', { message: createError.message })}
    </p>
  ) : null;

  return (
    <Screen title={t('workshops.plan.title')} wide>
      <nav aria-label={t('curricula.breadcrumb')} className="breadcrumb">
        <Link to="/workshops">{t('workshops.title')}</Link>
      </nav>
      <p className="screen-intro">{t('workshops.plan.intro')}</p>

      <StepList current={step} reached={reached} onGo={goTo} />

      <section className="plan-step" aria-labelledby="plan-step-heading">
        <h2 id="plan-step-heading" tabIndex={-1} ref={headingRef}>
          {t('workshops.plan.stepHeading', { number: step + 1, total: stepKeys.length, name: t(`workshops.plan.steps.${key}`) })}
        </h2>
        {createFailure}
        {key === 'module' ? (
          <ModuleStep
            draft={draft}
            setDraft={update}
            errorFor={errorFor}
            modules={modules.state}
            retryModules={modules.retry}
            chosen={chosen.loaded}
            retryChosen={chosen.retry}
            missingId={missingId}
          />
        ) : null}
        {key === 'details' ? <DetailsStep {...shared} /> : null}
        {key === 'facilitators' ? <FacilitatorsStep {...shared} /> : null}
        {key === 'schedule' ? <ScheduleStep {...shared} preview={previewPanel} /> : null}
        {key === 'roster' ? (
          <RosterStep
            {...shared}
            participants={participants.state}
            retry={participants.retry}
            onAdded={(view) => {
              if (participants.state.status === 'ready') participants.replace([...participants.state.value, view]);
            }}
          />
        ) : null}
        {key === 'review' ? (
          <ReviewStep {...shared} participants={participants.state.status === 'ready' ? participants.state.value : []} preview={previewPanel} />
        ) : null}

        <div className="plan-nav">
          {step > 0 ? (
            <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)}>
              {t('workshops.plan.back')}
            </button>
          ) : null}
          {key === 'review' ? (
            <button type="button" className="button button--primary" aria-disabled={creating || undefined} onClick={() => void create()}>
              {creating ? t('workshops.plan.review.creating') : t('workshops.plan.review.create')}
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => goTo(step + 1)}>
              {t('workshops.plan.next')}
            </button>
          )}
        </div>
        <p role="status" className="visually-hidden">
          {creating ? t('workshops.plan.review.creating') : ''}
        </p>
      </section>
    </Screen>
  );
}

/** The steps as a list: the current one marked, earlier (and already reached) ones can be gone back to. */
function StepList({ current, reached, onGo }: { current: number; reached: number; onGo: (step: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('workshops.plan.stepsLabel')}>
      <ol className="plan-steps">
        {stepKeys.map((key, index) => {
          const name = t(`workshops.plan.steps.${key}`);
          const state = index === current ? 'current' : index < current || index <= reached ? 'reachable' : 'ahead';
          return (
            <li key={key} className={`plan-steps-item plan-steps-item--${state}`} aria-current={index === current ? 'step' : undefined}>
              {state === 'reachable' ? (
                <button type="button" className="plan-steps-button" onClick={() => onGo(index)}>
                  <span className="plan-steps-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {name}
                  {index < current ? <span className="visually-hidden"> {t('workshops.plan.stepDone')}</span> : null}
                </button>
              ) : (
                <span className="plan-steps-label">
                  <span className="plan-steps-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {name}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
