import type { FocusEvent, KeyboardEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbsenceReason, AttendanceStatus } from '../../../../core/domain/attendance';
import type { Participant } from '../../../../core/domain/participants';
import { participantDetails, type MarkMap, type MarkValue } from './marks';
import type { RowState } from './useMarking';
import { useBuiltInLabels } from '../../../format/useBuiltInLabels';

export type PresenceKind = 'passed' | 'stepped-out';
export const presenceKinds: readonly PresenceKind[] = ['passed', 'stepped-out'];

/** "Passed" and "stepped out" during the activity running now. */
export interface PresenceControls {
  activityTitle: string;
  isOn: (participantId: string, kind: PresenceKind) => boolean;
  isBusy: (participantId: string, kind: PresenceKind) => boolean;
  error: (participantId: string) => string | undefined;
  toggle: (participantId: string, kind: PresenceKind, on: boolean) => void;
}

export interface RosterGridProps {
  gridRef: Ref<HTMLDivElement>;
  describedBy: string;
  participants: readonly Participant[];
  marks: MarkMap;
  rowStates: ReadonlyMap<string, RowState>;
  statuses: readonly AttendanceStatus[];
  reasons: readonly AbsenceReason[];
  allowFullNames: boolean;
  /** False when the workshop is archived or the meeting cancelled: marks are shown, not changed. */
  editable: boolean;
  /** The one control reachable with Tab (a roving tab stop): row and control index. */
  tabStop: { id: string; col: number } | null;
  presence?: PresenceControls | undefined;
  onStatus: (participantId: string, status: AttendanceStatus, col: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onFocusCell: (participantId: string, col: number) => void;
  /** What opens under a row: the absence reason chooser, or a question before a change. */
  inline: (participantId: string) => ReactNode;
}

/** The text of a mark: its status, and the reason for an absence. */
export function useMarkText(statuses: readonly AttendanceStatus[], reasons: readonly AbsenceReason[]) {
  const { t } = useTranslation();
  const labels = useBuiltInLabels();
  return (mark: MarkValue | undefined): string => {
    if (!mark) return t('attendance.notMarked');
    const found = statuses.find((candidate) => candidate.id === mark.statusId);
    const status = found ? labels.status(found) : mark.statusId;
    const foundReason = mark.reasonId ? reasons.find((candidate) => candidate.id === mark.reasonId) : undefined;
    const reason = foundReason ? labels.reason(foundReason) : mark.reasonId;
    return reason ? t('attendance.markWithReason', { status, reason }) : status;
  };
}

/**
 * The meeting's roster as a grid: one row per participant with their mark and the buttons that
 * change it. Arrow keys, status keys and Backspace are handled by `onKeyDown` (the panel).
 */
export function RosterGrid(props: RosterGridProps) {
  const { t } = useTranslation();
  const { gridRef, describedBy, participants, editable, presence, onKeyDown, onFocusCell } = props;

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const col = target.dataset.nav;
    const row = target.closest<HTMLElement>('[data-row-id]');
    if (col !== undefined && row?.dataset.rowId) onFocusCell(row.dataset.rowId, Number(col));
  }

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={t('attendance.gridLabel')}
      aria-describedby={describedBy}
      aria-readonly={editable ? undefined : true}
      className={presence ? 'run-attendance-grid run-attendance-grid--presence' : 'run-attendance-grid'}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="row" className="run-attendance-row run-attendance-row--head">
        <span role="columnheader">{t('attendance.columns.participant')}</span>
        <span role="columnheader">{t('attendance.columns.mark')}</span>
        {editable ? <span role="columnheader">{t('attendance.columns.change')}</span> : null}
        {presence ? <span role="columnheader">{t('attendance.columns.during', { activity: presence.activityTitle })}</span> : null}
      </div>
      {participants.map((participant) => (
        <RosterRow key={participant.id} {...props} participant={participant} />
      ))}
    </div>
  );
}

function RosterRow({
  participant,
  marks,
  rowStates,
  statuses,
  reasons,
  allowFullNames,
  editable,
  tabStop,
  presence,
  onStatus,
  inline,
}: RosterGridProps & { participant: Participant }) {
  const { t } = useTranslation();
  const markText = useMarkText(statuses, reasons);
  const mark = marks.get(participant.id);
  const status = mark ? statuses.find((candidate) => candidate.id === mark.statusId) : undefined;
  const details = participantDetails(participant, allowFullNames);
  const stopCol = tabStop?.id === participant.id ? tabStop.col : null;
  const tabIndex = (col: number) => (col === stopCol ? 0 : -1);
  const headerId = `attendance-${participant.id}`;
  const showPresence = presence !== undefined && status?.countsAsAttended === true;
  const statusCols = editable ? statuses.length : 0;
  const inlinePart = inline(participant.id);

  let markClass = 'run-attendance-mark run-attendance-mark--none';
  if (status?.countsAsAttended) markClass = 'run-attendance-mark run-attendance-mark--attended';
  else if (status) markClass = 'run-attendance-mark run-attendance-mark--absent';

  return (
    <div role="row" className="run-attendance-row" data-row-id={participant.id} aria-labelledby={headerId}>
      <div role="rowheader" id={headerId} className="run-attendance-who" tabIndex={tabIndex(0)} data-nav={0}>
        <span className="run-attendance-code">{participant.code}</span>
        {details.length > 0 ? <span className="run-attendance-details"> {details.join(' · ')}</span> : null}
      </div>
      <div role="gridcell" className="run-attendance-mark-cell">
        <span className={markClass}>{markText(mark)}</span>
        <RowStatus state={rowStates.get(participant.id)} presenceError={presence?.error(participant.id)} />
      </div>
      {editable ? (
        <div role="gridcell" className="run-attendance-statuses">
          <div role="group" aria-label={t('attendance.statusGroup', { code: participant.code })} className="run-attendance-buttons">
            {statuses.map((candidate, index) => (
              <button
                key={candidate.id}
                type="button"
                className="run-attendance-status"
                // The underlined key splits the text: some screen readers would read "P resent".
                aria-label={candidate.label}
                title={candidate.label}
                aria-pressed={mark?.statusId === candidate.id}
                aria-keyshortcuts={candidate.key}
                tabIndex={tabIndex(index + 1)}
                data-nav={index + 1}
                onClick={() => onStatus(participant.id, candidate, index + 1)}
              >
                <KeyedLabel label={candidate.label} shortcut={candidate.key} />
                {/* A narrow panel shows the key letter alone (attendance.css). */}
                <span className="run-attendance-status-key">{candidate.key.toUpperCase()}</span>
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {presence ? (
        <div role="gridcell" className="run-attendance-presence">
          {showPresence ? (
            <div
              role="group"
              aria-label={t('attendance.presence.group', { code: participant.code, activity: presence.activityTitle })}
              className="run-attendance-buttons"
            >
              {presenceKinds.map((kind, index) => {
                const on = presence.isOn(participant.id, kind);
                const busy = presence.isBusy(participant.id, kind);
                return (
                  <button
                    key={kind}
                    type="button"
                    className="run-attendance-toggle"
                    aria-pressed={on}
                    aria-disabled={busy || undefined}
                    tabIndex={tabIndex(statusCols + 1 + index)}
                    data-nav={statusCols + 1 + index}
                    onClick={() => {
                      if (!busy) presence.toggle(participant.id, kind, !on);
                    }}
                  >
                    {t(`attendance.presence.${kind}`)}
                  </button>
                );
              })}
            </div>
          ) : null}
        </div>
      ) : null}
      {inlinePart ? (
        <div role="gridcell" className="run-attendance-inline" data-inline="">
          {inlinePart}
        </div>
      ) : null}
    </div>
  );
}

function RowStatus({ state, presenceError }: { state: RowState | undefined; presenceError: string | undefined }) {
  const { t } = useTranslation();
  if (presenceError)
    return <span className="run-attendance-row-status run-attendance-row-status--failed">{t('attendance.presence.failed', { message: presenceError })}</span>;
  if (!state) return null;
  const text = state.kind === 'failed' ? t('attendance.row.failed', { message: state.message }) : t(`attendance.row.${state.kind}`);
  return <span className={`run-attendance-row-status run-attendance-row-status--${state.kind}`}>{text}</span>;
}

/** A status's label with its key underlined where the label has it (else the key after it): "Pr̲esent", "Late (l)". */
function KeyedLabel({ label, shortcut }: { label: string; shortcut: string }) {
  const at = label.toLocaleLowerCase().indexOf(shortcut);
  if (at < 0) {
    return (
      <span className="run-attendance-status-label">
        {label}{' '}
        <span className="run-attendance-key-after" aria-hidden="true">
          ({shortcut.toUpperCase()})
        </span>
      </span>
    );
  }
  return (
    <span className="run-attendance-status-label">
      {label.slice(0, at)}
      <span className="run-attendance-key">{label.slice(at, at + 1)}</span>
      {label.slice(at + 1)}
    </span>
  );
}
