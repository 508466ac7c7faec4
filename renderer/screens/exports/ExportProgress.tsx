import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProgress } from '../../../core/contract/records';
import { call } from '../../api';

/** How often the app is asked how far the file has got while it is being saved. */
export const PROGRESS_POLL_MS = 250;

export interface RowsWritten {
  done: number;
  total: number;
}

export interface ExportProgressView {
  /** The latest numbers: the bar follows them. */
  latest?: RowsWritten;
  /** The numbers the status line says: they change at most once per tenth of the file, so a screen reader is not flooded. */
  announced?: RowsWritten;
}

const NOTHING_YET: ExportProgressView = {};

const tenthOf = ({ done, total }: RowsWritten) => Math.floor((done / total) * 10);

/**
 * The view after an answer. Idle (the save dialog is still open, or the file is already written)
 * keeps what is shown; so does a file with no rows, which has nothing to count.
 */
export function nextProgressView(view: ExportProgressView, progress: ExportProgress): ExportProgressView {
  if (progress.state !== 'writing' || progress.total <= 0) return view;
  const latest = { done: progress.done, total: progress.total };
  const { announced } = view;
  const keep = announced !== undefined && announced.total === latest.total && tenthOf(announced) === tenthOf(latest);
  return { latest, announced: keep ? announced : latest };
}

/**
 * While `active` (an attendance export is saving), asks the app how many rows are written, every
 * PROGRESS_POLL_MS. A failed answer is ignored: the export's own result says what went wrong.
 */
export function useExportProgress(active: boolean): ExportProgressView {
  const [view, setView] = useState<ExportProgressView>(NOTHING_YET);
  useEffect(() => {
    if (!active) return;
    setView(NOTHING_YET);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const progress = await call('exports.progress');
        if (!stopped) setView((current) => nextProgressView(current, progress));
      } catch {
        // Keep what is shown until the next answer.
      }
      if (!stopped) timer = setTimeout(() => void poll(), PROGRESS_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active]);
  return active ? view : NOTHING_YET;
}

/** A bar for the rows written; it only moves (no numbers yet) until the first answer with numbers. */
export function ExportProgressBar({ rows }: { rows?: RowsWritten }) {
  const { t } = useTranslation();
  const label = t('exports.attendance.progress.label');
  return rows ? (
    <progress
      className="exports-progress"
      aria-label={label}
      max={rows.total}
      value={rows.done}
      aria-valuetext={t('exports.attendance.progress.value', { done: rows.done, total: rows.total })}
    />
  ) : (
    <progress className="exports-progress" aria-label={label} />
  );
}
