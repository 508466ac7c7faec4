import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../core/contract/contract';
import { AppFailure } from '../../../core/contract/result';
import type { HandoverView, InstrumentView, SurveyAnswerResult, SurveyResponseView, SurveysView } from '../../../core/contract/surveys';
import {
  findInstrument,
  findResponse,
  SurveyRefusal,
  answerResponse,
  linkResponse,
  removeResponse,
  startResponse,
  type RuleContext,
} from '../../../core/domain/surveys/entryRules';
import { allSurveyTotals, responseView, surveyTotals } from '../../../core/domain/surveys/entryViews';
import type { LibraryModule } from '../../../core/domain/curriculum/library';
import type { ModuleRef } from '../../../core/domain/curriculum/moduleRef';
import { moduleInLanguage } from '../../../core/domain/curriculum/translation';
import type { Instrument } from '../../../core/domain/surveys/instrument';
import { instrumentInWords } from '../../../core/domain/surveys/instrumentWords';
import type { SurveyAnswer } from '../../../core/domain/surveys/response';
import { workshopLanguage, type Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';
import { requireWorkshop } from '../running/meetingContext';

/** Runs a survey rule, turning its refusal into a failure the renderer words. */
function applySurveyRule<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof SurveyRefusal) throw new AppFailure(error.code === 'not-found' ? 'not-found' : 'invalid-input', error.reason);
    throw error;
  }
}

/** Every response with its score; one whose instrument the module lacks (never written so) is left out. */
function responseViews(workshop: Workshop): SurveyResponseView[] {
  const instruments = new Map(workshop.module.instruments.map((instrument) => [instrument.id, instrument]));
  return (workshop.surveys ?? []).flatMap((response) => {
    const instrument = instruments.get(response.instrumentId);
    return instrument ? [responseView(instrument, response)] : [];
  });
}

function instrumentView(instrument: Instrument): InstrumentView {
  const { answerKey: _neverShown, ...shown } = instrument;
  return shown;
}

/**
 * Survey responses in a workshop: start, answer, link, remove. Each change goes through the
 * workshop store's update, which answers only once the change is on disk.
 */
export function createSurveyService(options: {
  store: DataStore;
  clock: Clock;
  /** The library's translations of a module: the youth screen shows the survey in the group's language when one exists. */
  translations: (ref: ModuleRef) => LibraryModule[];
}) {
  const { store, clock } = options;

  function ruleContext(): RuleContext {
    const registry = store.participants.get().participants;
    return {
      at: clock.now().toISOString(),
      codeOf: (participantId) => registry.find((participant) => participant.id === participantId)?.code ?? participantId,
    };
  }

  function viewOf(workshop: Workshop, responseId: string): SurveyResponseView {
    return applySurveyRule(() => {
      const response = findResponse(workshop, responseId);
      return responseView(findInstrument(workshop, response.instrumentId), response);
    });
  }

  function update(workshopId: string, change: (current: Workshop) => Workshop): Promise<Workshop> {
    return store.workshops.update(workshopId, (current) => applySurveyRule(() => change(current)));
  }

  function listOf(workshop: Workshop): SurveysView {
    const registry = new Map(store.participants.get().participants.map((participant) => [participant.id, participant]));
    const responses = responseViews(workshop);
    const rosterIds = [...new Set(workshop.roster.map((entry) => entry.participantId))];
    return {
      workshopId: workshop.id,
      language: workshopLanguage(workshop),
      instruments: workshop.module.instruments.map(instrumentView),
      roster: rosterIds
        .flatMap((id) => {
          const participant = registry.get(id);
          return participant ? [{ id, code: participant.code, ...(participant.initials === undefined ? {} : { initials: participant.initials }) }] : [];
        })
        .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
      responses,
      totals: allSurveyTotals(workshop, responses),
    };
  }

  async function saveAnswer(workshopId: string, responseId: string, itemId: string, value: SurveyAnswer | null): Promise<Workshop> {
    return update(workshopId, (current) => answerResponse(current, { responseId, itemId, answer: value }, clock.now().toISOString()));
  }

  return {
    list: async ({ workshopId }: ParsedInputOf<'surveys.list'>): Promise<SurveysView> => listOf(await requireWorkshop(store, workshopId)),

    async start(input: ParsedInputOf<'surveys.start'>): Promise<SurveyResponseView> {
      const { workshopId, ...request } = input;
      const id = randomUUID();
      const saved = await update(workshopId, (current) => startResponse(current, request, id, ruleContext()));
      return viewOf(saved, id);
    },

    async answer(input: ParsedInputOf<'surveys.answer'>): Promise<SurveyAnswerResult> {
      const saved = await saveAnswer(input.workshopId, input.responseId, input.itemId, input.answer);
      const response = viewOf(saved, input.responseId);
      const instrument = applySurveyRule(() => findInstrument(saved, response.response.instrumentId));
      const timing = instrument.given.find((candidate) => candidate.occasion === response.response.occasion) ?? { occasion: response.response.occasion };
      return { response, totals: surveyTotals(saved, instrument, timing, responseViews(saved)) };
    },

    async link(input: ParsedInputOf<'surveys.link'>): Promise<SurveyResponseView> {
      const saved = await update(input.workshopId, (current) => linkResponse(current, input, ruleContext()));
      return viewOf(saved, input.responseId);
    },

    async remove(input: ParsedInputOf<'surveys.remove'>): Promise<SurveysView> {
      return listOf(await update(input.workshopId, (current) => removeResponse(current, input.responseId, clock.now().toISOString())));
    },

    /** What the youth screen shows for one response: its instrument's questions (no key, no scales) and its answers. */
    async handoverView(workshopId: string, responseId: string): Promise<HandoverView> {
      return handoverViewOf(await requireWorkshop(store, workshopId), responseId);
    },

    async handoverAnswer(workshopId: string, responseId: string, itemId: string, value: SurveyAnswer | null): Promise<HandoverView> {
      return handoverViewOf(await saveAnswer(workshopId, responseId, itemId, value), responseId);
    },
  };

  /** The planned instrument in the words of the module's translation into `language`, when the library has one. */
  function inLanguage(workshop: Workshop, instrument: Instrument, language: string): Instrument {
    if (language === workshop.module.language) return instrument;
    const translation = moduleInLanguage(
      options.translations(workshop.module).map((entry) => entry.module),
      language,
    );
    if (!translation || translation.language === workshop.module.language) return instrument;
    return instrumentInWords(
      instrument,
      translation.instruments.find((candidate) => candidate.id === instrument.id),
    );
  }

  function handoverViewOf(workshop: Workshop, responseId: string): HandoverView {
    const { response } = viewOf(workshop, responseId);
    const language = workshopLanguage(workshop);
    const instrument = inLanguage(
      workshop,
      applySurveyRule(() => findInstrument(workshop, response.instrumentId)),
      language,
    );
    return {
      language,
      instrument: { id: instrument.id, title: instrument.title, intro: instrument.intro, agreePoints: instrument.agreePoints, items: instrument.items },
      answers: response.answers,
    };
  }
}

export type SurveyService = ReturnType<typeof createSurveyService>;
