import { useTranslation } from 'react-i18next';
import type { SaveState } from '../data/useSaveStatus';

/** A polite live region saying whether a section's last change was saved. Always rendered, so it is announced. */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const { t } = useTranslation();
  let text = '';
  if (state.kind === 'saving') text = t('status.saving');
  else if (state.kind === 'saved') text = t('status.saved');
  else if (state.kind === 'failed') text = state.atField ? t('status.failedField') : t('status.failed', { message: state.error.message });
  return (
    <p role="status" id={id} className={`save-status save-status--${state.kind}`}>
      {text}
    </p>
  );
}
