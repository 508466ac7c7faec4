import type { SurveyOccasion } from '../../../core/contract/surveys';

/** The survey being entered on the workshop page: an instrument on one occasion. */
export interface SurveyChoice {
  instrumentId: string;
  occasion: SurveyOccasion;
}

/** The workshop page's Surveys section with one survey open for entry. */
export function surveyChoicePath(workshopId: string, choice: SurveyChoice): string {
  return `/workshops/${workshopId}/surveys?instrument=${encodeURIComponent(choice.instrumentId)}&occasion=${choice.occasion}`;
}
