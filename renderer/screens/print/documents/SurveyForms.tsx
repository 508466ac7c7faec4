import { useTranslation } from 'react-i18next';
import type { InstrumentView, SurveyOccasion } from '../../../../core/contract/surveys';
import { useAnswerChoices } from '../../surveys/useAnswerChoices';

/** Whose form it is: a young person's code, or the number of an anonymous form. Never a name. */
export type FormLabel = { kind: 'code'; code: string } | { kind: 'number'; number: number };

/**
 * Paper survey forms, one per page: the survey's title and intro, the code or form number, and each
 * question with a box to tick per answer. Never the answer key, never a name line.
 */
export function SurveyForms({ instrument, occasion, forms }: { instrument: InstrumentView; occasion: SurveyOccasion; forms: readonly FormLabel[] }) {
  const { t } = useTranslation();
  const choicesOf = useAnswerChoices();
  const items = instrument.items.filter((item) => item.kind !== 'open-text');
  return (
    <>
      {forms.map((form) => (
        <article className="doc doc--page doc-survey-form" key={form.kind === 'code' ? form.code : form.number}>
          <header className="doc-survey-heading">
            <div>
              <p className="doc-survey-occasion">{t(`surveys.occasions.${occasion}`)}</p>
              <h2 className="doc-title">{instrument.title}</h2>
            </div>
            <p className="doc-survey-label">
              {form.kind === 'code' ? t('surveys.print.code', { code: form.code }) : t('surveys.print.formNumber', { number: form.number })}
            </p>
          </header>
          <p className="doc-survey-intro">{instrument.intro}</p>
          <p className="doc-survey-tick">{t('surveys.print.tickOne')}</p>
          <ol className="doc-survey-items">
            {items.map((item) => (
              <li key={item.id} className="doc-survey-item">
                <p className="doc-survey-question">{item.text}</p>
                <ul className={`doc-survey-choices doc-survey-choices--${item.kind}`}>
                  {choicesOf(instrument, item).map((choice) => (
                    <li key={String(choice.answer)} className="doc-survey-choice">
                      <span className="doc-survey-box" aria-hidden="true" />
                      <span>
                        {item.kind === 'multiple-choice' ? `${choice.mark}. ` : null}
                        {choice.label}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </article>
      ))}
    </>
  );
}
