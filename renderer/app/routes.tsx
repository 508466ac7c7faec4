import { createHashRouter, redirect, type RouteObject } from 'react-router';
import { NotFoundScreen, ScreenError } from '../screens/ProblemScreens';
import { PlaceholderScreen } from '../screens/PlaceholderScreen';
import { CurriculaScreen } from '../screens/curricula/CurriculaScreen';
import { CalendarScreen } from '../screens/calendar/CalendarScreen';
import { ParticipantsScreen } from '../screens/participants/ParticipantsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TodayScreen } from '../screens/today/TodayScreen';
import { WorkshopScreen } from '../screens/workshop/WorkshopScreen';
import { PlanWorkshopScreen } from '../screens/workshops/PlanWorkshopScreen';
import { WorkshopsScreen } from '../screens/workshops/WorkshopsScreen';
import { placeholderSections } from './sections';
import { Shell } from './Shell';

function Starting() {
  return null;
}

/** Every screen, inside the shell. Tests mount these with createMemoryRouter. */
export const routes: RouteObject[] = [
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
          ...placeholderSections.map((section) => ({ path: section, element: <PlaceholderScreen section={section} /> })),
          { path: 'today', element: <TodayScreen /> },
          { path: 'calendar', element: <CalendarScreen /> },
          { path: 'workshops', element: <WorkshopsScreen /> },
          { path: 'workshops/new', element: <PlanWorkshopScreen /> },
          { path: 'workshops/:workshopId', element: <WorkshopScreen /> },
          // The meeting page renders the session plans' Markdown: loaded when first opened, like the session page.
          {
            path: 'workshops/:workshopId/meetings/:meetingId',
            lazy: async () => ({ Component: (await import('../screens/workshop/MeetingScreen')).MeetingScreen }),
          },
          { path: 'participants', element: <ParticipantsScreen /> },
          { path: 'curricula', element: <CurriculaScreen /> },
          // Module and session pages render Markdown: loaded when first opened, to keep the first paint small.
          { path: 'curricula/:moduleId', lazy: async () => ({ Component: (await import('../screens/curricula/ModuleScreen')).ModuleScreen }) },
          {
            path: 'curricula/:moduleId/sessions/:sessionId',
            lazy: async () => ({ Component: (await import('../screens/curricula/SessionScreen')).SessionScreen }),
          },
          { path: 'settings', element: <SettingsScreen /> },
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
