import type { ParsedInputOf } from '../../../core/contract/contract';
import { AppFailure } from '../../../core/contract/result';
import type { SurveyAnswerResult, SurveyResponseView, SurveysView } from '../../../core/contract/surveys';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';

interface SurveyServiceDeps {
  store: DataStore;
  clock: Clock;
}

const notYet = (): never => {
  throw new AppFailure('internal', { code: 'unexpected' });
};

/** Survey responses in a workshop: start, answer, link, remove; each change durable before it answers. */
export function createSurveyService(_deps: SurveyServiceDeps) {
  return {
    list(_input: ParsedInputOf<'surveys.list'>): Promise<SurveysView> {
      return notYet();
    },
    start(_input: ParsedInputOf<'surveys.start'>): Promise<SurveyResponseView> {
      return notYet();
    },
    answer(_input: ParsedInputOf<'surveys.answer'>): Promise<SurveyAnswerResult> {
      return notYet();
    },
    link(_input: ParsedInputOf<'surveys.link'>): Promise<SurveyResponseView> {
      return notYet();
    },
    remove(_input: ParsedInputOf<'surveys.remove'>): Promise<SurveysView> {
      return notYet();
    },
  };
}

export type SurveyService = ReturnType<typeof createSurveyService>;
