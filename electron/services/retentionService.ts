import { randomUUID } from 'node:crypto';
import type { PurgeDone, PurgeParticipant, PurgeWorkshop, RetentionPreview } from '../../core/contract/backups';
import { AppFailure } from '../../core/contract/result';
import type { CivilDate } from '../../core/domain/calendar/civil';
import { civilDateIn } from '../../core/domain/calendar/zone';
import { withoutPeople, type Participant } from '../../core/domain/participants';
import type { RetentionSettings, Settings } from '../../core/domain/settings';
import { referencedParticipantIds, type Workshop } from '../../core/domain/workshop';
import { safetyKeptUntil, secondFolderProblem, type DataStore } from '../storage';
import type { BackupService } from './backupService';
import type { Clock } from './planning/clock';
import { asAppFailure } from './storageFailure';
import { wholeWorkshops } from './workshopReads';

/** The same day `months` months earlier; the last day of that month when it is shorter (31 March − 1 = 28 February). */
export function monthsBefore(date: CivilDate, months: number): CivilDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * The day a workshop ended: its last meeting that was not cancelled; when every meeting was
 * cancelled, its last planned one; with no meetings at all, the day it was to start.
 */
export function workshopEnd(workshop: Workshop): CivilDate {
  const latest = (dates: CivilDate[]) => dates.reduce<CivilDate | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
  return (
    latest(workshop.meetings.filter((meeting) => meeting.cancellation === undefined).map((meeting) => meeting.date)) ??
    latest(workshop.meetings.map((meeting) => meeting.date)) ??
    workshop.plan.startDate
  );
}

export interface RetentionPlan {
  cutoff: CivilDate;
  workshops: PurgeWorkshop[];
  participants: PurgeParticipant[];
}

/**
 * What the rule purges: workshops that ended before `cutoff` (`months` before `today`), and the
 * participants they name whom no other workshop names. Participants in no workshop at all (added
 * but not yet enrolled) are not old records, and stay.
 */
export function retentionPlan(input: {
  workshops: readonly Workshop[];
  participants: readonly Participant[];
  today: CivilDate;
  months: number;
}): RetentionPlan {
  const cutoff = monthsBefore(input.today, input.months);
  const ended = input.workshops.filter((workshop) => workshopEnd(workshop) < cutoff);
  const endedIds = new Set(ended.map((workshop) => workshop.id));
  const stillNamed = new Set(input.workshops.filter((workshop) => !endedIds.has(workshop.id)).flatMap((workshop) => [...referencedParticipantIds(workshop)]));
  const leaving = new Set(ended.flatMap((workshop) => [...referencedParticipantIds(workshop)]).filter((id) => !stillNamed.has(id)));
  return {
    cutoff,
    workshops: ended
      .map((workshop) => ({ id: workshop.id, title: workshop.title, endedOn: workshopEnd(workshop) }))
      .sort((a, b) => a.endedOn.localeCompare(b.endedOn) || a.title.localeCompare(b.title)),
    participants: input.participants
      .filter((participant) => leaving.has(participant.id))
      .map((participant) => ({ id: participant.id, code: participant.code }))
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
  };
}

/** Settings › Retention: purging old workshops and the people only they name, off unless turned on. */
export function createRetentionService(options: { store: DataStore; backups: BackupService; clock: Clock }) {
  const { store, backups, clock } = options;
  let pending: { token: string; workshopIds: Set<string>; participantIds: Set<string> } | undefined;

  /**
   * Deletes the workshops one by one. A failure after some went says so, with how many (the person
   * must not read "nothing was purged"); the registry is left as it is, and the same purge can be
   * reviewed and run again for the rest.
   */
  async function removeWorkshops(workshopIds: readonly string[]): Promise<void> {
    let removed = 0;
    try {
      for (const id of workshopIds) {
        await store.workshops.remove(id);
        removed += 1;
      }
    } catch (error) {
      const failure = asAppFailure(error);
      if (removed === 0 || failure === undefined) throw error;
      throw new AppFailure(failure.code, { code: 'purge-partial', params: { count: removed, total: workshopIds.length, cause: failure.reason } });
    }
  }

  async function currentPlan(): Promise<RetentionPlan | undefined> {
    const months = store.settings.get().retention.purgeAfterMonths;
    if (months === undefined) return undefined;
    return retentionPlan({
      workshops: await wholeWorkshops(store, await store.workshops.summaries('all')),
      participants: store.participants.get().participants,
      today: civilDateIn(clock.now(), clock.timeZone),
      months,
    });
  }

  return {
    async preview(): Promise<RetentionPreview> {
      pending = undefined;
      const plan = await currentPlan();
      if (!plan) return { workshops: [], participants: [] };
      const preview: RetentionPreview = { purgeAfterMonths: store.settings.get().retention.purgeAfterMonths, ...plan };
      if (plan.workshops.length > 0) {
        const token = randomUUID();
        pending = { token, workshopIds: new Set(plan.workshops.map((w) => w.id)), participantIds: new Set(plan.participants.map((p) => p.id)) };
        preview.token = token;
      }
      return preview;
    },

    /**
     * Purges what the preview listed and the rule still purges now (a workshop given a new meeting
     * since then stays): a backup first, then the workshop files, then the registry entries, so no
     * remaining workshop ever names someone the registry lacks.
     */
    async purge(token: string): Promise<PurgeDone> {
      if (!pending || pending.token !== token) {
        throw new AppFailure('not-found', { code: 'purge-expired' });
      }
      const confirmed = pending;
      pending = undefined;
      const plan = await currentPlan();
      if (!plan) throw new AppFailure('invalid-input', { code: 'purge-off' });
      const workshopIds = plan.workshops.filter((workshop) => confirmed.workshopIds.has(workshop.id)).map((workshop) => workshop.id);
      const participantIds = new Set(
        plan.participants.filter((participant) => confirmed.participantIds.has(participant.id)).map((participant) => participant.id),
      );
      if (workshopIds.length === 0) throw new AppFailure('invalid-input', { code: 'purge-nothing-left' });

      return backups.afterBackup('purge', 'purge-backup-failed', async (backup) => {
        await removeWorkshops(workshopIds);
        if (participantIds.size > 0) {
          await store.participants.update((current) => withoutPeople(current, participantIds));
        }
        // The backups lose the records too: all but the safety generation at once, that one once it expires.
        const keptUntil = safetyKeptUntil(clock.now());
        await store.pruneFromBackups({ workshopIds, participantIds: [...participantIds], safety: backup.name, keptUntil: keptUntil.toISOString() });
        const secondFolder = store.settings.get().backups.secondFolder;
        return {
          workshops: workshopIds.length,
          participants: participantIds.size,
          backup: backup.name,
          keptUntil: civilDateIn(keptUntil, clock.timeZone),
          secondFolderPending: secondFolder !== undefined && (await secondFolderProblem(secondFolder)) !== undefined,
        };
      });
    },

    /** Turns purging on (with a number of months) or off (`{}`). */
    setRetention(retention: RetentionSettings): Promise<Settings> {
      pending = undefined;
      return store.settings.update((current) => ({ ...current, retention }));
    },
  };
}
