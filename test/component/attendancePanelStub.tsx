import type { AttendancePanelProps } from '../../renderer/screens/run/AttendancePanel';

/**
 * Stands in for the attendance panel (another part's work) in runner tests: it shows only what the
 * runner gives it, the roster's size and the current activity with its ids.
 * Use: `vi.mock('../../renderer/screens/run/AttendancePanel', () => import('./attendancePanelStub'))`.
 */
export function AttendancePanel({ view, currentActivity }: AttendancePanelProps) {
  return (
    <p>
      Attendance for {view.roster.length} people
      {currentActivity ? `, during ${currentActivity.title} (${currentActivity.sessionId}/${currentActivity.activityId})` : ''}
    </p>
  );
}
