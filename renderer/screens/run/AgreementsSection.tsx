import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { call } from '../../api';
import { describedBy } from '../../components/fieldError';
import { FieldMessages } from '../../components/FieldMessages';
import { WorkshopForm } from '../workshopPage/WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { usePanels } from '../../components/usePanels';
import { attempt } from '../../data/attempt';
import { isFirstMeeting } from './runFormat';

const MAX_AGREEMENTS = 40;
const MAX_LENGTH = 300;

/** The group's agreements, kept for the whole workshop; written together in the first meeting. */
export function AgreementsSection({ view, readOnly, onChange }: { view: MeetingRunView; readOnly: boolean; onChange: (agreements: string[]) => void }) {
  const { t } = useTranslation();
  const panels = usePanels<'edit'>();
  const { agreements } = view.workshop;
  const invite = agreements.length === 0 && isFirstMeeting(view);

  return (
    <section className="run-section" aria-labelledby="run-agreements-heading">
      <h2 id="run-agreements-heading">{t('run.agreements.heading')}</h2>
      {agreements.length > 0 ? (
        <ol className="run-agreements">
          {agreements.map((agreement, index) => (
            <li key={index}>{agreement}</li>
          ))}
        </ol>
      ) : (
        <p className={invite ? 'run-invite' : 'muted'}>{invite ? t('run.agreements.firstMeeting') : t('run.agreements.none')}</p>
      )}
      {readOnly ? null : panels.open === 'edit' ? (
        <div className="workshop-panel">
          <AgreementsForm
            agreements={agreements}
            workshopId={view.workshop.id}
            onClose={panels.close}
            onSaved={(next) => {
              onChange(next);
              panels.close();
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          ref={panels.buttonRef('edit')}
          className={invite ? 'button button--primary' : 'button button--secondary'}
          onClick={() => panels.show('edit')}
        >
          {agreements.length === 0 ? t('run.agreements.write') : t('run.agreements.edit')}
        </button>
      )}
    </section>
  );
}

function AgreementsForm({
  agreements,
  workshopId,
  onClose,
  onSaved,
}: {
  agreements: string[];
  workshopId: string;
  onClose: () => void;
  onSaved: (agreements: string[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(agreements.join('\n'));
  const form = useActionForm({ agreements: t('run.agreements.field') });
  const id = 'run-agreements-form';
  const error = form.errorFor('agreements');

  function submit() {
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > MAX_AGREEMENTS) return form.refuseAt('agreements', t('run.agreements.tooMany', { max: MAX_AGREEMENTS }));
    const long = lines.findIndex((line) => line.length > MAX_LENGTH);
    if (long >= 0) return form.refuseAt('agreements', t('run.agreements.tooLong', { number: long + 1, max: MAX_LENGTH }));
    void form.submit(() => attempt(() => call('workshops.setAgreements', { workshopId, agreements: lines })), onSaved);
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('run.agreements.formHeading')}
      submitLabel={t('run.agreements.save')}
      level={3}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className={error ? 'field field--invalid run-wide-field' : 'field run-wide-field'}>
        <label htmlFor={`${id}-text`}>{t('run.agreements.field')}</label>
        <FieldMessages id={`${id}-text`} hint={t('run.agreements.fieldHint')} error={error} />
        <textarea
          id={`${id}-text`}
          value={text}
          rows={Math.min(14, Math.max(5, text.split('\n').length + 1))}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-text`, true, Boolean(error))}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
    </WorkshopForm>
  );
}
