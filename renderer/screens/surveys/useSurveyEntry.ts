import { useCallback, useMemo, useRef, useState } from 'react';
import type { SurveyAnswer, SurveyOccasion, SurveyResponseView, SurveysView, SurveyTotals } from '../../../core/contract/surveys';
import { call, toApiError } from '../../api';

/** A row of the grid: an enrolled young person, or an anonymous numbered form not linked to anyone. */
export type SurveyRow = { kind: 'participant'; key: string; participantId: string } | { kind: 'form'; key: string; formNumber: number };

export type CellState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export const participantRowKey = (participantId: string) => `p:${participantId}`;
export const formRowKey = (formNumber: number) => `f:${formNumber}`;
const cellKey = (rowKey: string, itemId: string) => `${rowKey}/${itemId}`;

/** The row a response belongs on: its participant's, or (not linked yet) its form number's. */
export function rowKeyOf(response: SurveyResponseView['response']): string | undefined {
  if (response.participantId !== undefined) return participantRowKey(response.participantId);
  if (response.formNumber !== undefined) return formRowKey(response.formNumber);
  return undefined;
}

export type StartOutcome = { ok: true; response: SurveyResponseView } | { ok: false; message: string };

interface Pending {
  answer: SurveyAnswer | undefined;
  seq: number;
}

/**
 * The answers of one instrument on one occasion as the facilitator types them: each key shows at
 * once (its cell "saving"), starts the row's response if it has none yet (once per row, however fast
 * the keys come), is sent on its own, and is kept only once main saved it; a refused or failed
 * answer falls back to the saved one and says why at its cell.
 */
export function useSurveyEntry(view: SurveysView, instrumentId: string, occasion: SurveyOccasion, meetingId: string | undefined) {
  const workshopId = view.workshopId;
  const [responses, setResponses] = useState<ReadonlyMap<string, SurveyResponseView>>(() => responsesByRow(view, instrumentId, occasion));
  const [totals, setTotals] = useState<readonly SurveyTotals[]>(view.totals);
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const [cells, setCells] = useState<ReadonlyMap<string, CellState>>(new Map());
  const starts = useRef(new Map<string, Promise<StartOutcome>>());
  const seq = useRef(0);
  const latest = useRef(new Map<string, number>());
  const responsesRef = useRef(responses);
  responsesRef.current = responses;

  const setCell = useCallback((key: string, state: CellState | undefined) => {
    setCells((current) => {
      const next = new Map(current);
      if (state) next.set(key, state);
      else next.delete(key);
      return next;
    });
  }, []);

  const keep = useCallback((response: SurveyResponseView) => {
    const key = rowKeyOf(response.response);
    if (key === undefined) return;
    setResponses((current) => new Map(current).set(key, response));
  }, []);

  const keepTotals = useCallback((updated: SurveyTotals) => {
    setTotals((current) => current.map((each) => (each.instrumentId === updated.instrumentId && each.occasion === updated.occasion ? updated : each)));
  }, []);

  /** The row's response, started now if it has none; concurrent keys of one row wait for the same start. */
  const ensureStarted = useCallback(
    (row: SurveyRow, entry: 'paper' | 'youth-screen'): Promise<StartOutcome> => {
      const existing = responsesRef.current.get(row.key);
      if (existing) return Promise.resolve({ ok: true, response: existing });
      let started = starts.current.get(row.key);
      if (!started) {
        started = call('surveys.start', {
          workshopId,
          instrumentId,
          occasion,
          entry,
          ...(row.kind === 'participant' ? { participantId: row.participantId } : { formNumber: row.formNumber }),
          ...(meetingId ? { meetingId } : {}),
        }).then(
          (response): StartOutcome => {
            keep(response);
            return { ok: true, response };
          },
          (error: unknown): StartOutcome => {
            starts.current.delete(row.key);
            return { ok: false, message: toApiError(error).message };
          },
        );
        starts.current.set(row.key, started);
      }
      return started;
    },
    [workshopId, instrumentId, occasion, meetingId, keep],
  );

  /** Saves one answer (undefined clears it); resolves once main answered, whatever it said. */
  const answer = useCallback(
    async (row: SurveyRow, itemId: string, value: SurveyAnswer | undefined): Promise<void> => {
      const key = cellKey(row.key, itemId);
      const callSeq = ++seq.current;
      latest.current.set(key, callSeq);
      setPending((current) => new Map(current).set(key, { answer: value, seq: callSeq }));
      setCell(key, { kind: 'saving' });
      const settle = (state: CellState) => {
        if (latest.current.get(key) !== callSeq) return;
        setPending((current) => {
          const next = new Map(current);
          next.delete(key);
          return next;
        });
        setCell(key, state);
      };
      const started = await ensureStarted(row, 'paper');
      if (!started.ok) {
        settle({ kind: 'failed', message: started.message });
        return;
      }
      try {
        const result = await call('surveys.answer', { workshopId, responseId: started.response.response.id, itemId, answer: value ?? null });
        keep(result.response);
        keepTotals(result.totals);
        settle({ kind: 'saved' });
      } catch (error) {
        settle({ kind: 'failed', message: toApiError(error).message });
      }
    },
    [workshopId, ensureStarted, keep, keepTotals, setCell],
  );

  /** Starts an anonymous numbered form's response (its row shows at once, empty). */
  const addForm = useCallback((formNumber: number) => ensureStarted({ kind: 'form', key: formRowKey(formNumber), formNumber }, 'paper'), [ensureStarted]);

  /** Links a numbered form to a participant: its row becomes theirs. */
  const link = useCallback(
    async (formNumber: number, participantId: string): Promise<StartOutcome> => {
      const response = responsesRef.current.get(formRowKey(formNumber));
      if (!response) return { ok: false, message: '' };
      try {
        const linked = await call('surveys.link', { workshopId, responseId: response.response.id, participantId });
        setResponses((current) => {
          const next = new Map(current);
          next.delete(formRowKey(formNumber));
          next.set(participantRowKey(participantId), linked);
          return next;
        });
        return { ok: true, response: linked };
      } catch (error) {
        return { ok: false, message: toApiError(error).message };
      }
    },
    [workshopId],
  );

  /** What a cell shows: the answer being saved, else the saved one. */
  const shownAnswer = useCallback(
    (rowKey: string, itemId: string): SurveyAnswer | undefined => {
      const waiting = pending.get(cellKey(rowKey, itemId));
      if (waiting) return waiting.answer;
      return responses.get(rowKey)?.response.answers[itemId];
    },
    [pending, responses],
  );

  const cellState = useCallback((rowKey: string, itemId: string) => cells.get(cellKey(rowKey, itemId)), [cells]);

  const formNumbers = useMemo(
    () =>
      [...responses.values()]
        .flatMap((each) => (each.response.participantId === undefined && each.response.formNumber !== undefined ? [each.response.formNumber] : []))
        .sort((a, b) => a - b),
    [responses],
  );

  const occasionTotals = totals.find((each) => each.instrumentId === instrumentId && each.occasion === occasion);

  return { responses, totals, occasionTotals, formNumbers, answer, addForm, link, ensureStarted, shownAnswer, cellState };
}

function responsesByRow(view: SurveysView, instrumentId: string, occasion: SurveyOccasion): Map<string, SurveyResponseView> {
  const map = new Map<string, SurveyResponseView>();
  for (const each of view.responses) {
    if (each.response.instrumentId !== instrumentId || each.response.occasion !== occasion) continue;
    const key = rowKeyOf(each.response);
    if (key !== undefined) map.set(key, each);
  }
  return map;
}
