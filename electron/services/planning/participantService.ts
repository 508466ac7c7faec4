import { randomUUID } from 'node:crypto';
import type { FullNamesErased, ParticipantView } from '../../../core/contract/planning';
import { AppFailure } from '../../../core/contract/result';
import { withoutPeople, type Participant, type ParticipantInput } from '../../../core/domain/participants';
import type { Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import { eachWorkshop } from '../workshopReads';
import type { Clock } from './clock';

/** Program codes are compared without regard to case: JH-26-014 and jh-26-014 are the same person. */
export function sameCode(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'accent' }) === 0;
}

type Stay = ParticipantView['enrolments'][number];

/** Every stay in every workshop, by participant id: one pass over the rosters, whoever asks. */
async function staysByParticipant(workshops: AsyncIterable<Workshop> | Iterable<Workshop>): Promise<Map<string, Stay[]>> {
  const stays = new Map<string, Stay[]>();
  for await (const workshop of workshops) {
    for (const entry of workshop.roster) {
      const list = stays.get(entry.participantId) ?? [];
      list.push({ ...entry, workshopId: workshop.id, workshopTitle: workshop.title });
      stays.set(entry.participantId, list);
    }
  }
  for (const list of stays.values()) list.sort((a, b) => a.enrolledOn.localeCompare(b.enrolledOn));
  return stays;
}

export async function historyOf(participant: Participant, workshops: AsyncIterable<Workshop> | Iterable<Workshop>): Promise<ParticipantView> {
  return { participant, enrolments: (await staysByParticipant(workshops)).get(participant.id) ?? [] };
}

/** Every workshop, one at a time: a participant's history may be in any of them. */
async function everyWorkshop(store: DataStore): Promise<AsyncIterable<Workshop>> {
  return eachWorkshop(store, await store.workshops.summaries('all'));
}

/** When the code was set: now when it changes (other computers then take the newer code), else as it was. */
function codeTimeOf(existing: Participant | undefined, code: string, now: () => Date): Pick<Participant, 'codeSetAt'> {
  if (existing !== undefined && existing.code !== code) return { codeSetAt: now().toISOString() };
  return existing?.codeSetAt === undefined ? {} : { codeSetAt: existing.codeSetAt };
}

function withCodeNotTaken(view: ParticipantView, code: string | undefined): ParticipantView {
  return code === undefined ? view : { ...view, codeNotTaken: code };
}

export function createParticipantService(options: { store: DataStore; clock: Clock }) {
  const { store, clock } = options;
  const registry = () => store.participants.get().participants;

  function checked(input: ParticipantInput): ParticipantInput {
    const taken = registry().find((other) => other.id !== input.id && sameCode(other.code, input.code));
    if (taken) {
      throw new AppFailure('invalid-input', { code: 'code-taken', params: { code: taken.code } }, [{ path: 'code', rule: 'as-reason' }]);
    }
    if (input.fullName && !store.settings.get().preferences.allowFullNames) {
      throw new AppFailure('invalid-input', { code: 'full-names-off' }, [{ path: 'fullName', rule: 'as-reason' }]);
    }
    return input;
  }

  /** Codes other computers gave people that were not taken here, by person. */
  const codesNotTaken = () => new Map((store.participants.get().codeClashes ?? []).map((clash) => [clash.participantId, clash.code]));

  async function list(): Promise<ParticipantView[]> {
    const stays = await staysByParticipant(await everyWorkshop(store));
    const notTaken = codesNotTaken();
    return registry()
      .map((participant) => withCodeNotTaken({ participant, enrolments: stays.get(participant.id) ?? [] }, notTaken.get(participant.id)))
      .sort((a, b) => a.participant.code.localeCompare(b.participant.code, 'en', { numeric: true }));
  }

  return {
    list,

    /** Adds a participant (no id) or changes one; codes stay unique. */
    async save(input: ParticipantInput): Promise<ParticipantView> {
      const valid = checked(input);
      const id = valid.id ?? randomUUID();
      if (valid.id !== undefined && !registry().some((participant) => participant.id === valid.id)) {
        throw new AppFailure('not-found', { code: 'participant-missing' });
      }
      const saved = await store.participants.update((current) => {
        checked(valid); // again, against the state this update really applies to
        const existing = current.participants.find((participant) => participant.id === id);
        const record: Participant = {
          ...valid,
          id,
          createdAt: existing?.createdAt ?? clock.now().toISOString(),
          ...codeTimeOf(existing, valid.code, () => clock.now()),
        };
        const participants = existing
          ? current.participants.map((participant) => (participant.id === id ? record : participant))
          : [...current.participants, record];
        // Saved by a person, who saw the code another computer gave them: the notice has done its work.
        const codeClashes = current.codeClashes?.filter((clash) => clash.participantId !== id);
        return { ...current, participants, ...(codeClashes === undefined ? {} : { codeClashes }) };
      });
      const participant = saved.participants.find((candidate) => candidate.id === id)!;
      return await historyOf(participant, await everyWorkshop(store));
    },

    /** Adds several new participants in one durable write (a roster import). */
    async addMany(inputs: readonly Omit<ParticipantInput, 'id'>[]): Promise<Participant[]> {
      const at = clock.now().toISOString();
      const records = inputs.map((input) => ({ ...checked(input), id: randomUUID(), createdAt: at }));
      await store.participants.update((current) => ({ ...current, participants: [...current.participants, ...records] }));
      return records;
    },

    /**
     * Once full names are turned off: every stored one is erased from the registry (one durable
     * write), then from every backup generation in both places (a second folder that cannot be
     * reached now is remembered, and done when it can be).
     */
    async eraseFullNames(): Promise<FullNamesErased> {
      if (store.settings.get().preferences.allowFullNames) {
        throw new AppFailure('invalid-input', { code: 'full-names-still-on' });
      }
      const erased = registry().filter((participant) => participant.fullName !== undefined).length;
      await store.participants.update((current) => ({
        ...current,
        participants: current.participants.map(({ fullName: _erased, ...participant }) => participant),
      }));
      const left = await store.pruneFromBackups({ workshopIds: [], participantIds: [], safety: '', keptUntil: clock.now().toISOString(), fullNames: true });
      return { erased, secondFolderPending: left.some((prune) => prune.fullNames === true) };
    },

    /** Only someone who was never on any roster: a participant's history is never deleted. */
    async remove(id: string): Promise<ParticipantView[]> {
      const participant = registry().find((candidate) => candidate.id === id);
      if (!participant) throw new AppFailure('not-found', { code: 'participant-missing' });
      const history = await historyOf(participant, await everyWorkshop(store));
      if (history.enrolments.length > 0) {
        throw new AppFailure('invalid-input', { code: 'participant-has-history', params: { code: participant.code, count: history.enrolments.length } });
      }
      // With what the registry noted of them (a code not taken, other computers' ids for them).
      await store.participants.update((current) => withoutPeople(current, new Set([id])));
      return list();
    },
  };
}

export type ParticipantService = ReturnType<typeof createParticipantService>;
