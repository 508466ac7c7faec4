import { useCallback, useMemo, useRef, useState } from 'react';
import type { AttendanceCounts, MarkResult, MeetingRunView } from '../../../../core/contract/running';
import { call, toApiError } from '../../../api';
import { countMarks, markMapOf, sameMark, type MarkMap, type MarkValue } from './marks';

export type RowState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** One participant's mark before a change: what Undo sends back. */
export interface Change {
  participantId: string;
  previous: MarkValue | undefined;
}

export type MarkOutcome = { ok: true } | { ok: false; message: string };
export type MarkAllOutcome = { ok: true; changed: Change[] } | { ok: false; message: string };

interface Pending {
  value: MarkValue | undefined;
  seq: number;
}

/**
 * The marks of one meeting as the facilitator sees them while taking attendance: each change shows
 * at once (with the row "saving"), is sent on its own, and is kept only once the service saved it;
 * a failed change falls back to the saved mark. Answers can arrive out of order: a whole MarkResult
 * is applied only when it answers the latest call so far.
 */
export function useMarking(view: MeetingRunView) {
  const workshopId = view.workshop.id;
  const meetingId = view.meeting.id;

  const [synced, setSynced] = useState({ marks: view.marks, roster: view.roster });
  const [saved, setSaved] = useState<MarkMap>(() => markMapOf(view.marks, meetingId));
  const [counts, setCounts] = useState<AttendanceCounts>(() => countMarks(view.roster, markMapOf(view.marks, meetingId), view.statuses));
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const [rowStates, setRowStates] = useState<ReadonlyMap<string, RowState>>(new Map());
  // Undo entries, newest last; a ref so two quick Ctrl+Z never undo the same change twice.
  const history = useRef<Change[][]>([]);
  const [undoable, setUndoable] = useState(0);
  const pushHistory = useCallback((entry: Change[]) => {
    history.current = [...history.current, entry];
    setUndoable(history.current.length);
  }, []);

  // Marks from a service's answer (walk-in, presence, run) are the saved truth. A view the runner
  // changed itself (e.g. new agreements) keeps the same marks array and never undoes saved marks.
  if (synced.marks !== view.marks || synced.roster !== view.roster) {
    const fromView = markMapOf(view.marks, meetingId);
    setSynced({ marks: view.marks, roster: view.roster });
    setSaved(fromView);
    setCounts(countMarks(view.roster, fromView, view.statuses));
  }

  const seq = useRef(0);
  const applied = useRef(0);
  const latestForRow = useRef(new Map<string, number>());

  const marks = useMemo<MarkMap>(() => {
    if (pending.size === 0) return saved;
    const shown = new Map(saved);
    for (const [participantId, { value }] of pending) {
      if (value) shown.set(participantId, value);
      else shown.delete(participantId);
    }
    return shown;
  }, [saved, pending]);

  const marksRef = useRef(marks);
  marksRef.current = marks;

  const setRowState = useCallback((participantIds: readonly string[], state: RowState) => {
    setRowStates((current) => {
      const next = new Map(current);
      for (const id of participantIds) next.set(id, state);
      return next;
    });
  }, []);

  /** Applies a result: the whole set when it is the newest answer, else only the rows it was about. */
  const applyResult = useCallback(
    (result: MarkResult, callSeq: number, participantIds: readonly string[]) => {
      const fromResult = markMapOf(result.marks, meetingId);
      if (callSeq > applied.current) {
        applied.current = callSeq;
        setSaved(fromResult);
        setCounts(result.counts);
        return;
      }
      setSaved((current) => {
        const next = new Map(current);
        for (const id of participantIds) {
          const value = fromResult.get(id);
          if (value) next.set(id, value);
          else next.delete(id);
        }
        return next;
      });
    },
    [meetingId],
  );

  const settle = useCallback(
    (participantIds: readonly string[], callSeq: number, state: RowState) => {
      const current = participantIds.filter((id) => latestForRow.current.get(id) === callSeq);
      if (current.length === 0) return;
      setPending((map) => {
        const next = new Map(map);
        for (const id of current) next.delete(id);
        return next;
      });
      setRowState(current, state);
    },
    [setRowState],
  );

  const mark = useCallback(
    async (participantId: string, value: MarkValue | undefined, options: { confirmPastEdit: boolean; record: boolean }): Promise<MarkOutcome> => {
      const previous = marksRef.current.get(participantId);
      const callSeq = ++seq.current;
      latestForRow.current.set(participantId, callSeq);
      setPending((map) => new Map(map).set(participantId, { value, seq: callSeq }));
      setRowState([participantId], { kind: 'saving' });
      try {
        const result = await call('attendance.mark', {
          workshopId,
          meetingId,
          participantId,
          statusId: value?.statusId ?? null,
          ...(value?.reasonId ? { reasonId: value.reasonId } : {}),
          ...(options.confirmPastEdit ? { confirmPastEdit: true } : {}),
        });
        applyResult(result, callSeq, [participantId]);
        settle([participantId], callSeq, { kind: 'saved' });
        if (options.record && !sameMark(previous, value)) pushHistory([{ participantId, previous }]);
        return { ok: true };
      } catch (thrown) {
        const message = toApiError(thrown).message;
        settle([participantId], callSeq, { kind: 'failed', message });
        return { ok: false, message };
      }
    },
    [workshopId, meetingId, applyResult, settle, setRowState, pushHistory],
  );

  const markAll = useCallback(
    async (statusId: string, overwrite: boolean, options: { confirmPastEdit: boolean }): Promise<MarkAllOutcome> => {
      const before = marksRef.current;
      const affected = view.roster.map((participant) => participant.id).filter((id) => overwrite || !before.has(id));
      const callSeq = ++seq.current;
      for (const id of affected) latestForRow.current.set(id, callSeq);
      setRowState(affected, { kind: 'saving' });
      try {
        const result = await call('attendance.markAll', {
          workshopId,
          meetingId,
          statusId,
          overwrite,
          ...(options.confirmPastEdit ? { confirmPastEdit: true } : {}),
        });
        applyResult(result, callSeq, affected);
        settle(affected, callSeq, { kind: 'saved' });
        const after = markMapOf(result.marks, meetingId);
        const changed = affected
          .filter((id) => !sameMark(before.get(id), after.get(id)))
          .map((participantId) => ({ participantId, previous: before.get(participantId) }));
        if (changed.length > 0) pushHistory(changed);
        return { ok: true, changed };
      } catch (thrown) {
        const message = toApiError(thrown).message;
        settle(affected, callSeq, { kind: 'failed', message });
        return { ok: false, message };
      }
    },
    [workshopId, meetingId, view.roster, applyResult, settle, setRowState, pushHistory],
  );

  /** Sends back the marks the last change replaced. Resolves with what was undone, or what failed. */
  const undo = useCallback(
    async (options: { confirmPastEdit: boolean }): Promise<{ undone: Change[]; failed: { change: Change; message: string }[] } | null> => {
      const entry = history.current[history.current.length - 1];
      if (!entry) return null;
      history.current = history.current.slice(0, -1);
      setUndoable(history.current.length);
      const outcomes = await Promise.all(
        entry.map(async (change) => ({ change, outcome: await mark(change.participantId, change.previous, { ...options, record: false }) })),
      );
      const failed = outcomes.flatMap(({ change, outcome }) => (outcome.ok ? [] : [{ change, message: outcome.message }]));
      // What could not be undone stays undoable.
      if (failed.length > 0) pushHistory(failed.map(({ change }) => change));
      return { undone: outcomes.filter(({ outcome }) => outcome.ok).map(({ change }) => change), failed };
    },
    [mark, pushHistory],
  );

  return { marks, counts, rowStates, mark, markAll, undo, canUndo: undoable > 0 };
}
