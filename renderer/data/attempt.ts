import { toApiError } from '../api';
import type { Outcome } from './useSaveStatus';

/** Runs a call and turns a thrown ApiError into an outcome, for useActionForm's submit. */
export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
