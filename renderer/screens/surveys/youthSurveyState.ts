import type { InstrumentView, SurveyAnswer } from '../../../core/contract/surveys';
import type { Language } from '../../../core/domain/languages';

/** The youth screen's own address: outside the shell, so no sidebar or menu shows while it lasts. */
export const YOUTH_SURVEY_PATH = '/youth-survey';

/**
 * What the facilitator's page hands the youth screen as it opens: the questions already in the
 * group's language (main refuses the library while the handover lasts), the answers so far, and the
 * page to come back to.
 */
export interface YouthSurveyState {
  instrument: InstrumentView;
  answers: Record<string, SurveyAnswer>;
  language: Language;
  returnTo: string;
}

export function isYouthSurveyState(value: unknown): value is YouthSurveyState {
  return typeof value === 'object' && value !== null && 'instrument' in value && 'answers' in value && 'returnTo' in value;
}
