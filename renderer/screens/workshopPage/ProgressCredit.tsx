import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditView, ProgressView } from '../../../core/contract/running';
import type { AttendanceStatus } from '../../../core/domain/attendance';
import { call } from '../../api';
import { i18n } from '../../i18n';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import type { Status } from './MeetingForms';
import { useWorkshop } from './WorkshopContext';
import { WorkshopOverride } from './WorkshopOverride';
import { useBuiltInLabels } from '../../format/useBuiltInLabels';

interface ProgressCreditProps {
  credit: CreditView;
  statuses: readonly AttendanceStatus[];
  status: Status;
  onChanged: (progress: ProgressView) => void;
}

type MadeUpOption = 'madeUpCounts' | 'excusedMadeUpOnly';

/** What counts toward completion (statuses, made-up sessions), in words, and changing it for this workshop only. */
export function ProgressCredit({ credit, statuses, status, onChanged }: ProgressCreditProps) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const labels = useBuiltInLabels();
  const labelOf = (id: string) => {
    const found = statuses.find((candidate) => candidate.id === id);
    return found ? labels.status(found) : id;
  };
  const counted = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(credit.statuses.map(labelOf));
  const madeUp = !credit.madeUpCounts ? 'notCounted' : credit.excusedMadeUpOnly ? 'excusedOnly' : 'counted';
  return (
    <WorkshopOverride
      className="workshop-progress-rule workshop-progress-credit"
      text={
        <>
          <strong>{t('progress.credit.label')}</strong> {t('progress.credit.statuses', { statuses: counted })} {t(`progress.credit.madeUp.${madeUp}`)}{' '}
          <span className="muted">{t(`progress.credit.from.${credit.source}`)}</span>
        </>
      }
      changeLabel={t('progress.credit.change')}
      {...(credit.source === 'workshop'
        ? {
            restore: {
              label: t('progress.credit.useModule'),
              save: () => status.run(() => call('workshops.setCredit', { workshopId: view.workshop.id, credit: null })),
            },
          }
        : {})}
      status={status}
      onChanged={onChanged}
      form={(close, onSaved) => <CreditForm credit={credit} statuses={statuses} status={status} onClose={close} onSaved={onSaved} />}
    />
  );
}

function CreditForm({
  credit,
  statuses,
  status,
  onClose,
  onSaved,
}: Omit<ProgressCreditProps, 'onChanged'> & { onClose: () => void; onSaved: (progress: ProgressView) => void }) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const [counted, setCounted] = useState<string[]>(credit.statuses);
  const [madeUp, setMadeUp] = useState<MadeUpOption[]>([
    ...(credit.madeUpCounts ? (['madeUpCounts'] as const) : []),
    ...(credit.excusedMadeUpOnly ? (['excusedMadeUpOnly'] as const) : []),
  ]);
  const subjects = { statuses: t('progress.credit.form.statuses'), madeUp: t('progress.credit.form.madeUp') };
  const form = useActionForm(subjects, { credit: 'statuses', excusedMadeUpOnly: 'madeUp' });

  function submit() {
    if (counted.length === 0) return form.refuseAt('statuses', t('progress.credit.form.noStatus'));
    const madeUpCounts = madeUp.includes('madeUpCounts');
    // Excused-only narrows made-up sessions: it means nothing when they do not count at all.
    const excusedMadeUpOnly = madeUpCounts && madeUp.includes('excusedMadeUpOnly');
    const statusesInOrder = statuses.map((candidate) => candidate.id).filter((id) => counted.includes(id));
    void form.submit(
      () =>
        status.run(
          () => call('workshops.setCredit', { workshopId: view.workshop.id, credit: { statuses: statusesInOrder, madeUpCounts, excusedMadeUpOnly } }),
          ['credit', 'statuses', 'excusedMadeUpOnly'],
        ),
      onSaved,
    );
  }

  return (
    <WorkshopForm
      id="completion-credit"
      heading={t('progress.credit.form.heading')}
      submitLabel={t('progress.credit.form.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <CheckboxGroup
        id="completion-credit-statuses"
        legend={subjects.statuses}
        hint={t('progress.credit.form.statusesHint')}
        options={statuses.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
        selected={counted}
        onChange={setCounted}
        error={form.errorFor('statuses')}
      />
      <CheckboxGroup
        id="completion-credit-made-up"
        legend={subjects.madeUp}
        options={[
          { value: 'madeUpCounts', label: t('progress.credit.form.madeUpCounts') },
          { value: 'excusedMadeUpOnly', label: t('progress.credit.form.excusedMadeUpOnly') },
        ]}
        selected={madeUp}
        onChange={setMadeUp}
        error={form.errorFor('madeUp')}
      />
    </WorkshopForm>
  );
}
