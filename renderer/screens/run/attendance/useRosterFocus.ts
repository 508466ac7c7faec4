import { useCallback, useState, type RefObject } from 'react';

export interface CellRef {
  id: string;
  col: number;
}

/**
 * A roving tab stop over the roster grid: one control is reachable with Tab, the arrow keys move
 * it. Rows carry `data-row-id`, their controls `data-nav` (0 = the participant, then buttons).
 */
export function useRosterFocus(gridRef: RefObject<HTMLElement | null>, rowIds: readonly string[]) {
  const [stop, setStop] = useState<CellRef | null>(null);

  const first = rowIds[0];
  const tabStop: CellRef | null = stop && rowIds.includes(stop.id) ? stop : first !== undefined ? { id: first, col: 0 } : null;

  /** Focuses a control of a row: the one at `col`, or the row's last when it has fewer. */
  const focusCell = useCallback(
    (id: string, col: number) => {
      const row = gridRef.current?.querySelector<HTMLElement>(`[data-row-id="${id}"]`);
      const cells = row ? Array.from(row.querySelectorAll<HTMLElement>('[data-nav]')) : [];
      const cell = cells[Math.max(0, Math.min(col, cells.length - 1))];
      if (!cell) return;
      setStop({ id, col: Number(cell.dataset.nav ?? 0) });
      cell.focus();
    },
    [gridRef],
  );

  /** Moves `delta` rows from `id` (clamped to the first and last), keeping the column. */
  const moveRow = useCallback(
    (id: string, delta: number, col: number) => {
      const index = rowIds.indexOf(id);
      const target = rowIds[Math.max(0, Math.min(rowIds.length - 1, index + delta))];
      if (target !== undefined) focusCell(target, col);
    },
    [rowIds, focusCell],
  );

  /** Remembers where focus is when a control is focused by a click or Tab. */
  const noteFocus = useCallback((id: string, col: number) => {
    setStop((current) => (current?.id === id && current.col === col ? current : { id, col }));
  }, []);

  return { tabStop, focusCell, moveRow, noteFocus };
}
