import { dirname } from 'node:path';
import { AppFailure } from '../../core/contract/result';
import type { DataStore } from '../storage';
import type { DesktopHost } from './host';

/** Refuses to go on once the data this work began on was locked (or closed) meanwhile. */
export function requireStillOpen(store: Pick<DataStore, 'isOpen'>): void {
  if (!store.isOpen()) throw new AppFailure('locked', { code: 'locked-meanwhile' });
}

/**
 * The desktop as one opening of the data sees it. A dialog can stay open for minutes; if the data
 * was locked while it was (a later unlock opens the data anew, so this holds then too), what it
 * returns is refused: the answer must not write records from memory, or read a file into a new
 * opening the user never chose it for. Save dialogs open in the remembered export folder; the
 * first one (there is none yet) asks, and the folder chosen is remembered.
 */
export function hostForOpening(host: DesktopHost, store: Pick<DataStore, 'isOpen' | 'settings'>): DesktopHost {
  const afterwards = async <T>(asked: Promise<T>): Promise<T> => {
    const answer = await asked;
    requireStillOpen(store);
    return answer;
  };
  return {
    chooseFileToOpen: (format) => afterwards(host.chooseFileToOpen(format)),
    chooseFolder: () => afterwards(host.chooseFolder()),
    chooseSaveTarget: async (suggestedName, format) => {
      const remembered = store.settings.get().exportFolder;
      const target = await afterwards(host.chooseSaveTarget(suggestedName, format, remembered));
      if (target !== undefined && remembered === undefined) {
        await store.settings.update((settings) => ({ ...settings, exportFolder: dirname(target) }));
      }
      return target;
    },
    renderPagePdf: () => afterwards(host.renderPagePdf()),
    shownPageUrl: () => host.shownPageUrl(),
    openPresenter: () => host.openPresenter(),
  };
}
