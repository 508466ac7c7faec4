import { createHashRouter, redirect, type RouteObject } from 'react-router';
import { NotFoundScreen, ScreenError } from '../screens/ProblemScreens';
import { CurriculaScreen } from '../screens/curricula/CurriculaScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { settingsPages, settingsPath } from '../screens/settings/settingsPages';
import { TodayScreen } from '../screens/today/TodayScreen';
import { WorkshopsScreen } from '../screens/workshops/WorkshopsScreen';
import { Shell } from './Shell';

function Starting() {
  return null;
}

/** Every screen, inside the shell. Tests mount these with createMemoryRouter. */
export const routes: RouteObject[] = [
  // The projector window: no sidebar, nothing but what the room should see.
  { path: '/present', lazy: async () => ({ Component: (await import('../screens/run/PresenterScreen')).PresenterScreen }) },
  // The youth screen: the laptop handed to one young person, with nothing but their survey (no sidebar).
  { path: '/youth-survey', lazy: async () => ({ Component: (await import('../screens/surveys/YouthSurveyScreen')).YouthSurveyScreen }) },
  // Printable records: the document alone under its toolbar, so the PDF holds nothing else.
  {
    path: '/print',
    errorElement: <ScreenError />,
    children: [
      { path: 'workshops/:workshopId/surveys', lazy: async () => ({ Component: (await import('../screens/print/SurveyFormsScreen')).SurveyFormsScreen }) },
      { path: 'workshops/:workshopId/:kind', lazy: async () => ({ Component: (await import('../screens/print/RecordScreen')).RecordScreen }) },
      { path: 'resources', lazy: async () => ({ Component: (await import('../screens/print/ResourcesHandoutScreen')).ResourcesHandoutScreen }) },
      {
        path: 'curricula/:moduleId/handouts/:handoutId',
        lazy: async () => ({ Component: (await import('../screens/print/ModuleHandoutScreen')).ModuleHandoutScreen }),
      },
      { path: 'funder', lazy: async () => ({ Component: (await import('../screens/reports/FunderReportScreen')).FunderReportScreen }) },
    ],
  },
  {
    path: '/',
    element: <Shell />,
    // Shown for the moment before the first route is ready (the redirect below): nothing.
    HydrateFallback: Starting,
    children: [
      {
        // Errors in one screen stay inside the shell, so the navigation still works.
        errorElement: <ScreenError />,
        children: [
          // Redirected before anything renders, so the first screen shown is Today.
          { index: true, loader: () => redirect('/today'), element: null },
          { path: 'today', element: <TodayScreen /> },
          // Screens other than Today and the lists load when first opened, to keep the first paint small.
          { path: 'calendar', lazy: async () => ({ Component: (await import('../screens/calendar/CalendarScreen')).CalendarScreen }) },
          { path: 'workshops', element: <WorkshopsScreen /> },
          { path: 'workshops/new', lazy: async () => ({ Component: (await import('../screens/workshops/PlanWorkshopScreen')).PlanWorkshopScreen }) },
          { path: 'workshops/:workshopId', lazy: async () => ({ Component: (await import('../screens/workshopPage/WorkshopScreen')).WorkshopScreen }) },
          // The workshop page's other sections (roster, attendance, records), each at its own address.
          {
            path: 'workshops/:workshopId/:section',
            lazy: async () => ({ Component: (await import('../screens/workshopPage/WorkshopScreen')).WorkshopScreen }),
          },
          {
            path: 'workshops/:workshopId/meetings/:meetingId',
            lazy: async () => ({ Component: (await import('../screens/workshopPage/MeetingScreen')).MeetingScreen }),
          },
          { path: 'participants', lazy: async () => ({ Component: (await import('../screens/participants/ParticipantsScreen')).ParticipantsScreen }) },
          { path: 'curricula', element: <CurriculaScreen /> },
          // Module and session pages render Markdown: loaded when first opened, to keep the first paint small.
          { path: 'curricula/:moduleId', lazy: async () => ({ Component: (await import('../screens/curricula/ModuleScreen')).ModuleScreen }) },
          {
            path: 'curricula/:moduleId/sessions/:sessionId',
            lazy: async () => ({ Component: (await import('../screens/curricula/SessionScreen')).SessionScreen }),
          },
          // What only a person can decide after the program hub brought another laptop's changes.
          { path: 'program/decisions', lazy: async () => ({ Component: (await import('../screens/hub/DecisionsScreen')).DecisionsScreen }) },
          { path: 'reports', lazy: async () => ({ Component: (await import('../screens/reports/ReportsScreen')).ReportsScreen }) },
          // Settings is one section at a time, each at its own address; the bare address opens the first.
          { path: 'settings', loader: () => redirect(settingsPath(settingsPages[0])), element: null },
          { path: 'settings/:section', element: <SettingsScreen /> },
          { path: '*', element: <NotFoundScreen /> },
        ],
      },
    ],
  },
];

/** A hash router: the app is served from `app://` (and from other origins in tests), so paths live in the hash. */
export function createAppRouter() {
  return createHashRouter(routes);
}
