import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { SelectField } from '../../components/SelectField';
import { useSettings } from '../../data/SettingsProvider';
import { useLoad } from '../../data/useLoad';
import type { ReportFilters } from './reportFilters';

const loadChoices = () => Promise.all([call('workshops.list'), call('curricula.list')]);

/** Narrows the report to one workshop, module or site; "All" leaves the filter off. */
export function ReportFilterFields({ id, filters, onChange }: { id: string; filters: ReportFilters; onChange: (filters: ReportFilters) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const { state } = useLoad(loadChoices);
  if (state.status === 'loading') return <p role="status">{t('outcomes.filters.loading')}</p>;
  const [workshops, modules] = state.status === 'ready' ? state.value : [[], []];
  const sites = settings.state.status === 'ready' ? settings.state.value.sites : [];
  const all = { value: '', label: t('outcomes.filters.all') };
  const set = (name: keyof ReportFilters) => (value: string) => {
    const next = { ...filters };
    if (value) next[name] = value;
    else delete next[name];
    onChange(next);
  };
  // The library lists each module once per version it holds: one choice per module.
  // Each title is marked with the language it is written in (a Spanish module's title is not the page's text).
  const moduleChoices = [...new Map(modules.map((module) => [module.id, { value: module.id, label: module.title, lang: module.language }])).values()];
  return (
    <fieldset className="reports-filters">
      <legend>{t('outcomes.filters.legend')}</legend>
      <div className="exports-field-row">
        <SelectField
          id={`${id}-module`}
          label={t('outcomes.filters.module')}
          value={filters.moduleId ?? ''}
          options={[all, ...moduleChoices]}
          onChange={set('moduleId')}
        />
        <SelectField
          id={`${id}-site`}
          label={t('outcomes.filters.site')}
          value={filters.siteId ?? ''}
          options={[all, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
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
