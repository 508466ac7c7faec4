import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubProgram } from '../../../core/contract/hub';
import { call } from '../../api';
import { formatLongDate } from '../../format/dates';
import { SaveStatus } from '../../components/SaveStatus';
import { useLoad } from '../../data/useLoad';
import { useSavedToggle } from '../../data/useSavedToggle';
import { useHubStatus } from './HubStatusContext';
import './hub.css';

/** "Share with the program" on the workshop page: shown only once this laptop is in a program. */
export function ShareSwitch({ workshopId, readOnly }: { workshopId: string; readOnly: boolean }) {
  const { state } = useHubStatus();
  const program = state.status === 'ready' ? state.value.program : undefined;
  return program ? <LoadedShareSwitch workshopId={workshopId} program={program} readOnly={readOnly} /> : null;
}

function LoadedShareSwitch({ workshopId, program, readOnly }: { workshopId: string; program: HubProgram; readOnly: boolean }) {
  const { t } = useTranslation();
  const hub = useHubStatus();
  const load = useCallback(() => call('hub.sharing', { workshopId }), [workshopId]);
  const sharing = useLoad(load);
  const shared = sharing.state.status === 'ready' ? sharing.state.value.shared : false;
  const { checked, change, status } = useSavedToggle(shared, async (next) => {
    const saved = await call('hub.share', { workshopId, shared: next });
    sharing.replace(saved);
    // The count of shared workshops and the sync state change with it.
    hub.refresh();
    return saved;
  });

  if (sharing.state.status !== 'ready') return null;
  return (
    <div className="field hub-share">
      <label className="checkbox hub-switch" htmlFor="hub-share">
        <input
          id="hub-share"
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={readOnly}
          aria-describedby="hub-share-hint hub-share-status"
          onChange={(event) => void change(event.target.checked)}
        />
        {t('hub.share.label')}
      </label>
      <p className="field-hint" id="hub-share-hint">
        {checked ? t('hub.share.sharedHint', { program: program.name }) : t('hub.share.notSharedHint')}
      </p>
      {!checked && sharing.state.value.withdrawnOn !== undefined && (
        <p className="notice-inline" role="note">
          {t('hubSharing.withdrawn', { date: formatLongDate(sharing.state.value.withdrawnOn) })}
        </p>
      )}
      <SaveStatus state={status.state} id="hub-share-status" />
    </div>
  );
}
