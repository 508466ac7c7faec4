/**
 * The coordinator's list of the program's members as last read from the hub. It is read again when
 * the sync brings a member's document (a facilitator's laptop joined, so the list changes within one
 * exchange) and after this laptop's own changes (a join file made, a member removed), so the status
 * answers from it at once instead of asking the hub each time a screen asks.
 */
import type { ProgramMember } from '../../../core/domain/hub/membership';
import type { ProgramService } from './program';

/** How long the status waits for the first reading (a hub that does not answer soon does not hold it up). */
const FIRST_READING_WAIT_MS = 3_000;

export function createProgramMembers(program: Pick<ProgramService, 'members'>) {
  let known: ProgramMember[] | undefined;
  let reading: Promise<void> | undefined;
  let readAgain = false;

  /** Reads the list from the hub; asked while a reading is under way, reads once more after it (it may have started before the change). */
  function refresh(): Promise<void> {
    if (reading !== undefined) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        readAgain = false;
        try {
          known = await program.members();
        } catch {
          // Out of reach: the list last read stays, and the next change or status asks again.
        }
      } while (readAgain);
    })().finally(() => (reading = undefined));
    return reading;
  }

  let waitedForFirst = false;

  /**
   * The members last read. None read yet (the hub out of reach so far): asks again, waiting a little
   * the first time only, so a status asked every few seconds is not held up each time.
   */
  async function list(): Promise<ProgramMember[]> {
    if (known === undefined) {
      const reading = refresh();
      if (!waitedForFirst) {
        waitedForFirst = true;
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([reading, new Promise<void>((done) => (timer = setTimeout(done, FIRST_READING_WAIT_MS)))]);
        clearTimeout(timer);
      }
    }
    return known ?? [];
  }

  return {
    refresh,
    list,
    /** This laptop left the program, or is in another: nothing read before counts. */
    forget(): void {
      known = undefined;
      waitedForFirst = false;
    },
  };
}

export type ProgramMembers = ReturnType<typeof createProgramMembers>;
