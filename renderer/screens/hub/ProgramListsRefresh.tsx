import { useEffect, useRef } from 'react';
import type { Settings } from '../../../core/domain/settings';
import { sameSharedRecords } from '../../../core/domain/hub/programLists';
import { call } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { useKnownHubStatus } from './HubStatusContext';

/**
 * Keeps the app's settings in step with the lists the program hub brings: while this laptop is in a
 * program, settings are read again at each new hub status and taken when their shared lists differ
 * (a site added on another laptop then shows in Settings and in the plan's site picker).
 */
export function ProgramListsRefresh() {
  const status = useKnownHubStatus();
  const { state, apply } = useSettings();
  const held = useRef<Settings | undefined>(undefined);
  held.current = state.status === 'ready' ? state.value : undefined;
  const inProgram = status?.program !== undefined;

  useEffect(() => {
    if (!inProgram) return;
    let current = true;
    const before = held.current;
    call('settings.get').then(
      (fresh) => {
        // A save answered meanwhile holds newer settings than this read: it is kept.
        if (!current || before === undefined || held.current !== before || sameSharedRecords(before, fresh)) return;
        void apply(Promise.resolve(fresh));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [status, inProgram, apply]);

  return null;
}
