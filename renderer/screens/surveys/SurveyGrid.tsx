import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentView, SurveyItem } from '../../../core/contract/surveys';
import { answerForKey, answerMark, keysOf, type TrueFalseMarks } from './surveyKeys';
import type { CellState, SurveyRow, useSurveyEntry } from './useSurveyEntry';

export interface GridRow {
  row: SurveyRow;
  /** The code, or "Form 7". */
  label: string;
  /** Initials, pronouns, and the name where Settings allow it. */
  details: string;
}

interface SurveyGridProps {
  instrument: InstrumentView;
  items: readonly SurveyItem[];
  rows: readonly GridRow[];
  entry: ReturnType<typeof useSurveyEntry>;
  label: string;
  describedBy: string;
  editable: boolean;
  /** The row the cursor is on: the youth screen's "follow the row". */
  onRowFocus: (row: SurveyRow) => void;
}

interface Cursor {
  row: number;
  col: number;
}

/**
 * One row per young person (or numbered form), one column per question: type one key per answer
 * and the cursor moves on by itself, as when marking attendance. Each row shows how far it got and
 * whether its last answers were saved; a refused answer says why beside its row.
 */
export function SurveyGrid({ instrument, items, rows, entry, label, describedBy, editable, onRowFocus }: SurveyGridProps) {
  const { t } = useTranslation();
  const marks: TrueFalseMarks = { true: t('surveys.grid.marks.true'), false: t('surveys.grid.marks.false') };
  const [cursor, setCursor] = useState<Cursor>({ row: 0, col: 0 });
  const [moved, setMoved] = useState(0);
  const [wrongKeys, setWrongKeys] = useState<ReadonlyMap<string, string>>(new Map());
  const tableRef = useRef<HTMLTableElement>(null);
  const current = { row: Math.min(cursor.row, rows.length - 1), col: Math.min(cursor.col, items.length - 1) };
  const focusedItem = items[current.col];

  // Focus follows the cursor after a key moved it (not on first render: the page's heading keeps it).
  useLayoutEffect(() => {
    if (moved === 0) return;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${current.row}:${current.col}"]`)?.focus();
  }, [moved, current.row, current.col]);

  function moveTo(row: number, col: number) {
    const next = { row: Math.max(0, Math.min(rows.length - 1, row)), col: Math.max(0, Math.min(items.length - 1, col)) };
    setCursor(next);
    setMoved((count) => count + 1);
    const target = rows[next.row];
    if (target) onRowFocus(target.row);
  }

  /** The cell after this one: the next question, or the next row's first. */
  function advance(row: number, col: number) {
    if (col + 1 < items.length) moveTo(row, col + 1);
    else if (row + 1 < rows.length) moveTo(row + 1, 0);
  }

  function setWrongKey(rowKey: string, message: string | undefined) {
    setWrongKeys((currentKeys) => {
      if (message === undefined && !currentKeys.has(rowKey)) return currentKeys;
      const next = new Map(currentKeys);
      if (message === undefined) next.delete(rowKey);
      else next.set(rowKey, message);
      return next;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const { row, col } = current;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => moveTo(row, col - 1),
      ArrowRight: () => moveTo(row, col + 1),
      ArrowUp: () => moveTo(row - 1, col),
      ArrowDown: () => moveTo(row + 1, col),
      Home: () => moveTo(row, 0),
      End: () => moveTo(row, items.length - 1),
      Enter: () => moveTo(row + 1, 0),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
      return;
    }
    if (!editable || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = rows[row];
    const item = items[col];
    if (!target || !item) return;
    const result = answerForKey(item, event.key);
    if (result.kind === 'none') return;
    event.preventDefault();
    if (result.kind === 'refused') {
      setWrongKey(target.row.key, t('surveys.grid.wrongKey', { number: col + 1, keys: keysOf(instrument, item, marks) }));
      return;
    }
    setWrongKey(target.row.key, undefined);
    if (result.kind === 'clear') {
      void entry.answer(target.row, item.id, undefined);
      return;
    }
    void entry.answer(target.row, item.id, result.answer);
    advance(row, col);
  }

  return (
    <div className="survey-grid-frame">
      {focusedItem ? (
        <p className="survey-grid-question" aria-live="polite">
          <strong>{t('surveys.grid.question', { number: current.col + 1 })}</strong> {focusedItem.text}
        </p>
      ) : null}
      <div className="survey-grid-scroll">
        <table ref={tableRef} role="grid" aria-label={label} aria-describedby={describedBy} className="survey-grid" onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th scope="col" className="survey-grid-who">
                {t('surveys.grid.who')}
              </th>
              {items.map((item, index) => (
                <th scope="col" key={item.id} title={item.text} className="survey-grid-item-head">
                  <span className="survey-grid-number">{index + 1}</span>
                  <span className="survey-grid-keys">{keysOf(instrument, item, marks)}</span>
                  <span className="visually-hidden">{t('surveys.grid.questionKeys', { number: index + 1, keys: keysOf(instrument, item, marks) })}</span>
                </th>
              ))}
              <th scope="col">{t('surveys.grid.rowTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((gridRow, rowIndex) => (
              <SurveyGridRow
                key={gridRow.row.key}
                gridRow={gridRow}
                rowIndex={rowIndex}
                items={items}
                entry={entry}
                marks={marks}
                cursor={current}
                wrongKey={wrongKeys.get(gridRow.row.key)}
                onFocusCell={(col) => {
                  if (current.row !== rowIndex || current.col !== col) setCursor({ row: rowIndex, col });
                  onRowFocus(gridRow.row);
                }}
              />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('surveys.grid.answered')}</th>
              {items.map((item) => (
                <td key={item.id} className="survey-grid-count">
                  {rows.filter((gridRow) => entry.shownAnswer(gridRow.row.key, item.id) !== undefined).length}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

interface SurveyGridRowProps {
  gridRow: GridRow;
  rowIndex: number;
  items: readonly SurveyItem[];
  entry: ReturnType<typeof useSurveyEntry>;
  marks: TrueFalseMarks;
  cursor: Cursor;
  wrongKey: string | undefined;
  onFocusCell: (col: number) => void;
}

function SurveyGridRow({ gridRow, rowIndex, items, entry, marks, cursor, wrongKey, onFocusCell }: SurveyGridRowProps) {
  const { t } = useTranslation();
  const { row, label, details } = gridRow;
  const answered = items.filter((item) => entry.shownAnswer(row.key, item.id) !== undefined).length;
  const states = items.map((item) => entry.cellState(row.key, item.id));
  const headerId = `survey-row-${row.key.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  return (
    <>
      <tr aria-labelledby={headerId}>
        <th scope="row" id={headerId} className="survey-grid-who">
          <span className="survey-grid-code">{label}</span>
          {details ? <span className="survey-grid-details"> {details}</span> : null}
        </th>
        {items.map((item, col) => {
          const answer = entry.shownAnswer(row.key, item.id);
          const state = states[col];
          const mark = answerMark(item, answer, marks);
          const at = cursor.row === rowIndex && cursor.col === col;
          return (
            <td
              key={item.id}
              role="gridcell"
              tabIndex={at ? 0 : -1}
              data-cell={`${rowIndex}:${col}`}
              aria-label={t('surveys.grid.cell', { who: label, number: col + 1, answer: mark || t('surveys.grid.noAnswer') })}
              aria-invalid={state?.kind === 'failed' ? true : undefined}
              className={cellClass(state)}
              onFocus={() => onFocusCell(col)}
              onClick={() => onFocusCell(col)}
            >
              {mark}
            </td>
          );
        })}
        <td className="survey-grid-progress">
          <RowProgress answered={answered} count={items.length} states={states} />
        </td>
      </tr>
      <RowMessages rowIndex={rowIndex} states={states} wrongKey={wrongKey} columns={items.length + 2} />
    </>
  );
}

function cellClass(state: CellState | undefined): string {
  if (state?.kind === 'failed') return 'survey-grid-cell survey-grid-cell--failed';
  if (state?.kind === 'saving') return 'survey-grid-cell survey-grid-cell--saving';
  return 'survey-grid-cell';
}

/** How far the row got, and whether its last answers are saved (only once main said so). */
function RowProgress({ answered, count, states }: { answered: number; count: number; states: (CellState | undefined)[] }) {
  const { t } = useTranslation();
  let saved: string | undefined;
  if (states.some((state) => state?.kind === 'saving')) saved = t('surveys.grid.saving');
  else if (states.some((state) => state?.kind === 'saved')) saved = t('surveys.grid.saved');
  let badge = <span className="badge survey-badge survey-badge--none">{t('surveys.grid.notGiven')}</span>;
  if (answered === count) badge = <span className="badge survey-badge survey-badge--complete">{t('surveys.grid.complete')}</span>;
  else if (answered > 0) badge = <span className="badge survey-badge survey-badge--partial">{t('surveys.grid.partial')}</span>;
  return (
    <span className="survey-grid-done">
      {t('surveys.grid.progress', { answered, count })} {badge}
      <span className="survey-grid-saved">{saved}</span>
    </span>
  );
}

/** Under a row: why an answer was refused or not saved. */
function RowMessages({
  rowIndex,
  states,
  wrongKey,
  columns,
}: {
  rowIndex: number;
  states: (CellState | undefined)[];
  wrongKey: string | undefined;
  columns: number;
}) {
  const { t } = useTranslation();
  const failures = states.flatMap((state) => (state?.kind === 'failed' ? [t('surveys.grid.failed', { message: state.message })] : []));
  // One refusal (not enrolled, say) may stand for several cells: each is said once.
  const messages = [...new Set(wrongKey ? [wrongKey, ...failures] : failures)];
  if (messages.length === 0) return null;
  return (
    <tr className="survey-grid-message-row" data-row-message={rowIndex}>
      <td colSpan={columns}>
        {messages.map((message) => (
          <p key={message} role="alert" className="survey-grid-refusal">
            {message}
          </p>
        ))}
      </td>
    </tr>
  );
}
