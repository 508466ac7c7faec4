import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../../core/contract/running';
import { call, toApiError } from '../../../api';
import type { PresenceControls, PresenceKind } from './RosterGrid';

interface Activity {
  activityId: string;
  title: string;
}

const keyOf = (participantId: string, kind: PresenceKind) => `${participantId}:${kind}`;

/**
 * "Passed" and "stepped out" for the activity running now: shown as pressed while the call runs,
 * then as the new view says (or back as it was, with the message, when it fails).
 */
export function usePresence(
  view: MeetingRunView,
  activity: Activity | undefined,
  onViewChange: (view: MeetingRunView) => void,
  announce: (text: string) => void,
  codeOf: (participantId: string) => string,
): PresenceControls | undefined {
  const { t } = useTranslation();
  const [sending, setSending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());

  const activityId = activity?.activityId;
  const activityTitle = activity?.title ?? '';
  const saved = useCallback(
    (participantId: string, kind: PresenceKind) =>
      view.presence.some(
        (entry) => entry.meetingId === view.meeting.id && entry.participantId === participantId && entry.activityId === activityId && entry.kind === kind,
      ),
    [view, activityId],
  );

  if (activityId === undefined) return undefined;

  async function toggle(participantId: string, kind: PresenceKind, on: boolean) {
    if (activityId === undefined) return;
    const key = keyOf(participantId, kind);
    setSending((map) => new Map(map).set(key, on));
    setErrors((map) => {
      const next = new Map(map);
      next.delete(participantId);
      return next;
    });
    const words = { code: codeOf(participantId), kind: t(`attendance.presence.${kind}`).toLocaleLowerCase(), activity: activityTitle };
    try {
      const next = await call('attendance.presence', { workshopId: view.workshop.id, meetingId: view.meeting.id, participantId, activityId, kind, on });
      onViewChange(next);
      announce(t(on ? 'attendance.announcePresence' : 'attendance.announcePresenceOff', words));
    } catch (thrown) {
      const message = toApiError(thrown).message;
      setErrors((map) => new Map(map).set(participantId, message));
      announce(t('attendance.announceFailed', { code: words.code, message }));
    } finally {
      setSending((map) => {
        const next = new Map(map);
        next.delete(key);
        return next;
      });
    }
  }

  return {
    activityTitle,
    isOn: (participantId, kind) => sending.get(keyOf(participantId, kind)) ?? saved(participantId, kind),
    isBusy: (participantId, kind) => sending.has(keyOf(participantId, kind)),
    error: (participantId) => errors.get(participantId),
    toggle: (participantId, kind, on) => void toggle(participantId, kind, on),
  };
}
