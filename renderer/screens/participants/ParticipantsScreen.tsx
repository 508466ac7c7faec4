import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ParticipantView } from '../../../core/contract/planning';
import { call, issueField, toApiError, type ApiError } from '../../api';
import { Screen } from '../../components/Screen';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { useLoad } from '../../data/useLoad';
import type { Outcome } from '../../data/useSaveStatus';
import { blankParticipant, byCode, inputOf, matchesSearch, type ParticipantValues } from './history';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantItem } from './ParticipantItem';
import './participants.css';

const loadParticipants = () => call('participants.list');
const formFields = ['code', 'initials', 'pronouns', 'fullName'];

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; text: string } | { kind: 'failed'; error: ApiError; atField: boolean };

/**
 * The participant registry: everyone by program code, where they are now and where they have been.
 * Add, edit, and remove someone who was never enrolled; histories are kept.
 */
export function ParticipantsScreen() {
  const { t } = useTranslation();
  const list = useLoad(loadParticipants);
  const settings = useSettings();
  const allowFullNames = settings.state.status === 'ready' && settings.state.value.preferences.allowFullNames;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { replace } = list;
  const current = list.state.status === 'ready' ? list.state.value : null;

  async function run<T>(work: () => Promise<T>, done: (value: T) => string): Promise<Outcome<T>> {
    setStatus({ kind: 'saving' });
    try {
      const value = await work();
      setStatus({ kind: 'saved', text: done(value) });
      return { ok: true, value };
    } catch (thrown) {
      const error = toApiError(thrown);
      setStatus({ kind: 'failed', error, atField: error.issues.some((issue) => formFields.includes(issueField(issue.path))) });
      return { ok: false, error };
    }
  }

  // A refusal found in the form before sending is reported like one from the app.
  const refused = (error: ApiError) =>
    void run(
      () => Promise.reject(error),
      () => '',
    );

  function upsert(saved: ParticipantView) {
    const others = (current ?? []).filter((view) => view.participant.id !== saved.participant.id);
    replace([...others, saved]);
  }

  const save = (values: ParticipantValues, id: string | undefined) =>
    run(
      () => call('participants.save', inputOf(values, id, allowFullNames)),
      (saved) => {
        upsert(saved);
        return id === undefined ? t('participants.added', { code: saved.participant.code }) : t('participants.saved', { code: saved.participant.code });
      },
    );

  const remove = (id: string) => {
    const code = current?.find((view) => view.participant.id === id)?.participant.code ?? '';
    return run(
      () => call('participants.remove', { id }),
      (remaining) => {
        replace(remaining);
        listHeading.current?.focus();
        return t('participants.removed', { code });
      },
    );
  };

  // Closing the add form puts focus back on the button that opened it.
  const focusAddButton = useRef(false);
  useLayoutEffect(() => {
    if (adding || !focusAddButton.current) return;
    focusAddButton.current = false;
    addButton.current?.focus();
  }, [adding]);

  function closeAdd() {
    focusAddButton.current = true;
    setAdding(false);
  }

  // A form closed without saving takes its failure message with it.
  const forgetFailure = () => setStatus((previous) => (previous.kind === 'failed' ? { kind: 'idle' } : previous));

  return (
    <Screen title={t('participants.title')}>
      <div className="ppl-privacy">
        <p>{t('participants.privacy')}</p>
        <p>{allowFullNames ? t('participants.privacyNames') : t('participants.privacyNoNames')}</p>
      </div>

      {list.state.status === 'loading' ? <p role="status">{t('participants.loading')}</p> : null}
      {list.state.status === 'failed' ? (
        <div role="alert">
          <p>{t('participants.loadFailed', { message: list.state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={list.retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {current ? (
        <>
          {adding ? (
            <section className="ppl-add" aria-labelledby="participant-add-heading">
              <h2 id="participant-add-heading">{t('participants.addHeading')}</h2>
              <ParticipantForm
                idPrefix="participant-new"
                labelledBy="participant-add-heading"
                initial={blankParticipant}
                submitLabel={t('participants.addSubmit')}
                allowFullNames={allowFullNames}
                onSubmit={(values) => save(values, undefined)}
                onSaved={closeAdd}
                onRefused={refused}
                onCancel={() => {
                  forgetFailure();
                  closeAdd();
                }}
              />
              <StatusLine status={status} />
            </section>
          ) : (
            <div className="ppl-toolbar">
              <button type="button" className="button button--primary" ref={addButton} onClick={() => setAdding(true)}>
                {t('participants.add')}
              </button>
              <StatusLine status={status} />
            </div>
          )}
          <Registry
            participants={current}
            allowFullNames={allowFullNames}
            headingRef={listHeading}
            save={(values, id) => save(values, id)}
            remove={remove}
            onRefused={refused}
            onCancel={forgetFailure}
          />
        </>
      ) : null}
    </Screen>
  );
}

function StatusLine({ status }: { status: Status }) {
  const { t } = useTranslation();
  let text = '';
  if (status.kind === 'saving') text = t('status.saving');
  else if (status.kind === 'saved') text = status.text;
  else if (status.kind === 'failed') text = status.atField ? t('status.failedField') : t('status.failed', { message: status.error.message });
  return (
    <p role="status" className={`save-status save-status--${status.kind} ppl-status`}>
      {text}
    </p>
  );
}

interface RegistryProps {
  participants: ParticipantView[];
  allowFullNames: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  save: (values: ParticipantValues, id: string) => Promise<Outcome<unknown>>;
  remove: (id: string) => Promise<Outcome<unknown>>;
  onRefused: (error: ApiError) => void;
  onCancel: () => void;
}

/** The searchable list. The search is kept in the URL (`?q=`), like the library's filters. */
function Registry({ participants, allowFullNames, headingRef, save, remove, onRefused, onCancel }: RegistryProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = participants.filter((view) => matchesSearch(view, query, allowFullNames)).sort(byCode);

  function setQuery(value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set('q', value);
    else next.delete('q');
    setParams(next, { replace: true });
  }

  return (
    <section className="ppl-registry" aria-labelledby="participants-list-heading">
      <h2 id="participants-list-heading" tabIndex={-1} ref={headingRef}>
        {t('participants.listHeading')}
      </h2>
      {participants.length === 0 ? (
        <p className="empty">{t('participants.empty')}</p>
      ) : (
        <>
          <div className="ppl-search" role="search">
            <TextField
              id="participant-search"
              label={allowFullNames ? t('participants.searchWithNames') : t('participants.search')}
              value={query}
              onChange={setQuery}
            />
          </div>
          <p className="result-count" role="status">
            {shown.length === participants.length
              ? t('participants.count', { count: participants.length })
              : t('participants.countFiltered', { count: shown.length, total: participants.length })}
          </p>
          {shown.length === 0 ? <p className="empty">{t('participants.noMatch', { query: query.trim() })}</p> : null}
          <ul className="ppl-list">
            {shown.map((view) => (
              <li key={view.participant.id}>
                <ParticipantItem view={view} allowFullNames={allowFullNames} save={save} remove={remove} onRefused={onRefused} onCancel={onCancel} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
