import { useTranslation } from 'react-i18next';
import type { MeetingOccurrence } from '../../../core/contract/planning';
import { SelectField, withChoice } from '../../components/SelectField';
import { filterChoices, isFiltered, type MeetingFilter } from './meetingFilter';
import './meetingFilter.css';

/**
 * "Show groups at [site] with [facilitator]": there only when the meetings have more than one site or
 * facilitator to tell apart (or a filter is on), so one facilitator's own screen stays as it was.
 */
export function MeetingFilterFields({
  id,
  meetings,
  filter,
  shown,
  onChange,
}: {
  id: string;
  /** Every meeting of the period, before the filter. */
  meetings: readonly MeetingOccurrence[];
  filter: MeetingFilter;
  /** How many of them the filter leaves. */
  shown: number;
  onChange: (filter: MeetingFilter) => void;
}) {
  const { t } = useTranslation();
  const choices = filterChoices(meetings);
  if (!isFiltered(filter) && choices.sites.length < 2 && choices.facilitators.length < 2) return null;
  const all = { value: '', label: t('programView.filter.all') };
  // A chosen name the period does not have stays a choice, so the field never shows something else.
  const options = (names: string[], chosen: string | undefined) => [
    all,
    ...(chosen && !names.includes(chosen) ? [chosen, ...names] : names).map((name) => ({ value: name, label: name })),
  ];
  const set = (name: keyof MeetingFilter) => (value: string) => onChange(withChoice(filter, name, value));
  return (
    <fieldset className="cal-filter">
      <legend>{t('programView.filter.legend')}</legend>
      <div className="cal-filter-fields">
        <SelectField
          id={`${id}-site`}
          label={t('programView.filter.site')}
          value={filter.site ?? ''}
          options={options(choices.sites, filter.site)}
          onChange={set('site')}
        />
        <SelectField
          id={`${id}-facilitator`}
          label={t('programView.filter.facilitator')}
          value={filter.facilitator ?? ''}
          options={options(choices.facilitators, filter.facilitator)}
          onChange={set('facilitator')}
        />
        {isFiltered(filter) ? (
          <p className="cal-filter-count">
            {t('programView.filter.shown', { shown, count: meetings.length })}{' '}
            <button type="button" className="button button--secondary" onClick={() => onChange({})}>
              {t('programView.filter.clear')}
            </button>
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
