import { createContext, useContext } from 'react';
import type { WorkshopView } from '../../../core/contract/planning';
import type { Participant } from '../../../core/domain/participants';

export interface WorkshopStore {
  view: WorkshopView;
  /** Archived: nothing can be changed until it is restored. */
  readOnly: boolean;
  /** Awaits an action (every one returns the new WorkshopView) and shows its result. */
  apply: (work: Promise<WorkshopView>) => Promise<WorkshopView>;
  participants: ReadonlyMap<string, Participant>;
  /** Settings › Privacy: show full names where a participant has one. */
  allowFullNames: boolean;
  /** Titles of other workshops this roster moved people to or from, by id (loaded when needed). */
  workshopTitles: ReadonlyMap<string, string>;
}

export const WorkshopContext = createContext<WorkshopStore | null>(null);

export function useWorkshop(): WorkshopStore {
  const store = useContext(WorkshopContext);
  if (!store) throw new Error('useWorkshop() needs a <WorkshopContext.Provider> above it.');
  return store;
}
