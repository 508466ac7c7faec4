/** One change a bundle import would make, or a conflict to settle. */
export interface BundleChange {
  id: string;
  /** What it is about, in words: "Mark of JH-26-014 on Tue, Mar 9", "Meeting 3". */
  label: string;
  kind: 'add' | 'update' | 'conflict';
  /** For a conflict: both values, in words, and which is newer. */
  mine?: string;
  theirs?: string;
  newer?: 'mine' | 'theirs';
}
