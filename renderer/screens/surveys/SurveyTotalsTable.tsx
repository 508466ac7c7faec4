import { useTranslation } from 'react-i18next';
import type { InstrumentView, SurveyTotals } from '../../../core/contract/surveys';
import { useDates } from '../../format/useDates';
import type { SurveyChoice } from './surveyChoice';

/** Each survey on each occasion: when, how many were given of those enrolled, complete and partial; and the way in to enter it. */
export function SurveyTotalsTable({
  instruments,
  totals,
  choice,
  onChoose,
}: {
  instruments: readonly InstrumentView[];
  totals: readonly SurveyTotals[];
  choice: SurveyChoice;
  onChoose: (choice: SurveyChoice) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <table className="survey-totals">
      <caption className="visually-hidden">{t('surveys.totals.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('surveys.totals.survey')}</th>
          <th scope="col">{t('surveys.totals.when')}</th>
          <th scope="col">{t('surveys.totals.given')}</th>
          <th scope="col">{t('surveys.totals.complete')}</th>
          <th scope="col">{t('surveys.totals.partial')}</th>
          <th scope="col">{t('surveys.totals.unlinked')}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {totals.map((each) => {
          const title = instruments.find((instrument) => instrument.id === each.instrumentId)?.title ?? each.instrumentId;
          const current = each.instrumentId === choice.instrumentId && each.occasion === choice.occasion;
          return (
            <tr
              key={`${each.instrumentId}/${each.occasion}`}
              aria-current={current ? 'true' : undefined}
              className={current ? 'survey-totals-current' : undefined}
            >
              <th scope="row">
                {t(`surveys.occasions.${each.occasion}`)} <span className="survey-totals-title">{title}</span>
              </th>
              <td>{each.date ? dates.shortDate(each.date, true) : t('surveys.totals.noDate')}</td>
              <td>{t('surveys.totals.ofEnrolled', { given: each.given, count: each.enrolled })}</td>
              <td>{each.complete}</td>
              <td>{each.partial}</td>
              <td>{each.unlinked}</td>
              <td>
                {current ? (
                  <span className="badge badge--muted">{t('surveys.totals.opened')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onChoose({ instrumentId: each.instrumentId, occasion: each.occasion })}
                  >
                    {t('surveys.totals.open')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
