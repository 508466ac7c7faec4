import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { surveyOccasions, type SurveyOccasion } from '../../../core/domain/surveys/instrument';
import type { InstrumentView, SurveysView } from '../../../core/contract/surveys';
import type { WorkshopView } from '../../../core/contract/planning';
import { call } from '../../api';
import { LoadedScreen } from '../../components/LoadedScreen';
import { useLoad } from '../../data/useLoad';
import { useInstrumentWords } from '../surveys/useInstrumentWords';
import { SurveyForms, type FormLabel } from './documents/SurveyForms';
import { PrintPage } from './PrintPage';
import { usePrintOptions } from './usePrintOptions';
import './surveyForms.css';

const MAX_NUMBERED_FORMS = 200;

/** A whole number from the address, within bounds, else the fallback. */
function wholeNumber(value: string | null, fallback: number, max: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= max ? number : fallback;
}

/**
 * `/print/workshops/:workshopId/surveys?instrument=…&occasion=pre&forms=numbered&count=12&from=1`:
 * paper survey forms in the group's language (another can be chosen), one per young person with
 * their code, or numbered anonymous forms.
 */
export function SurveyFormsScreen() {
  const { t } = useTranslation();
  const { workshopId = '' } = useParams();
  const load = useCallback(async () => {
    const [workshop, surveys] = await Promise.all([call('workshops.get', { workshopId }), call('surveys.list', { workshopId })]);
    return { workshop, surveys };
  }, [workshopId]);
  const { state, retry } = useLoad(load);
  const back = { to: `/workshops/${workshopId}/surveys`, label: t('print.backToWorkshop') };

  return (
    <LoadedScreen
      state={state}
      retry={retry}
      texts={{ title: t('surveys.print.title'), loading: t('print.loading'), notFound: t('print.notFound'), failed: t('print.failed'), back }}
    >
      {({ workshop, surveys }) => <SurveyFormsPage workshop={workshop} surveys={surveys} back={back} />}
    </LoadedScreen>
  );
}

function SurveyFormsPage({ workshop, surveys, back }: { workshop: WorkshopView; surveys: SurveysView; back: { to: string; label: string } }) {
  const { t } = useTranslation();
  const options = usePrintOptions();
  const language = options.language ?? surveys.language;
  const instruments = useInstrumentWords(workshop.workshop.module, surveys.instruments, language);
  const instrument: InstrumentView | undefined = instruments.find((each) => each.id === options.params.get('instrument')) ?? instruments[0];
  const occasionParam = options.params.get('occasion');
  const occasion: SurveyOccasion = surveyOccasions.find((each) => each === occasionParam) ?? instrument?.given[0]?.occasion ?? 'pre';
  const numbered = options.params.get('forms') === 'numbered' || surveys.roster.length === 0;
  const count = wholeNumber(options.params.get('count'), Math.max(surveys.roster.length, 1), MAX_NUMBERED_FORMS);
  const from = wholeNumber(options.params.get('from'), 1, 9999 - count + 1);
  const forms: FormLabel[] = numbered
    ? Array.from({ length: count }, (_, index) => ({ kind: 'number', number: from + index }))
    : surveys.roster.map((person) => ({ kind: 'code', code: person.code }));
  const title = instrument ? `${t('surveys.print.title')}: ${instrument.title}` : t('surveys.print.title');

  return (
    <PrintPage
      key={`${workshop.workshop.id}/surveys`}
      title={title}
      back={back}
      paper={options.paper}
      onPaper={options.setPaper}
      language={{ value: language, onChange: options.setLanguage }}
      {...(numbered ? {} : { note: t('print.toolbar.logged') })}
      {...(instrument
        ? {
            onSave: () =>
              call('surveys.saveFormsPdf', {
                workshopId: workshop.workshop.id,
                instrumentId: instrument.id,
                occasion,
                // As the address says: main checks the window shows just these forms.
                forms: options.params.get('forms') === 'numbered' ? 'numbered' : 'codes',
                paper: options.paper,
                fileName: `${instrument.title} – ${t(`surveys.occasions.${occasion}`)}`,
              }),
          }
        : {})}
      choices={
        <>
          <div className="field doc-field">
            <label htmlFor="print-survey-forms">{t('surveys.print.forms')}</label>
            <select
              id="print-survey-forms"
              value={numbered ? 'numbered' : 'codes'}
              onChange={(event) => options.set('forms', event.target.value === 'numbered' ? 'numbered' : undefined)}
            >
              {surveys.roster.length > 0 ? <option value="codes">{t('surveys.print.byCode')}</option> : null}
              <option value="numbered">{t('surveys.print.numbered')}</option>
            </select>
          </div>
          {numbered ? (
            <>
              <div className="field doc-field">
                <label htmlFor="print-survey-count">{t('surveys.print.count')}</label>
                <input
                  id="print-survey-count"
                  type="number"
                  min={1}
                  max={MAX_NUMBERED_FORMS}
                  value={count}
                  onChange={(event) => options.set('count', event.target.value)}
                />
              </div>
              <div className="field doc-field">
                <label htmlFor="print-survey-from">{t('surveys.print.firstNumber')}</label>
                <input id="print-survey-from" type="number" min={1} max={9999} value={from} onChange={(event) => options.set('from', event.target.value)} />
              </div>
            </>
          ) : null}
        </>
      }
    >
      {instrument ? <SurveyForms instrument={instrument} occasion={occasion} forms={forms} /> : <p>{t('surveys.none')}</p>}
    </PrintPage>
  );
}
