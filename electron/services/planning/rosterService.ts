import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { RosterImportPreview, RosterRow, WorkshopView } from '../../../core/contract/planning';
import type { enrolSchema, exitSchema, moveParticipantSchema } from '../../../core/contract/planningInputs';
import { AppFailure } from '../../../core/contract/result';
import type { CivilDate } from '../../../core/domain/calendar/civil';
import { decodeRosterBytes, MAX_ROSTER_BYTES, parseRosterCsv } from '../../../core/domain/roster/csv';
import { currentParticipantIds, enrol, exitParticipant } from '../../../core/domain/roster/rules';
import { readChosenFile, type DataStore } from '../../storage';
import type { BackUpFirst } from '../backupService';
import type { DesktopHost } from '../host';
import { applyRule } from './failures';
import { sameCode, type ParticipantService } from './participantService';
import type { WorkshopService } from './workshopService';

interface PendingImport {
  token: string;
  workshopId: string;
  enrolledOn: CivilDate;
  rows: RosterRow[];
}

export function createRosterService(options: { store: DataStore; workshops: WorkshopService; participants: ParticipantService; host: DesktopHost }) {
  const { store, workshops, participants, host } = options;
  /** The one roster import the user is looking at: confirming enrols exactly the rows previewed. */
  let pending: PendingImport | undefined;

  const codeOf = (participantId: string) =>
    store.participants.get().participants.find((participant) => participant.id === participantId)?.code ?? 'A participant';

  function requireParticipants(ids: readonly string[]): void {
    ids.forEach((id, index) => {
      if (!store.participants.get().participants.some((participant) => participant.id === id)) {
        throw new AppFailure('not-found', { code: 'participant-missing' }, [{ path: `participantIds[${index}]`, rule: 'as-reason' }]);
      }
    });
  }

  async function requireWorkshop(id: string) {
    const workshop = await store.workshops.get(id);
    if (!workshop) throw new AppFailure('not-found', { code: 'workshop-missing' });
    return workshop;
  }

  async function preview(workshopId: string, enrolledOn: CivilDate, path: string): Promise<RosterImportPreview> {
    const fileName = basename(path);
    const workshop = await requireWorkshop(workshopId);
    const read = await readChosenFile(path, MAX_ROSTER_BYTES);
    if (!read.ok) return { status: 'invalid', fileName, problems: [read.refusal] };
    const decoded = decodeRosterBytes(read.bytes);
    if (!decoded.ok) return { status: 'invalid', fileName, problems: [decoded.message] };
    const parsed = parseRosterCsv(decoded.text, {
      allowFullNames: store.settings.get().preferences.allowFullNames,
      registry: store.participants.get().participants,
      enrolledParticipantIds: new Set(currentParticipantIds(workshop)),
    });
    if (!parsed.ok) return { status: 'invalid', fileName, problems: parsed.problems };
    const token = randomUUID();
    pending = { token, workshopId, enrolledOn, rows: parsed.rows };
    const importable = parsed.rows.filter((row) => row.status === 'new' || row.status === 'existing').length;
    return { status: 'ready', fileName, token, workshopId, enrolledOn, rows: parsed.rows, importable };
  }

  /**
   * Adds the new people to the registry, then enrols everyone the preview said it would. `backUp`
   * runs only when that changes something, before the first write.
   */
  async function confirmImport(token: string, backUp: BackUpFirst): Promise<WorkshopView> {
    if (!pending || pending.token !== token) {
      throw new AppFailure('not-found', { code: 'roster-import-expired' });
    }
    const { workshopId, enrolledOn, rows } = pending;
    const wanted = rows.filter((row) => row.status === 'new' || row.status === 'existing');
    if (wanted.length === 0) {
      pending = undefined;
      throw new AppFailure('invalid-input', { code: 'roster-import-empty' });
    }
    // The registry and the roster may have changed since the preview: match codes again.
    const registry = store.participants.get().participants;
    const known = new Map(
      wanted.flatMap((row) => {
        const match = registry.find((participant) => sameCode(participant.code, row.code));
        return match ? [[row.code, match.id] as const] : [];
      }),
    );
    const newPeople = wanted.filter((row) => !known.has(row.code));
    const enrolledNow = new Set(currentParticipantIds(await requireWorkshop(workshopId)));
    if (newPeople.length === 0 && [...known.values()].every((id) => enrolledNow.has(id))) {
      pending = undefined;
      return workshops.get(workshopId);
    }
    // Kept until the backup is made: when it cannot be, the same preview can be confirmed again.
    await backUp();
    pending = undefined;
    const added = await participants.addMany(
      newPeople.map((row) => ({ code: row.code, initials: row.initials, pronouns: row.pronouns, fullName: row.fullName })),
    );
    const ids = [...known.values(), ...added.map((participant) => participant.id)];
    return workshops.change(workshopId, (current) => {
      const enrolled = new Set(currentParticipantIds(current));
      return enrol(
        current,
        ids.filter((id) => !enrolled.has(id)),
        enrolledOn,
        codeOf,
      );
    });
  }

  return {
    enrol(input: z.infer<typeof enrolSchema>): Promise<WorkshopView> {
      requireParticipants(input.participantIds);
      return workshops.change(input.workshopId, (current) => enrol(current, input.participantIds, input.enrolledOn, codeOf));
    },

    exit(input: z.infer<typeof exitSchema>): Promise<WorkshopView> {
      return workshops.change(input.workshopId, (current) => exitParticipant(current, input.participantId, { on: input.on, reason: input.reason }, codeOf));
    },

    /**
     * Continues a participant's stay in another workshop (e.g. from juvenile hall to a community group).
     * The new stay is written first: if the app stopped between the two writes, the participant would
     * be on both rosters, never on none.
     */
    async move(input: z.infer<typeof moveParticipantSchema>): Promise<WorkshopView> {
      if (input.fromWorkshopId === input.toWorkshopId) throw new AppFailure('invalid-input', { code: 'move-to-same-workshop' });
      const from = await requireWorkshop(input.fromWorkshopId);
      if (from.archivedAt !== undefined) throw new AppFailure('invalid-input', { code: 'workshop-archived', params: { title: from.title } });
      applyRule(() => exitParticipant(from, input.participantId, { on: input.on, reason: 'moved', toWorkshopId: input.toWorkshopId }, codeOf));
      const moved = await workshops.change(input.toWorkshopId, (current) => enrol(current, [input.participantId], input.on, codeOf, input.fromWorkshopId));
      await workshops.change(input.fromWorkshopId, (current) =>
        exitParticipant(current, input.participantId, { on: input.on, reason: 'moved', toWorkshopId: input.toWorkshopId }, codeOf),
      );
      return moved;
    },

    async chooseImport(input: { workshopId: string; enrolledOn: CivilDate }): Promise<RosterImportPreview> {
      pending = undefined;
      const workshop = await requireWorkshop(input.workshopId);
      if (workshop.archivedAt !== undefined) throw new AppFailure('invalid-input', { code: 'workshop-archived', params: { title: workshop.title } });
      const path = await host.chooseFileToOpen('roster');
      return path === undefined ? { status: 'cancelled' } : preview(input.workshopId, input.enrolledOn, path);
    },

    confirmImport,
  };
}
