/**
 * A realistic workshop page for the workshop component tests: a Tuesday group on the small test
 * module, today being its third meeting, with a cancelled meeting, a make-up, an extra meeting,
 * two participants on the roster and two who left.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import type { WorkshopSummary, WorkshopView } from '../../core/contract/planning';
import type { CreditView, ProgressView } from '../../core/contract/running';
import type { Participant } from '../../core/domain/participants';
import type { Meeting, Workshop } from '../../core/domain/workshop';
import { App } from '../../renderer/app/App';
import { routes } from '../../renderer/app/routes';
import { MeetingScreen } from '../../renderer/screens/workshopPage/MeetingScreen';
import '../../renderer/i18n';
import { buildWorkshop } from '../support/workshops';
import { ids as settingsIds } from './fakeFacilitator';

export const wid = {
  tuesday: '0b8f5c1e-2a3d-4e5f-9a1b-2c3d4e5f6a01',
  thursday: '0b8f5c1e-2a3d-4e5f-9a1b-2c3d4e5f6a02',
  oldGroup: '0b8f5c1e-2a3d-4e5f-9a1b-2c3d4e5f6a03',
  archivedGroup: '0b8f5c1e-2a3d-4e5f-9a1b-2c3d4e5f6a04',
  m1: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7b01',
  m2: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7b02',
  m3: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7b03',
  m4: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7b04',
  alicia: '2d0b7e3a-4c5f-4a7b-9c3d-4e5f6a7b8c01',
  carlos: '2d0b7e3a-4c5f-4a7b-9c3d-4e5f6a7b8c02',
  dani: '2d0b7e3a-4c5f-4a7b-9c3d-4e5f6a7b8c03',
  eli: '2d0b7e3a-4c5f-4a7b-9c3d-4e5f6a7b8c04',
  fran: '2d0b7e3a-4c5f-4a7b-9c3d-4e5f6a7b8c05',
} as const;

export const TODAY = '2027-03-16';

/** The credit when neither workshop nor module names one: the default statuses that count as attended. */
export const settingsCredit: CreditView = { source: 'settings', statuses: ['present', 'late', 'left-early'], madeUpCounts: true, excusedMadeUpOnly: false };
/** A workshop's progress before anyone has attended: the module's rule of two sessions, and no one yet. */
export function emptyProgress(workshopId: string): ProgressView {
  return {
    workshopId,
    rule: { source: 'module', minimumSessions: 2, requiredSessionIds: [], credit: settingsCredit },
    meetings: [],
    participants: [],
    cells: {},
    statuses: [],
  };
}

export const TOKEN = '3e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';

const created = '2027-02-01T12:00:00.000Z';

export function participant(id: string, code: string, extra: Partial<Participant> = {}): Participant {
  return { id, code, createdAt: created, ...extra };
}

export const registry: Participant[] = [
  participant(wid.alicia, 'JH-26-014', { initials: 'AB', pronouns: 'she/her', fullName: 'Alicia Brown' }),
  participant(wid.carlos, 'JH-26-015', { initials: 'CD' }),
  participant(wid.dani, 'JH-26-003', { initials: 'DE' }),
  participant(wid.eli, 'JH-26-020'),
  participant(wid.fran, 'JH-26-031', { initials: 'FG', pronouns: 'they/them' }),
];

function meeting(id: string, date: string, sessionIds: string[], extra: Partial<Meeting> = {}): Meeting {
  return { id, date, startTime: '15:30', minutes: 45, sessionIds, kind: 'planned', sequence: 0, ...extra };
}

export function sampleWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return buildWorkshop({
    id: wid.tuesday,
    title: 'Tuesday group',
    audience: 'Girls 14–17, Unit B',
    site: { siteId: settingsIds.northHigh, name: 'North High School', kind: 'school' },
    facilitators: [{ facilitatorId: settingsIds.ana, name: 'Ana Reyes', roles: ['lead'] }],
    meetings: [
      // Kept out of order on purpose: the page sorts them.
      meeting(wid.m3, '2027-03-16', ['when-it-feels-wrong'], { kind: 'make-up', participantIds: [wid.alicia] }),
      meeting(wid.m1, '2027-03-02', ['what-friends-do']),
      meeting(wid.m2, '2027-03-09', ['when-it-feels-wrong'], {
        cancellation: { reason: 'lockdown', note: 'Unit on lockdown', at: '2027-03-09T20:00:00.000Z' },
      }),
      meeting(wid.m4, '2027-03-23', ['what-friends-do', 'when-it-feels-wrong'], { kind: 'extra', startTime: '16:00', minutes: 90 }),
    ],
    roster: [
      { participantId: wid.alicia, enrolledOn: '2027-03-02' },
      { participantId: wid.carlos, enrolledOn: '2027-03-05', fromWorkshopId: wid.oldGroup },
      { participantId: wid.dani, enrolledOn: '2027-03-02', exit: { on: '2027-03-10', reason: 'released' } },
      { participantId: wid.eli, enrolledOn: '2027-03-02', exit: { on: '2027-03-12', reason: 'moved', toWorkshopId: wid.thursday } },
    ],
    ...overrides,
  });
}

export function sampleView(overrides: Partial<WorkshopView> = {}): WorkshopView {
  return {
    workshop: sampleWorkshop(),
    status: 'running',
    today: TODAY,
    participants: registry.filter((entry) => entry.id !== wid.fran),
    conflicts: [],
    ...overrides,
  };
}

export function summary(id: string, title: string, status: WorkshopSummary['status'] = 'running'): WorkshopSummary {
  return {
    id,
    title,
    audience: '',
    status,
    moduleId: 'friendship-basics',
    moduleTitle: 'Friendship Basics (test module)',
    facilitatorNames: [],
    meetingCount: 2,
    pastMeetingCount: 0,
    enrolledCount: 0,
  };
}

export const summaries: WorkshopSummary[] = [
  summary(wid.tuesday, 'Tuesday group'),
  summary(wid.thursday, 'Thursday group'),
  summary(wid.oldGroup, 'Spring group', 'finished'),
  summary(wid.archivedGroup, 'Old archived group', 'archived'),
];

/** The app's routes, with the meeting page added if the app does not route it yet. */
function routesWithMeetingPage(): RouteObject[] {
  const path = 'workshops/:workshopId/meetings/:meetingId';
  const [shell] = routes;
  const [errorBoundary] = shell?.children ?? [];
  const screens = errorBoundary?.children ?? [];
  if (!shell || !errorBoundary || screens.some((route) => route.path === path)) return routes;
  const notFound = screens.length - 1; // keep the catch-all last
  const children = [...screens.slice(0, notFound), { path, element: <MeetingScreen /> }, ...screens.slice(notFound)];
  return [{ ...shell, children: [{ ...errorBoundary, children }] } as RouteObject];
}

/** renderApp, with the meeting page routed. */
export function renderWorkshopApp(path: string) {
  const router = createMemoryRouter(routesWithMeetingPage(), { initialEntries: [path] });
  const user = userEvent.setup();
  return { ...render(<App router={router} />), router, user };
}
