import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { InstrumentView, SurveysView } from '../../../core/contract/surveys';
import { call } from '../../api';
import { useLoad } from '../../data/useLoad';
import { participantDetails } from '../run/attendance/marks';
import { useWorkshop } from '../workshopPage/WorkshopContext';
import { AnonymousForms } from './AnonymousForms';
import { HandoverPanel } from './HandoverPanel';
import { SurveyGrid, type GridRow } from './SurveyGrid';
import type { SurveyChoice } from './surveyChoice';
import { gridItems } from './surveyKeys';
import { SurveyTotalsTable } from './SurveyTotalsTable';
import { useInstrumentWords } from './useInstrumentWords';
import { formRowKey, participantRowKey, useSurveyEntry, type SurveyRow } from './useSurveyEntry';
import './surveys.css';

/**
 * "Surveys": how many of each survey were given and how far they got, and entering one of them from
 * paper (a grid, one key per answer), by anonymous numbered forms, or by handing the laptop to a
 * young person. Loaded again when another survey is chosen, so the totals are the saved ones.
 */
export function SurveysSection() {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const workshopId = view.workshop.id;
  const [params, setParams] = useSearchParams();
  const asked = params.get('instrument');
  const askedOccasion = params.get('occasion');
  // Loaded again for each survey chosen: the answers entered meanwhile are in the new totals.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the choice is the reason to load again
  const load = useCallback(() => call('surveys.list', { workshopId }), [workshopId, asked, askedOccasion]);
  const { state, retry } = useLoad(load);

  return (
    <section className="workshop-section survey-section" aria-labelledby="surveys-heading">
      <h2 id="surveys-heading">{t('surveys.heading')}</h2>
      {state.status === 'loading' ? <p role="status">{t('surveys.loading')}</p> : null}
      {state.status === 'failed' ? (
        <div role="alert">
          <p>{t('surveys.loadFailed', { message: state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {state.status === 'ready' ? (
        <SurveysContent
          surveys={state.value}
          choice={choiceOf(state.value, asked, askedOccasion)}
          onChoose={(choice) => setParams({ instrument: choice.instrumentId, occasion: choice.occasion }, { replace: true })}
        />
      ) : null}
    </section>
  );
}

/** The survey the address asks for (`?instrument=…&occasion=pre`), else the first given. */
function choiceOf(surveys: SurveysView, instrumentId: string | null, occasion: string | null): SurveyChoice | undefined {
  const asked = surveys.totals.find((each) => each.instrumentId === instrumentId && each.occasion === occasion);
  const chosen = asked ?? surveys.totals[0];
  return chosen ? { instrumentId: chosen.instrumentId, occasion: chosen.occasion } : undefined;
}

function SurveysContent({ surveys, choice, onChoose }: { surveys: SurveysView; choice: SurveyChoice | undefined; onChoose: (choice: SurveyChoice) => void }) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const instruments = useInstrumentWords(view.workshop.module, surveys.instruments, surveys.language);
  const instrument = instruments.find((each) => each.id === choice?.instrumentId);
  if (!choice || !instrument) return <p>{t('surveys.none')}</p>;
  return (
    <SurveyEntry
      key={`${choice.instrumentId}/${choice.occasion}`}
      surveys={surveys}
      instruments={instruments}
      instrument={instrument}
      choice={choice}
      onChoose={onChoose}
    />
  );
}

interface SurveyEntryProps {
  surveys: SurveysView;
  instruments: readonly InstrumentView[];
  instrument: InstrumentView;
  choice: SurveyChoice;
  onChoose: (choice: SurveyChoice) => void;
}

function SurveyEntry({ surveys, instruments, instrument, choice, onChoose }: SurveyEntryProps) {
  const { t } = useTranslation();
  const { view, participants, allowFullNames, readOnly } = useWorkshop();
  const workshopId = view.workshop.id;
  const meetingId = surveys.totals.find((each) => each.instrumentId === choice.instrumentId && each.occasion === choice.occasion)?.meetingId;
  const entry = useSurveyEntry(surveys, choice.instrumentId, choice.occasion, meetingId);
  const items = useMemo(() => gridItems(instrument), [instrument]);
  const [followed, setFollowed] = useState<SurveyRow | undefined>(undefined);
  const occasion = t(`surveys.occasions.${choice.occasion}`);

  const rows: GridRow[] = useMemo(
    () => [
      ...surveys.roster.map((person) => {
        const registered = participants.get(person.id);
        return {
          row: { kind: 'participant', key: participantRowKey(person.id), participantId: person.id } as const,
          label: person.code,
          details: registered ? participantDetails(registered, allowFullNames).join(' · ') : (person.initials ?? ''),
        };
      }),
      ...entry.formNumbers.map((formNumber) => ({
        row: { kind: 'form', key: formRowKey(formNumber), formNumber } as const,
        label: t('surveys.grid.form', { number: formNumber }),
        details: '',
      })),
    ],
    [surveys.roster, participants, allowFullNames, entry.formNumbers, t],
  );

  const marks = { true: t('surveys.grid.marks.true'), false: t('surveys.grid.marks.false') };
  const printPath = `/print/workshops/${workshopId}/surveys?instrument=${encodeURIComponent(choice.instrumentId)}&occasion=${choice.occasion}`;

  return (
    <>
      <SurveyTotalsTable instruments={instruments} totals={entry.totals} choice={choice} onChoose={onChoose} />
      <div className="survey-entry">
        <div className="section-header">
          <h3 id="survey-entry-heading">{t('surveys.grid.heading', { survey: instrument.title, occasion })}</h3>
          <Link to={printPath} className="button button--secondary">
            {t('surveys.print.link')}
          </Link>
        </div>
        <p id="survey-grid-help" className="field-hint">
          {t('surveys.grid.help', { keys: t('surveys.grid.helpKeys', { points: instrument.agreePoints, ...marks }) })}
        </p>
        {items.length < instrument.items.length ? <p className="field-hint">{t('surveys.grid.openTextLeftOut')}</p> : null}
        <SurveyGrid
          instrument={instrument}
          items={items}
          rows={rows}
          entry={entry}
          label={t('surveys.grid.label', { occasion })}
          describedBy="survey-grid-help"
          editable={!readOnly}
          onRowFocus={setFollowed}
        />
        {readOnly ? null : (
          <div className="survey-side">
            <HandoverPanel
              workshopId={workshopId}
              rows={rows.filter((each) => each.row.kind === 'participant')}
              followed={followed}
              entry={entry}
              instrument={instrument}
            />
            <AnonymousForms entry={entry} roster={surveys.roster} />
          </div>
        )}
      </div>
    </>
  );
}
