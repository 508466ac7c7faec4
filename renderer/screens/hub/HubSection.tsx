import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HubProgram, HubSettingsView, HubStatus } from '../../../core/contract/hub';
import { call } from '../../api';
import { FormFooter } from '../../components/FormFooter';
import { useFocusOnRefusal } from '../../components/formErrors';
import { TextField } from '../../components/TextField';
import { usePanels } from '../../components/usePanels';
import { useActionForm } from '../../components/useActionForm';
import { attempt } from '../../data/attempt';
import { useLoad } from '../../data/useLoad';
import { ConnectionForm } from './ConnectionForm';
import { useHubStatus } from './HubStatusContext';
import { JoinForm } from './JoinForms';
import { LeaveProgram } from './LeaveProgram';
import { MembersList } from './MembersList';
import { ProgramListsFacts } from './ProgramListsFacts';
import { DECISIONS_PATH, syncStateText } from './syncWords';
import './hub.css';

const loadSettings = () => call('hub.settings');

/**
 * Settings › Program hub. Off by default: this laptop joins a program with a file from its
 * coordinator, or (for the coordinator) connects to the hub and creates one. Once in a program: its
 * state, the members (coordinator), the connection, and leaving.
 */
export function HubSection() {
  const { t } = useTranslation();
  const hub = useHubStatus();
  const settings = useLoad(loadSettings);
  const [done, setDone] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const changed = (status: HubStatus, message?: string) => {
    hub.replace(status);
    if (message !== undefined) setDone(message);
  };

  let body;
  if (hub.state.status === 'loading' || settings.state.status === 'loading') {
    body = <p role="status">{t('hub.loading')}</p>;
  } else if (hub.state.status === 'failed' || settings.state.status === 'failed') {
    const error = hub.state.status === 'failed' ? hub.state.error : settings.state.status === 'failed' ? settings.state.error : null;
    body = (
      <div className="problem">
        <p>{t('hub.loadFailed', { message: error?.message ?? '' })}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            hub.refresh();
            settings.retry();
          }}
        >
          {t('common.retry')}
        </button>
      </div>
    );
  } else {
    const status = hub.state.value;
    const saved = settings.state.value;
    const savedConnection = (view: HubSettingsView) => settings.replace(view);
    body = status.program ? (
      <>
        <ProgramFacts status={status} program={status.program} onChanged={(next) => changed(next)} />
        {status.members ? <MembersList members={status.members} onChanged={(next) => changed(next)} announce={setDone} /> : null}
        <ProgramListsFacts />
        <div className="hub-block">
          <ConnectionForm level={3} saved={saved} onSaved={savedConnection} />
        </div>
        <LeaveProgram
          program={status.program}
          onLeft={(left) => {
            changed(left.hub, left.deletedWorkshops > 0 ? t('hub.leave.leftDeleted', { count: left.deletedWorkshops }) : t('hub.leave.leftKept'));
            settings.retry();
            headingRef.current?.focus();
          }}
        />
      </>
    ) : (
      <NoProgram
        saved={saved}
        onSavedConnection={savedConnection}
        onJoined={(next, message) => {
          changed(next, message);
          // Joining saved the connection the file carried: show it.
          settings.retry();
        }}
      />
    );
  }

  return (
    <section className="settings-section" aria-labelledby="hub-heading">
      <h2 id="hub-heading" tabIndex={-1} ref={headingRef}>
        {t('hub.heading')}
      </h2>
      <p className="section-intro">{t('hub.intro')}</p>
      <p role="status" className="hub-done">
        {done}
      </p>
      {body}
    </section>
  );
}

/** The program this laptop is in, its sync state and what waits for a person. */
function ProgramFacts({ status, program, onChanged }: { status: HubStatus; program: HubProgram; onChanged: (status: HubStatus) => void }) {
  const { t } = useTranslation();
  const form = useActionForm<never>({});
  const { sync } = status;

  return (
    <section className="hub-block" aria-labelledby="hub-program-heading">
      <h3 id="hub-program-heading">{program.name}</h3>
      <dl className="facts hub-facts">
        <div>
          <dt>{t('hub.program.role')}</dt>
          <dd>{t(`hub.roles.${program.role}`)}</dd>
        </div>
        <div>
          <dt>{t('hub.program.sync')}</dt>
          <dd>{syncStateText(t, sync)}</dd>
        </div>
        <div>
          <dt>{t('hub.program.shared')}</dt>
          <dd>{t('hub.program.sharedCount', { count: program.sharedWorkshops })}</dd>
        </div>
        <div>
          <dt>{t('hub.program.decisions')}</dt>
          <dd>
            {status.pendingDecisions > 0 ? (
              <Link to={DECISIONS_PATH}>{t('hub.sync.decisions', { count: status.pendingDecisions })}</Link>
            ) : (
              t('hub.program.noDecisions')
            )}
          </dd>
        </div>
      </dl>
      {sync.kind === 'needs-you' && sync.why !== 'decisions' ? <p className="notice-inline">{t(`hub.needsYou.${sync.why}`)}</p> : null}
      {form.formError ? (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={form.busy || undefined}
          onClick={() => void form.submit(() => attempt(() => call('hub.syncNow')), onChanged)}
        >
          {form.busy ? t('hub.program.syncing') : t('hub.program.syncNow')}
        </button>
      </div>
    </section>
  );
}

interface NoProgramProps {
  saved: HubSettingsView | null;
  onSavedConnection: (view: HubSettingsView) => void;
  onJoined: (status: HubStatus, message: string) => void;
}

/** Not in a program yet: join with a file, or (the coordinator) connect and create one. */
function NoProgram({ saved, onSavedConnection, onJoined }: NoProgramProps) {
  const { t } = useTranslation();
  const panels = usePanels<'join'>();
  return (
    <>
      <p className="hub-off">{t('hub.off')}</p>
      <section className="hub-block" aria-labelledby="hub-join-heading">
        <h3 id="hub-join-heading">{t('hub.join.sectionHeading')}</h3>
        <p className="field-hint">{t('hub.join.sectionIntro')}</p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            ref={panels.buttonRef('join')}
            aria-expanded={panels.open === 'join'}
            aria-controls={panels.open === 'join' ? 'hub-join-form' : undefined}
            onClick={() => panels.toggle('join')}
          >
            {t('hub.join.button')}
          </button>
        </div>
        {panels.open === 'join' ? (
          <JoinForm
            id="hub-join-form"
            onDone={(status) => onJoined(status, t('hub.join.joined', { program: status.program?.name ?? '' }))}
            onClose={panels.close}
          />
        ) : null}
      </section>
      <section className="hub-block" aria-labelledby="hub-create-heading">
        <h3 id="hub-create-heading">{t('hub.create.sectionHeading')}</h3>
        <p className="field-hint">{t('hub.create.sectionIntro')}</p>
        <ConnectionForm level={4} saved={saved} onSaved={onSavedConnection} />
        <CreateProgramForm
          ready={saved?.passwordSet ?? false}
          onCreated={(status) => onJoined(status, t('hub.create.created', { program: status.program?.name ?? '' }))}
        />
      </section>
    </>
  );
}

/** Names the program and makes it on the hub, with the saved connection. */
function CreateProgramForm({ ready, onCreated }: { ready: boolean; onCreated: (status: HubStatus) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const form = useActionForm<'name'>({ name: t('hub.create.name') });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnRefusal(formRef, form.attempt);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ready) return;
    if (name.trim() === '') {
      form.refuseAt('name', t('hub.create.nameRequired'));
      return;
    }
    void form.submit(() => attempt(() => call('hub.createProgram', { name })), onCreated);
  }

  return (
    <form ref={formRef} className="hub-form" aria-labelledby="hub-create-form-heading" noValidate onSubmit={submit}>
      <h4 id="hub-create-form-heading">{t('hub.create.heading')}</h4>
      {ready ? null : <p className="field-hint">{t('hub.create.needsConnection')}</p>}
      <TextField
        id="hub-program-name"
        label={t('hub.create.name')}
        hint={t('hub.create.nameHint')}
        value={name}
        onChange={setName}
        error={form.errorFor('name')}
      />
      <FormFooter formError={form.formError} busy={form.busy || !ready} submitLabel={t('hub.create.submit')} />
      <p role="status" className="hub-done">
        {form.busy ? t('hub.create.creating') : ''}
      </p>
    </form>
  );
}
