import { useTranslation } from 'react-i18next';
import type { InstrumentView, SurveyAnswer, SurveyItem } from '../../../core/contract/surveys';
import { optionLetter } from './surveyKeys';

export interface AnswerChoice {
  answer: SurveyAnswer;
  /** What the box or button says: "Agree", "True", the option's text. */
  label: string;
  /** The key or mark beside it: "4", the option's letter. */
  mark: string;
}

/**
 * The answers an item offers, in the order printed and shown on the youth screen, worded in the
 * language of the text around them (a printed form's, the youth screen's).
 */
export function useAnswerChoices(): (instrument: Pick<InstrumentView, 'agreePoints'>, item: SurveyItem) => AnswerChoice[] {
  const { t } = useTranslation();
  return (instrument, item) => {
    switch (item.kind) {
      case 'agree-disagree': {
        const points = Array.from({ length: instrument.agreePoints }, (_, index) => index + 1);
        return points.map((point) => ({
          answer: point,
          label:
            instrument.agreePoints === 4 ? t(`surveys.answers.agreeFour.${point as 1 | 2 | 3 | 4}`) : t(`surveys.answers.agree.${point as 1 | 2 | 3 | 4 | 5}`),
          mark: String(point),
        }));
      }
      case 'true-false':
        return [
          { answer: true, label: t('surveys.answers.true'), mark: '1' },
          { answer: false, label: t('surveys.answers.false'), mark: '2' },
        ];
      case 'multiple-choice':
        return (item.options ?? []).map((option, index) => ({ answer: option.id, label: option.text, mark: optionLetter(index).toLocaleUpperCase() }));
      case 'open-text':
        return [];
    }
  };
}
