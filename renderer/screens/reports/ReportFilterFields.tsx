import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { SelectField, withChoice } from '../../components/SelectField';
import { useSettings } from '../../data/SettingsProvider';
import { useLoad } from '../../data/useLoad';
import { reportFilterChoices, type ReportFilters } from './reportFilters';

const loadChoices = () => Promise.all([call('workshops.list'), call('curricula.list')]);

/** Narrows the report to one workshop, module or site; "All" leaves the filter off. */
export function ReportFilterFields({ id, filters, onChange }: { id: string; filters: ReportFilters; onChange: (filters: ReportFilters) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const { state } = useLoad(loadChoices);
  if (state.status === 'loading') return <p role="status">{t('outcomes.filters.loading')}</p>;
  const [workshops, library] = state.status === 'ready' ? state.value : [[], []];
  const choices = reportFilterChoices(library, settings.state.status === 'ready' ? settings.state.value.sites : [], workshops);
  const all = { value: '', label: t('outcomes.filters.all') };
  const set = (name: keyof ReportFilters) => (value: string) => onChange(withChoice(filters, name, value));
  return (
    <fieldset className="reports-filters">
      <legend>{t('outcomes.filters.legend')}</legend>
      <div className="exports-field-row">
        <SelectField
          id={`${id}-module`}
          label={t('outcomes.filters.module')}
          value={filters.moduleId ?? ''}
          options={[all, ...choices.modules]}
          onChange={set('moduleId')}
        />
        <SelectField
          id={`${id}-site`}
          label={t('outcomes.filters.site')}
          value={filters.siteId ?? ''}
          options={[all, ...choices.sites]}
          onChange={set('siteId')}
        />
        <SelectField
          id={`${id}-workshop`}
          label={t('outcomes.filters.workshop')}
          value={filters.workshopId ?? ''}
          options={[all, ...workshops.map((workshop) => ({ value: workshop.id, label: workshop.title }))]}
          onChange={set('workshopId')}
        />
      </div>
    </fieldset>
  );
}
