import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateField } from '../../components/ShortFields';
import { rangeErrors, type RangeErrors } from '../exports/range';
import { ReportFilterFields } from './ReportFilterFields';
import type { ReportFilters } from './reportFilters';

/** The dates of the funder report and what it counts; "Show" opens the report page, to read, print or save. */
export function FunderReportForm({ id, from: firstFrom, to: firstTo }: { id: string; from: string; to: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [from, setFrom] = useState(firstFrom);
  const [to, setTo] = useState(firstTo);
  const [errors, setErrors] = useState<RangeErrors>({});
  const [filters, setFilters] = useState<ReportFilters>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = rangeErrors(from, to);
    setErrors(found);
    const field = found.from ? 'from' : found.to ? 'to' : null;
    if (field) {
      document.getElementById(`${id}-${field}`)?.focus();
      return;
    }
    void navigate(`/print/funder?${new URLSearchParams({ from, to, ...filters }).toString()}`);
  }

  return (
    <form className="exports-form" onSubmit={submit} noValidate>
      <div className="exports-field-row">
        <DateField id={`${id}-from`} label={t('exports.attendance.from')} value={from} onChange={setFrom} error={errors.from} />
        <DateField id={`${id}-to`} label={t('exports.attendance.to')} value={to} onChange={setTo} error={errors.to} />
      </div>
      <ReportFilterFields id={id} filters={filters} onChange={setFilters} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('funder.show')}
        </button>
      </div>
    </form>
  );
}
