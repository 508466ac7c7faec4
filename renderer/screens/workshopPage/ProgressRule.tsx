import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionRuleView, ProgressView } from '../../../core/contract/running';
import { RadioGroup } from '../../components/RadioGroup';
import type { CompletionOverride } from '../../../core/domain/workshop';
import { call } from '../../api';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { describedBy } from '../../components/fieldError';
import { FieldMessages } from '../../components/FieldMessages';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { sessionLabel } from './format';
import type { Status } from './MeetingForms';
import { ruleText } from './progressFormat';

import { useWorkshop } from './WorkshopContext';
import { WorkshopOverride } from './WorkshopOverride';

interface ProgressRuleProps {
  rule: CompletionRuleView;
  status: Status;
  /** Shows the progress the change answered with. */
  onChanged: (progress: ProgressView) => void;
}

/** The completion rule in force, in words, and changing it for this workshop only. */
export function ProgressRule({ rule, status, onChanged }: ProgressRuleProps) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  return (
    <WorkshopOverride
      className="workshop-progress-rule"
      text={
        <>
          <strong>{t('progress.rule.label')}</strong> {ruleText(t, rule, view.workshop)}{' '}
          <span className="muted">{t(rule.source === 'workshop' ? 'progress.rule.fromWorkshop' : 'progress.rule.fromModule')}</span>
        </>
      }
      changeLabel={t('progress.rule.change')}
      {...(rule.source === 'workshop'
        ? {
            restore: {
              label: t('progress.rule.useModule'),
              save: () => status.run(() => call('workshops.setCompletionRule', { workshopId: view.workshop.id, rule: null })),
            },
          }
        : {})}
      status={status}
      onChanged={onChanged}
      form={(close, onSaved) => <RuleForm rule={rule} status={status} onClose={close} onSaved={onSaved} />}
    />
  );
}

type Measure = 'sessions' | 'percent';

interface RuleFormProps {
  rule: CompletionRuleView;
  status: Status;
  onClose: () => void;
  onSaved: (progress: ProgressView) => void;
}

/** Minimum attendance (a number of sessions or a percentage) and the sessions no one may miss. */
function RuleForm({ rule, status, onClose, onSaved }: RuleFormProps) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const { workshop } = view;
  const total = workshop.module.sessions.length;
  const [values, setValues] = useState({
    measure: (rule.minimumSessions !== undefined ? 'sessions' : 'percent') as Measure,
    minimum: String(rule.minimumSessions ?? rule.minimumPercent ?? ''),
    requiredSessionIds: rule.requiredSessionIds,
  });
  const subjects = {
    minimum: values.measure === 'sessions' ? t('progress.form.sessions') : t('progress.form.percent'),
    requiredSessionIds: t('progress.form.required'),
  };
  const form = useActionForm(subjects, { minimumSessions: 'minimum', minimumPercent: 'minimum', rule: 'minimum' });
  const max = values.measure === 'sessions' ? total : 100;

  function submit() {
    const text = values.minimum.trim();
    if (!/^\d+$/.test(text)) return form.invalid('minimum', t('progress.form.wholeNumber'));
    const minimum = Number(text);
    if (minimum < 1 || minimum > max) return form.invalid('minimum', t('progress.form.range', { max }));
    // Kept in the module's order, whatever order they were ticked in.
    const requiredSessionIds = workshop.module.sessions.map((session) => session.id).filter((id) => values.requiredSessionIds.includes(id));
    const override: CompletionOverride =
      values.measure === 'sessions' ? { minimumSessions: minimum, requiredSessionIds } : { minimumPercent: minimum, requiredSessionIds };
    void form.submit(
      () =>
        status.run(
          () => call('workshops.setCompletionRule', { workshopId: workshop.id, rule: override }),
          ['minimumSessions', 'minimumPercent', 'rule', 'requiredSessionIds'],
        ),
      onSaved,
    );
  }

  const minimumError = form.errorFor('minimum');
  return (
    <WorkshopForm
      id="completion-rule"
      heading={t('progress.form.heading')}
      submitLabel={t('progress.form.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup
        id="completion-rule-measure"
        legend={t('progress.form.kind')}
        options={[
          { value: 'sessions', label: t('progress.form.bySessions') },
          { value: 'percent', label: t('progress.form.byPercent') },
        ]}
        value={values.measure}
        onChange={(measure) => setValues({ ...values, measure })}
      />
      <NumberField
        id="completion-rule-minimum"
        label={subjects.minimum}
        hint={values.measure === 'sessions' ? t('progress.form.sessionsHint', { total }) : t('progress.form.percentHint', { total })}
        value={values.minimum}
        max={max}
        onChange={(minimum) => setValues({ ...values, minimum })}
        error={minimumError}
      />
      <CheckboxGroup
        id="completion-rule-required"
        legend={subjects.requiredSessionIds}
        hint={t('progress.form.requiredHint')}
        options={workshop.module.sessions.map((session) => ({ value: session.id, label: sessionLabel(t, workshop, session.id) }))}
        selected={values.requiredSessionIds}
        onChange={(requiredSessionIds) => setValues({ ...values, requiredSessionIds })}
        error={form.errorFor('requiredSessionIds')}
      />
    </WorkshopForm>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** A whole number, kept as typed until it is sent. */
function NumberField({ id, label, hint, value, max, onChange, error }: NumberFieldProps) {
  return (
    <div className={`field workshop-progress-number-field ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        type="number"
        className="compact-input"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, Boolean(error))}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
