import type { z } from 'zod';
import { AppFailure } from '../../../core/contract/result';
import type { LibraryModule } from '../../../core/domain/curriculum/library';
import type { ModuleRef } from '../../../core/domain/curriculum/moduleRef';
import type { CurriculumModule, Session } from '../../../core/domain/curriculum/schema';
import { moduleInLanguage, translatedModule } from '../../../core/domain/curriculum/translation';
import type { PresenterState, PresenterWelcome } from '../../../core/contract/running';
import { workshopLanguage } from '../../../core/domain/workshop';
import type { presenterShowSchema } from '../../../core/contract/runningInputs';
import type { DataStore } from '../../storage';
import type { DesktopHost } from '../host';
import { findMeeting, requireWorkshop } from './meetingContext';

/** A handout the room may see: a youth handout that one of the meeting's sessions uses. Facilitator sheets never. */
function youthHandout(module: CurriculumModule, sessions: readonly Session[], handoutId: string): { title: string; body: string } {
  const handout = module.handouts.find((candidate) => candidate.id === handoutId);
  if (!handout || !sessions.some((session) => session.handouts.includes(handoutId))) {
    throw new AppFailure('not-found', { code: 'handout-not-in-meeting' });
  }
  if (handout.audience !== 'youth') throw new AppFailure('forbidden', { code: 'handout-for-facilitators' });
  return { title: handout.title, body: handout.body };
}

/**
 * What the projector window shows. The runner says which activity is on and the timer; this service
 * builds the state from the workshop and Settings so that it can only ever hold what the room may
 * see: titles, the prompt, the timer, a youth handout, the group agreements and the local resources. Never a code,
 * a mark or a note. Kept in memory: nothing about it needs to survive a restart.
 */
export function createPresenterService(options: { store: DataStore; host: DesktopHost; translations: (ref: ModuleRef) => LibraryModule[] }) {
  const { store, host } = options;
  let state: PresenterState | null = null;
  /** The language of the workshop the window was last opened for, to welcome the room in before anything is shown. */
  let welcome: PresenterWelcome | null = null;

  /** The planned module, in the words of its translation into `language` when the library has one: ids stay the planned ones. */
  function shownModule(planned: CurriculumModule, language: string | undefined): CurriculumModule {
    if (language === undefined || language === planned.language) return planned;
    const family = options.translations(planned).map((entry) => entry.module);
    const translation = moduleInLanguage(family, language);
    return translation ? translatedModule(planned, translation) : planned;
  }

  return {
    async open(ref: { workshopId: string; meetingId: string }): Promise<{ opened: true }> {
      const workshop = await requireWorkshop(store, ref.workshopId);
      findMeeting(workshop, ref.meetingId);
      welcome = { waiting: true, language: workshopLanguage(workshop) };
      await host.openPresenter();
      return { opened: true };
    },

    async show(input: z.infer<typeof presenterShowSchema>): Promise<PresenterState> {
      const workshop = await requireWorkshop(store, input.workshopId);
      const meeting = findMeeting(workshop, input.meetingId);
      const roomLanguage = input.language ?? workshopLanguage(workshop);
      const module = shownModule(workshop.module, input.textLanguage ?? roomLanguage);
      const sessions = meeting.sessionIds.flatMap((id) => module.sessions.filter((session) => session.id === id));
      const session =
        (input.handoutId !== undefined ? sessions.find((candidate) => candidate.handouts.includes(input.handoutId!)) : undefined) ??
        sessions.find((candidate) => candidate.id === input.sessionId) ??
        sessions.find((candidate) => candidate.activities.some((activity) => activity.id === input.activityId)) ??
        sessions[0];
      const activity = session?.activities.find((candidate) => candidate.id === input.activityId);
      const next: PresenterState = {
        language: roomLanguage,
        workshopTitle: workshop.title,
        ...(session ? { session: { number: session.number, title: session.title } } : {}),
        agreements: [...workshop.agreements],
        resources: store.settings.get().resources.map(({ name, contact, hours }) => ({ name, contact, hours })),
        paused: input.paused,
      };
      if (activity) {
        next.activityTitle = activity.title;
        if (activity.prompt) next.prompt = activity.prompt;
      }
      if (input.timer) next.timer = input.timer;
      if (input.handoutId !== undefined) next.handout = youthHandout(module, sessions, input.handoutId);
      state = next;
      return next;
    },

    state: (): PresenterState | PresenterWelcome | null => state ?? welcome,
  };
}
