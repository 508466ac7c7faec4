/**
 * Laptops for merge tests of what the program hub brings, without a server: each the real services
 * on its own temp data folder, with incoming.ts applying the bodies another laptop would share
 * (buildWorkshopBody, parsed as the engine opens them).
 */
import { expect } from 'vitest';
import { buildWorkshopBody, workshopDocumentId } from '../../../core/domain/hub/workshopDocument';
import type { Workshop } from '../../../core/domain/workshop';
import { createHubIncoming, type OpenedLeaf } from '../../../electron/services/hub/incoming';
import { juvenileHallDraft, LA, planningHarness, type PlanningHarness } from '../planning/harness';

/** A laptop: the real services on its own temp data folder, and what the hub brings applied by incoming.ts. */
export async function laptop(now: string) {
  const app = await planningHarness({ now });
  let clock = new Date(now);
  const incoming = () => createHubIncoming({ store: app.store, clock: { now: () => clock, timeZone: LA } });
  return {
    app,
    incoming,
    setNow(iso: string) {
      clock = new Date(iso);
      app.setNow(iso);
    },
  };
}
export type Laptop = Awaited<ReturnType<typeof laptop>>;

/** The first laptop plans the five-week series for three young people (with initials and pronouns on this laptop only). */
export async function plannedOn(a: Laptop) {
  const ids: string[] = [];
  for (const [code, initials, pronouns] of [
    ['JH-26-001', 'AB', 'she/her'],
    ['JH-26-002', 'CD', undefined],
    ['JH-26-003', undefined, undefined],
  ] as const) {
    ids.push((await a.app.call('participants.save', { code, initials, pronouns })).participant.id);
  }
  const view = await a.app.call('workshops.create', juvenileHallDraft({ participantIds: ids }));
  return { workshopId: view.workshop.id, meetingId: view.workshop.meetings[1]!.id, ids };
}

export async function workshopOn(app: PlanningHarness, workshopId: string): Promise<Workshop> {
  const workshop = await app.store.workshops.get(workshopId);
  if (!workshop) throw new Error('the workshop is not on this laptop');
  return workshop;
}

/** The opened body of the workshop's document as `from` writes it to the hub, as revision `revision`. */
export async function shared(from: PlanningHarness, workshopId: string, revision: string): Promise<OpenedLeaf> {
  const body = buildWorkshopBody({
    workshop: await workshopOn(from, workshopId),
    registry: from.store.participants.get().participants,
    include: { followUps: false, notes: false },
    sharedAt: '2027-03-04T18:00:00.000Z',
  });
  // As the engine opens it: parsed from the document's JSON.
  return { revision, body: JSON.parse(JSON.stringify(body)) as unknown };
}

export const mark = (app: PlanningHarness, workshopId: string, meetingId: string, participantId: string, statusId: string) =>
  app.call('attendance.mark', { workshopId, meetingId, participantId, statusId, confirmPastEdit: true });

/** Each participant's status at the meeting: what the attendance grid shows. */
export async function grid(app: PlanningHarness, workshopId: string, meetingId: string) {
  const workshop = await workshopOn(app, workshopId);
  return Object.fromEntries(workshop.attendance.filter((entry) => entry.meetingId === meetingId).map((entry) => [entry.participantId, entry.statusId]));
}

/** Two laptops holding the same series (B took A's first copy from the hub), one mark made on A. */
export async function twoLaptops() {
  const a = await laptop('2027-03-04T18:00:00Z');
  const b = await laptop('2027-03-04T18:00:00Z');
  const series = await plannedOn(a);
  await mark(a.app, series.workshopId, series.meetingId, series.ids[0]!, 'present');
  const first = await shared(a.app, series.workshopId, '1-5f2c');
  expect(await b.incoming().receive({ documentId: workshopDocumentId(series.workshopId), leaves: [first] })).toMatchObject({ status: 'applied', decisions: 0 });
  return { a, b, ...series, documentId: workshopDocumentId(series.workshopId) };
}
