/** The outcome of saving a file the user placed with a save dialog. */
export type SavedFile = { status: 'cancelled' } | { status: 'saved'; path: string };
