import type { Workshop } from '../../core/domain/workshop';
import type { WorkshopDigest } from '../../core/domain/workshopDigest';
import type { DataStore } from '../storage';

/**
 * The whole workshops the digests name, read one at a time: what a report or export walks over, so
 * that only the store's few recently used workshops are held at once, not the archive.
 */
export async function* eachWorkshop(store: DataStore, digests: readonly WorkshopDigest[]): AsyncGenerator<Workshop> {
  for (const digest of digests) {
    const workshop = await store.workshops.get(digest.id);
    if (workshop) yield workshop;
  }
}

/** The whole workshops the digests name, for the rules that need them together (conflicts, a report's figures). */
export async function wholeWorkshops(store: DataStore, digests: readonly WorkshopDigest[]): Promise<Workshop[]> {
  const workshops: Workshop[] = [];
  for await (const workshop of eachWorkshop(store, digests)) workshops.push(workshop);
  return workshops;
}

/** The workshops that are not archived: few, whatever the size of the archive. */
export async function activeWorkshops(store: DataStore): Promise<Workshop[]> {
  return wholeWorkshops(store, await store.workshops.summaries('active'));
}
