import type { Message } from '../messages';

export type RosterRowStatus = 'new' | 'existing' | 'already-enrolled' | 'error';

export interface RosterRow {
  /** The line in the file (the header is line 1). */
  line: number;
  code: string;
  initials?: string;
  pronouns?: string;
  fullName?: string;
  /** new: added to the registry and enrolled; existing: in the registry, enrolled; already-enrolled: skipped. */
  status: RosterRowStatus;
  problems: Message[];
}
