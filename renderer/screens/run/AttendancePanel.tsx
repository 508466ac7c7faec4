import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import type { AttendanceStatus } from '../../../core/domain/attendance';
import { useSettings } from '../../data/SettingsProvider';
import { AttendanceCounts, KeysHelp } from './attendance/AttendanceCounts';
import { InlineQuestion } from './attendance/InlineQuestion';
import { firstAttendedStatus, isPastMeeting, matchesQuery, readOnlyReason, type MarkValue } from './attendance/marks';
import { ReasonChooser } from './attendance/ReasonChooser';
import { RosterGrid, useMarkText } from './attendance/RosterGrid';
import { useMarking } from './attendance/useMarking';
import { usePresence } from './attendance/usePresence';
import { useRosterFocus } from './attendance/useRosterFocus';
import { WalkInForm } from './attendance/WalkInForm';
import './attendance/attendance.css';
import { useBuiltInLabels } from '../../format/useBuiltInLabels';

export interface CurrentActivity {
  sessionId: string;
  activityId: string;
  title: string;
}

export interface AttendancePanelProps {
  view: MeetingRunView;
  /** After a call that returns a whole new view (walk-in, presence). */
  onViewChange: (view: MeetingRunView) => void;
  /** The activity running now, for "passed" and "stepped out" marks; absent before the session starts. */
  currentActivity?: CurrentActivity | undefined;
}

/** A question waiting for an answer before a change: where it is shown, and what "yes" does. */
type Question = { kind: 'past'; anchor: string; proceed: () => void; back: () => void } | { kind: 'replace'; marked: number; unmarked: number };

interface Choosing {
  id: string;
  statusId: string;
  col: number;
  /** Marking by key moves on to the next participant; a click stays. */
  moveOn: boolean;
}

const TOOLBAR = 'toolbar';

/**
 * Taking attendance for one meeting, keyboard first: ↑/↓ (or j/k) move, a status's key marks and
 * moves on, Backspace clears, Ctrl+Z undoes. Every mark is saved on its own, at once.
 * The runner gives it its section and heading.
 */
export function AttendancePanel({ view, onViewChange, currentActivity }: AttendancePanelProps) {
  const { t } = useTranslation();
  const settings = useSettings();
  const allowFullNames = settings.state.status === 'ready' && settings.state.value.preferences.allowFullNames;
  const { marks, counts, rowStates, mark, markAll, undo, canUndo } = useMarking(view);
  const markText = useMarkText(view.statuses, view.absenceReasons);

  const readOnly = readOnlyReason(view);
  const editable = readOnly === null;
  const past = isPastMeeting(view);
  const labels = useBuiltInLabels();
  const attended = firstAttendedStatus(view.statuses);
  const attendedStatus = attended && { ...attended, label: labels.status(attended) };

  const [pastConfirmed, setPastConfirmed] = useState(false);
  const [question, setQuestion] = useState<Question | null>(null);
  const [choosing, setChoosing] = useState<Choosing | null>(null);
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState({ text: '', failed: false });
  const [walkInOpen, setWalkInOpen] = useState(false);

  const gridRef = useRef<HTMLDivElement>(null);
  const allButton = useRef<HTMLButtonElement>(null);
  const walkInButton = useRef<HTMLButtonElement>(null);
  const focusCode = useRef<string | null>(null);

  const announce = useCallback((text: string, failed = false) => setAnnouncement({ text, failed }), []);
  const byId = useMemo(() => new Map(view.roster.map((participant) => [participant.id, participant])), [view.roster]);
  const codeOf = (id: string) => byId.get(id)?.code ?? '';
  const shown = useMemo(() => view.roster.filter((participant) => matchesQuery(participant, query, allowFullNames)), [view.roster, query, allowFullNames]);
  const shownIds = useMemo(() => shown.map((participant) => participant.id), [shown]);
  const focus = useRosterFocus(gridRef, shownIds);
  const { focusCell } = focus;
  const presence = usePresence(view, editable ? currentActivity : undefined, onViewChange, announce, codeOf);
  const marked = view.roster.filter((participant) => marks.has(participant.id)).length;
  // The presence toggles show on rows marked as attended: their hint too, once there is one.
  const attendedIds = new Set(view.statuses.filter((status) => status.countsAsAttended).map((status) => status.id));
  const anyAttended = [...marks.values()].some((value) => attendedIds.has(value.statusId));

  // A walk-in arrives in a new view: focus their row.
  useLayoutEffect(() => {
    const code = focusCode.current?.toLocaleLowerCase();
    if (code === undefined) return;
    const added = view.roster.find((participant) => participant.code.toLocaleLowerCase() === code);
    if (!added) return;
    focusCode.current = null;
    focusCell(added.id, 0);
  }, [view.roster, focusCell]);

  // A mark can make a row taller (its presence toggles appear) and push the focused row down: keep it in view.
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || !gridRef.current?.contains(focused)) return;
    focused.closest<HTMLElement>('[data-row-id]')?.scrollIntoView?.({ block: 'nearest' });
  }, [marks]);

  /** A past meeting asks once, before its first change. */
  function guard(anchor: string, proceed: () => void, back: () => void) {
    if (!past || pastConfirmed) proceed();
    else setQuestion({ kind: 'past', anchor, proceed, back });
  }

  async function commit(id: string, value: MarkValue | undefined, after: { moveOn: boolean; col: number; refocus: boolean }) {
    const code = codeOf(id);
    announce(t('attendance.announce', { code, mark: markText(value) }));
    if (after.moveOn) focus.moveRow(id, 1, after.col);
    else if (after.refocus) focus.focusCell(id, after.col);
    const outcome = await mark(id, value, { confirmPastEdit: past, record: true });
    if (!outcome.ok) announce(t('attendance.announceFailed', { code, message: outcome.message }), true);
  }

  function requestStatus(id: string, status: AttendanceStatus, col: number, byKey: boolean) {
    const current = marks.get(id);
    // A click on the pressed button takes the mark off; the same key again moves on (for an
    // absence it asks for the reason again, to change it).
    if (current?.statusId === status.id && !byKey) return requestClear(id, col);
    if (current?.statusId === status.id && !status.isAbsence) return focus.moveRow(id, 1, col);
    guard(
      id,
      () => {
        if (status.isAbsence) setChoosing({ id, statusId: status.id, col, moveOn: byKey });
        else void commit(id, { statusId: status.id }, { moveOn: byKey, col, refocus: !byKey });
      },
      () => focus.focusCell(id, col),
    );
  }

  function requestClear(id: string, col: number) {
    if (!marks.has(id)) return;
    guard(
      id,
      () => void commit(id, undefined, { moveOn: false, col, refocus: true }),
      () => focus.focusCell(id, col),
    );
  }

  function chooseReason(reasonId: string | undefined) {
    if (!choosing) return;
    setChoosing(null);
    const { id, statusId, col, moveOn } = choosing;
    void commit(id, reasonId ? { statusId, reasonId } : { statusId }, { moveOn, col, refocus: true });
  }

  function cancelReason() {
    if (!choosing) return;
    setChoosing(null);
    focus.focusCell(choosing.id, choosing.col);
  }

  function requestAll() {
    if (!attendedStatus) return;
    guard(
      TOOLBAR,
      () => {
        if (marked === 0) void runMarkAll(false);
        else setQuestion({ kind: 'replace', marked, unmarked: view.roster.length - marked });
      },
      () => allButton.current?.focus(),
    );
  }

  async function runMarkAll(overwrite: boolean) {
    if (!attendedStatus) return;
    setQuestion(null);
    allButton.current?.focus();
    const outcome = await markAll(attendedStatus.id, overwrite, { confirmPastEdit: past });
    if (!outcome.ok) announce(t('attendance.allFailed', { message: outcome.message }), true);
    else if (outcome.changed.length === 0) announce(t('attendance.announceNone'));
    else announce(t('attendance.announceAll', { count: outcome.changed.length, status: attendedStatus.label }));
  }

  async function runUndo(byKey: boolean) {
    const result = await undo({ confirmPastEdit: past });
    if (!result) return;
    const [single] = result.undone;
    if (result.undone.length === 1 && single) {
      announce(t('attendance.announceUndo', { code: codeOf(single.participantId), mark: markText(single.previous) }));
      if (byKey && shownIds.includes(single.participantId)) focus.focusCell(single.participantId, 0);
    } else if (result.undone.length > 1) {
      announce(t('attendance.announceUndoMany', { count: result.undone.length }));
    }
    const [failed] = result.failed;
    if (failed) announce(t('attendance.undoFailed', { message: failed.message }), true);
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (target.closest('[data-inline]') || event.ctrlKey || event.metaKey || event.altKey) return;
    const id = target.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
    if (!id) return;
    const col = Number(target.dataset.nav ?? 0);
    const key = event.key.length === 1 ? event.key.toLocaleLowerCase() : event.key;
    const status = editable ? view.statuses.find((candidate) => candidate.key === key) : undefined;

    if (status) requestStatus(id, status, col, true);
    else if (key === 'ArrowDown' || key === 'j') focus.moveRow(id, 1, col);
    else if (key === 'ArrowUp' || key === 'k') focus.moveRow(id, -1, col);
    else if (key === 'Home') focus.moveRow(id, -shownIds.length, col);
    else if (key === 'End') focus.moveRow(id, shownIds.length, col);
    else if (key === 'ArrowLeft') focus.focusCell(id, Math.max(0, col - 1));
    else if (key === 'ArrowRight') focus.focusCell(id, col + 1);
    else if ((key === 'Backspace' || key === 'Delete') && editable) requestClear(id, col);
    else return;
    event.preventDefault();
  }

  function onPanelKeyDown(event: KeyboardEvent<HTMLElement>) {
    const isUndo = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLocaleLowerCase() === 'z';
    if (!isUndo || !editable) return;
    // Text fields keep their own undo.
    if ((event.target as HTMLElement).closest('input, textarea, select')) return;
    event.preventDefault();
    void runUndo(true);
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    } else if ((event.key === 'ArrowDown' || event.key === 'Enter') && shownIds[0] !== undefined) {
      event.preventDefault();
      focus.focusCell(shownIds[0], 0);
    }
  }

  function pastQuestion(q: Extract<Question, { kind: 'past' }>) {
    const cancel = () => {
      setQuestion(null);
      q.back();
    };
    return (
      <InlineQuestion key="past" id="attendance-past-question" question={t('attendance.past.question')} onCancel={cancel}>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setPastConfirmed(true);
            setQuestion(null);
            q.proceed();
          }}
        >
          {t('attendance.past.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </InlineQuestion>
    );
  }

  function inline(id: string) {
    if (choosing?.id === id) {
      return <ReasonChooser id="attendance-reason" code={codeOf(id)} reasons={view.absenceReasons} onChoose={chooseReason} onCancel={cancelReason} />;
    }
    if (question?.kind === 'past' && question.anchor === id) return pastQuestion(question);
    return null;
  }

  function toolbarQuestion() {
    if (question?.kind === 'past' && question.anchor === TOOLBAR) return pastQuestion(question);
    if (question?.kind !== 'replace' || !attendedStatus) return null;
    const status = attendedStatus.label.toLocaleLowerCase();
    const cancel = () => {
      setQuestion(null);
      allButton.current?.focus();
    };
    return (
      <InlineQuestion
        key="replace"
        id="attendance-replace-question"
        question={t('attendance.allPresentQuestion', { count: question.marked })}
        onCancel={cancel}
      >
        {/* The safe answer comes first (and takes focus): marks already made, absences and reasons included, stay. */}
        {question.unmarked > 0 ? (
          <button type="button" className="button button--primary" onClick={() => void runMarkAll(false)}>
            {t('attendance.allPresentKeep', { count: question.unmarked, status })}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={cancel}>
            {t('attendance.allPresentKeepAll')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void runMarkAll(true)}>
          {t('attendance.allPresentReplace', { count: question.marked, status })}
        </button>
        {question.unmarked > 0 ? (
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </InlineQuestion>
    );
  }

  const searchLabel = allowFullNames ? t('attendance.searchWithNames') : t('attendance.search');

  return (
    <div className="run-attendance-panel" onKeyDown={onPanelKeyDown}>
      <AttendanceCounts counts={counts} statuses={view.statuses} />

      {readOnly ? <p className="run-attendance-note">{t(`attendance.readOnly.${readOnly}`)}</p> : null}
      {editable && past ? <p className="run-attendance-note">{t('attendance.past.note')}</p> : null}

      <div className="run-attendance-toolbar">
        <div className="field run-attendance-search">
          <label htmlFor="attendance-search">{searchLabel}</label>
          <input
            id="attendance-search"
            type="text"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="attendance-search-hint"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKeyDown}
          />
          <p id="attendance-search-hint" className="field-hint">
            {t('attendance.searchHint')}
          </p>
        </div>
        {editable ? (
          <div className="run-attendance-actions">
            {attendedStatus && view.roster.length > 0 ? (
              <button ref={allButton} type="button" className="button button--primary" onClick={requestAll}>
                {t('attendance.allPresent', { status: attendedStatus.label.toLocaleLowerCase() })}
              </button>
            ) : null}
            {attendedStatus ? (
              <button
                ref={walkInButton}
                type="button"
                className="button button--secondary"
                aria-expanded={walkInOpen}
                aria-controls={walkInOpen ? 'attendance-walkin' : undefined}
                onClick={() => setWalkInOpen((open) => !open)}
              >
                {t('attendance.walkIn.button')}
              </button>
            ) : null}
            <button type="button" className="button button--secondary" aria-keyshortcuts="Control+Z" disabled={!canUndo} onClick={() => void runUndo(false)}>
              {t('attendance.undo')}
            </button>
          </div>
        ) : null}
      </div>

      {toolbarQuestion()}

      {walkInOpen && attendedStatus ? (
        <div className="run-attendance-walkin">
          <WalkInForm
            id="attendance-walkin"
            view={view}
            statusId={attendedStatus.id}
            statusLabel={attendedStatus.label}
            onAdded={(next, code) => {
              setWalkInOpen(false);
              setQuery('');
              focusCode.current = code;
              announce(t('attendance.walkIn.added', { code, status: attendedStatus.label }));
              onViewChange(next);
            }}
            onClose={() => {
              setWalkInOpen(false);
              walkInButton.current?.focus();
            }}
          />
        </div>
      ) : null}

      <KeysHelp id="attendance-keys" statuses={view.statuses} editable={editable} />
      <p role="status" className={announcement.failed ? 'run-attendance-announce run-attendance-announce--failed' : 'run-attendance-announce'}>
        {announcement.text}
      </p>

      {presence && anyAttended ? <p className="run-attendance-presence-hint">{t('attendance.presence.hint', { activity: presence.activityTitle })}</p> : null}
      {view.roster.length === 0 ? (
        <p className="empty">{t('attendance.emptyRoster')}</p>
      ) : (
        <>
          {query.trim() ? (
            <p className="run-attendance-shown">
              {shown.length === 0
                ? t('attendance.noMatch', { query: query.trim() })
                : t('attendance.shown', { count: shown.length, total: view.roster.length })}
            </p>
          ) : null}
          {shown.length > 0 ? (
            <RosterGrid
              gridRef={gridRef}
              describedBy="attendance-keys"
              participants={shown}
              marks={marks}
              rowStates={rowStates}
              statuses={view.statuses}
              reasons={view.absenceReasons}
              allowFullNames={allowFullNames}
              editable={editable}
              tabStop={focus.tabStop}
              presence={presence}
              onStatus={(id, status, col) => requestStatus(id, status, col, false)}
              onKeyDown={onGridKeyDown}
              onFocusCell={focus.noteFocus}
              inline={inline}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
