import type { Message } from '../messages';

/** One change a bundle import would make, or a conflict to settle. */
export interface BundleChange {
  id: string;
  /** What it is about, worded by the renderer: "Mark of JH-26-014 at the meeting on March 9, 2027 at 16:00". */
  label: Message;
  /** `kept`: something the other computer changed that stays as it is here, said so a person can check it. */
  kind: 'add' | 'update' | 'conflict' | 'kept';
  /** For a conflict: both values (worded by the renderer) and which is newer. */
  mine?: Message;
  theirs?: Message;
  newer?: 'mine' | 'theirs';
}
