import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { SavedFile } from '../../../core/contract/files';
import type { SchedulePreview, WorkshopSummary, WorkshopView } from '../../../core/contract/planning';
import type {
  addMeetingSchema,
  cancelMeetingSchema,
  moveMeetingSchema,
  schedulePreviewSchema,
  setMeetingSessionsSchema,
  updateWorkshopSchema,
  workshopDetailsSchema,
  workshopDraftSchema,
} from '../../../core/contract/planningInputs';
import { AppFailure, type Message } from '../../../core/contract/result';
import { workshopCalendar } from '../../../core/domain/calendar/ics';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { enrol } from '../../../core/domain/roster/rules';
import {
  addMeeting,
  cancelMeeting,
  findConflicts,
  generateSchedule,
  moveMeeting,
  previewBookings,
  restoreMeeting,
  setMeetingSessions,
  bookingsOf,
} from '../../../core/domain/schedule';
import type { Settings } from '../../../core/domain/settings';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import { activeWorkshops } from '../workshopReads';
import type { CurriculumService } from '../curriculumService';
import type { DesktopHost } from '../host';
import { saveToChosenFile } from '../savedFiles';
import { recordExport } from '../exports/auditLog';
import type { CalendarDetail } from '../../../core/domain/calendar/detail';
import type { Clock } from './clock';
import { applyRule } from './failures';
import { allConflicts, summarise, viewOf } from './views';

type Details = z.infer<typeof workshopDetailsSchema>;

/** A refusal about one field: the form shows the reason at that field. */
function issue(path: string, reason: Message): AppFailure {
  return new AppFailure('invalid-input', reason, [{ path, rule: 'as-reason' }]);
}

/** The site and facilitators the details name, as the workshop keeps them (with names for history). */
function resolveStaff(settings: Settings, details: Pick<Details, 'siteId' | 'facilitators'>): Pick<Workshop, 'site' | 'facilitators'> {
  let site: Workshop['site'];
  if (details.siteId !== undefined) {
    const found = settings.sites.find((candidate) => candidate.id === details.siteId);
    if (!found) throw issue('siteId', { code: 'site-gone-choose' });
    site = { siteId: found.id, name: found.name, kind: found.kind };
  }
  const facilitators = details.facilitators.map((chosen, index) => {
    const found = settings.facilitators.find((candidate) => candidate.id === chosen.facilitatorId);
    if (!found) throw issue(`facilitators[${index}].facilitatorId`, { code: 'facilitator-gone-choose' });
    return { facilitatorId: found.id, name: found.name, roles: chosen.roles };
  });
  return site ? { site, facilitators } : { facilitators };
}

function sessionIdsOf(module: CurriculumModule): string[] {
  return module.sessions.map((session) => session.id);
}

export function createWorkshopService(options: { store: DataStore; curricula: CurriculumService; host: DesktopHost; clock: Clock }) {
  const { store, curricula, host, clock } = options;

  async function viewById(id: string): Promise<WorkshopView> {
    const workshop = await store.workshops.get(id);
    if (!workshop) throw new AppFailure('not-found', { code: 'workshop-missing' });
    return viewFor(workshop);
  }

  async function viewFor(workshop: Workshop): Promise<WorkshopView> {
    return viewOf(workshop, {
      now: clock.now(),
      registry: store.participants.get().participants,
      conflicts: allConflicts(await activeWorkshops(store)),
    });
  }

  /** Applies a change to a workshop that is not archived, stamps it, saves it and returns its new view. */
  async function change(workshopId: string, apply: (workshop: Workshop) => Workshop): Promise<WorkshopView> {
    const saved = await store.workshops.update(workshopId, (current) => {
      if (current.archivedAt !== undefined) {
        throw new AppFailure('invalid-input', { code: 'workshop-archived', params: { title: current.title } });
      }
      return { ...applyRule(() => apply(current)), updatedAt: clock.now().toISOString() };
    });
    return viewFor(saved);
  }

  function previewSchedule(input: z.infer<typeof schedulePreviewSchema>): Promise<SchedulePreview> {
    const module = curricula.get(input.moduleId).module;
    const staff = resolveStaff(store.settings.get(), input);
    const generated = applyRule(() => generateSchedule(input.plan, sessionIdsOf(module)));
    return activeWorkshops(store).then((workshops) => {
      const draft = previewBookings({ title: module.title, timeZone: input.timeZone, ...staff }, generated.meetings);
      const conflicts = findConflicts([...workshops.flatMap(bookingsOf), ...draft]).filter(
        (conflict) => conflict.first.meetingId === undefined || conflict.second.meetingId === undefined,
      );
      return { meetings: generated.meetings, skipped: generated.skipped, conflicts };
    });
  }

  async function create(draft: z.infer<typeof workshopDraftSchema>): Promise<WorkshopView> {
    const module = curricula.get(draft.moduleId).module;
    const settings = store.settings.get();
    const registry = store.participants.get().participants;
    const codeOf = (id: string) => registry.find((participant) => participant.id === id)?.code ?? 'A participant';
    draft.participantIds.forEach((id, index) => {
      if (!registry.some((participant) => participant.id === id)) {
        throw issue(`participantIds[${index}]`, { code: 'participant-missing' });
      }
    });
    const generated = applyRule(() => generateSchedule(draft.plan, sessionIdsOf(module)));
    if (generated.meetings.length === 0) throw issue('moduleId', { code: 'module-no-sessions' });
    const at = clock.now().toISOString();
    const planned: Workshop = {
      schemaVersion: WORKSHOP_SCHEMA_VERSION,
      id: randomUUID(),
      title: draft.title,
      audience: draft.audience,
      ...resolveStaff(settings, draft),
      timeZone: draft.timeZone,
      language: draft.language ?? settings.preferences.language,
      module,
      plan: draft.plan,
      meetings: generated.meetings.map((meeting) => ({ ...meeting, id: randomUUID(), kind: 'planned' as const, sequence: 0 })),
      roster: [],
      agreements: [],
      attendance: [],
      presence: [],
      runs: [],
      followUps: [],
      audit: [],
      createdAt: at,
      updatedAt: at,
    };
    const workshop = draft.participantIds.length > 0 ? applyRule(() => enrol(planned, draft.participantIds, draft.plan.startDate, codeOf)) : planned;
    return viewFor(await store.workshops.save(workshop));
  }

  async function setArchived(workshopId: string, archived: boolean): Promise<WorkshopView> {
    const saved = await store.workshops.update(workshopId, (current) => {
      const { archivedAt: _previous, ...rest } = current;
      const updatedAt = clock.now().toISOString();
      return archived ? { ...rest, archivedAt: current.archivedAt ?? updatedAt, updatedAt } : { ...rest, updatedAt };
    });
    return viewFor(saved);
  }

  return {
    async list(): Promise<WorkshopSummary[]> {
      const now = clock.now();
      return (await store.workshops.summaries('all')).map((digest) => summarise(digest, now));
    },
    get: viewById,
    viewFor,
    change,
    previewSchedule,
    create,
    update: (input: z.infer<typeof updateWorkshopSchema>) =>
      change(input.workshopId, ({ site: _previousSite, ...current }) => ({
        ...current,
        ...resolveStaff(store.settings.get(), input),
        title: input.title,
        audience: input.audience,
        timeZone: input.timeZone,
        ...(input.language ? { language: input.language } : {}),
      })),
    archive: (workshopId: string) => setArchived(workshopId, true),
    restore: (workshopId: string) => setArchived(workshopId, false),

    /** The neutral calendar's file is named neutrally too: a file name says what the group is as well as its content. */
    async exportCalendar({ workshopId, detail }: { workshopId: string; detail: CalendarDetail }): Promise<SavedFile> {
      const workshop = await store.workshops.get(workshopId);
      if (!workshop) throw new AppFailure('not-found', { code: 'workshop-missing' });
      const organisationName = store.settings.get().organisation.name;
      return saveToChosenFile(
        host,
        detail === 'detailed' ? workshop.title : 'Group sessions',
        'ics',
        () => workshopCalendar(workshop, { organisationName, now: clock.now(), detail }),
        {
          record: () => recordExport(store, clock, [workshopId], `schedule (.ics, ${detail})`, 'none'),
        },
      );
    },

    moveMeeting: (input: z.infer<typeof moveMeetingSchema>) =>
      change(input.workshopId, (current) =>
        moveMeeting(current, input.meetingId, { date: input.date, startTime: input.startTime, minutes: input.minutes }, input.shiftLater),
      ),
    cancelMeeting: (input: z.infer<typeof cancelMeetingSchema>) =>
      change(input.workshopId, (current) =>
        cancelMeeting(current, input.meetingId, { reason: input.reason, note: input.note, at: clock.now().toISOString() }, input.moveSessionsLater, randomUUID),
      ),
    restoreMeeting: (input: { workshopId: string; meetingId: string }) => change(input.workshopId, (current) => restoreMeeting(current, input.meetingId)),
    addMeeting: ({ workshopId, ...meeting }: z.infer<typeof addMeetingSchema>) =>
      change(workshopId, (current) => addMeeting(current, { ...meeting, id: randomUUID() })),
    setMeetingSessions: (input: z.infer<typeof setMeetingSessionsSchema>) =>
      change(input.workshopId, (current) => setMeetingSessions(current, input.meetingId, input.sessionIds)),
  };
}

export type WorkshopService = ReturnType<typeof createWorkshopService>;
