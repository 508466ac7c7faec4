import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { HANDOVER_CODE_MIN_LENGTH, type InstrumentView } from '../../../core/contract/surveys';
import { call, toApiError } from '../../api';
import { useProtection } from '../../app/ProtectionContext';
import { SecretField } from '../../components/SecretField';
import { SelectField } from '../../components/SelectField';
import type { GridRow } from './SurveyGrid';
import type { SurveyRow, useSurveyEntry } from './useSurveyEntry';
import { YOUTH_SURVEY_PATH, type YouthSurveyState } from './youthSurveyState';

/**
 * "Hand the laptop to a young person": pick them (or follow the grid's row), set a handover code in
 * a plain data folder (a protected one locks instead), and the youth screen takes over; main then
 * refuses everything but that one survey until it ends.
 */
export function HandoverPanel({
  workshopId,
  rows,
  followed,
  entry,
  instrument,
}: {
  workshopId: string;
  rows: readonly GridRow[];
  followed: SurveyRow | undefined;
  entry: ReturnType<typeof useSurveyEntry>;
  instrument: InstrumentView;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { status } = useProtection();
  const plain = status.state === 'unprotected';
  const [chosen, setChosen] = useState('');
  const [code, setCode] = useState('');
  const [codeAgain, setCodeAgain] = useState('');
  const [problem, setProblem] = useState<{ field: 'code' | 'again' | 'form'; message: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const followedKey = followed?.kind === 'participant' ? followed.key : (rows[0]?.row.key ?? '');
  const target = rows.find((each) => each.row.key === (chosen || followedKey));

  async function handOver(event: FormEvent) {
    event.preventDefault();
    if (!target || busy) return;
    if (plain && code.length < HANDOVER_CODE_MIN_LENGTH)
      return setProblem({ field: 'code', message: t('surveys.handover.codeShort', { count: HANDOVER_CODE_MIN_LENGTH }) });
    if (plain && code !== codeAgain) return setProblem({ field: 'again', message: t('surveys.handover.codeMismatch') });
    setProblem(undefined);
    setBusy(true);
    const started = await entry.ensureStarted(target.row, 'youth-screen');
    if (!started.ok) {
      setBusy(false);
      return setProblem({ field: 'form', message: t('surveys.handover.failed', { message: started.message }) });
    }
    try {
      const handover = await call('surveys.handoverStart', { workshopId, responseId: started.response.response.id, ...(plain ? { handoverCode: code } : {}) });
      const state: YouthSurveyState = {
        instrument,
        answers: handover.answers,
        language: handover.language,
        returnTo: `${location.pathname}${location.search}`,
      };
      await navigate(YOUTH_SURVEY_PATH, { state });
    } catch (error) {
      setBusy(false);
      setProblem({ field: 'form', message: t('surveys.handover.failed', { message: toApiError(error).message }) });
    }
  }

  return (
    <form className="panel survey-handover" aria-labelledby="survey-handover-heading" onSubmit={(event) => void handOver(event)} noValidate>
      <h3 id="survey-handover-heading">{t('surveys.handover.heading')}</h3>
      <p className="field-hint">{t('surveys.handover.help')}</p>
      <SelectField
        id="survey-handover-who"
        label={t('surveys.handover.who')}
        value={target?.row.key ?? ''}
        options={rows.map((each) => ({ value: each.row.key, label: each.label }))}
        onChange={setChosen}
      />
      {plain ? (
        <>
          <SecretField
            id="survey-handover-code"
            label={t('surveys.handover.codeLabel')}
            hint={t('surveys.handover.codeHint')}
            value={code}
            onChange={setCode}
            error={problem?.field === 'code' ? problem.message : undefined}
            autoComplete="new-password"
          />
          <SecretField
            id="survey-handover-again"
            label={t('surveys.handover.codeAgain')}
            value={codeAgain}
            onChange={setCodeAgain}
            error={problem?.field === 'again' ? problem.message : undefined}
            autoComplete="new-password"
          />
        </>
      ) : (
        <p className="field-hint">{t('surveys.handover.lockProtected')}</p>
      )}
      {problem?.field === 'form' ? (
        <p role="alert" className="field-error">
          {problem.message}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={!target || busy}>
        {target ? t('surveys.handover.startFor', { code: target.label }) : t('surveys.handover.start')}
      </button>
    </form>
  );
}
