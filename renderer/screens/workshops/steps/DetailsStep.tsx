import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import { LanguageField } from '../../../components/LanguageField';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { fieldIds } from '../planFields';
import { timeZoneChoices, timeZoneLabel } from '../../../format/timeZones';
import type { StepProps } from './stepProps';

/** Step 2: what the group is called, who it is for, where it meets and in which time zone. */
export function DetailsStep({ draft, setDraft, errorFor, settings }: Omit<StepProps, 'module'>) {
  const { t } = useTranslation();
  const timeZoneError = errorFor('timeZone');
  const zones = useMemo(() => timeZoneChoices(draft.timeZone), [draft.timeZone]);
  return (
    <div className="plan-fields">
      <TextField
        id={fieldIds.title}
        label={t('workshops.plan.fields.title')}
        hint={t('workshops.plan.details.titleHint')}
        value={draft.title}
        onChange={(title) => setDraft((current) => ({ ...current, title, edited: { ...current.edited, title: true } }))}
        error={errorFor('title')}
      />
      <TextField
        id={fieldIds.audience}
        label={t('workshops.plan.fields.audience')}
        hint={t('workshops.plan.details.audienceHint')}
        optional
        value={draft.audience}
        onChange={(audience) => setDraft((current) => ({ ...current, audience }))}
        error={errorFor('audience')}
      />
      {settings.sites.length === 0 ? (
        <div className="field">
          <p className="plan-label">{t('workshops.plan.fields.siteId')}</p>
          <p className="field-hint">
            <Trans i18nKey="workshops.plan.details.noSites" components={{ link: <Link to="/settings/sites" /> }} />
          </p>
        </div>
      ) : (
        <SelectField
          id={fieldIds.siteId}
          label={`${t('workshops.plan.fields.siteId')} (${t('common.optional')})`}
          value={draft.siteId}
          options={[{ value: '', label: t('workshops.plan.details.noSite') }, ...settings.sites.map((site) => ({ value: site.id, label: site.name }))]}
          onChange={(siteId) => setDraft((current) => ({ ...current, siteId }))}
          error={errorFor('siteId')}
        />
      )}
      <div className={timeZoneError ? 'field field--invalid' : 'field'}>
        <label htmlFor={fieldIds.timeZone}>{t('workshops.plan.fields.timeZone')}</label>
        <FieldMessages id={fieldIds.timeZone} hint={t('workshops.plan.details.timeZoneHint')} error={timeZoneError} />
        <select
          id={fieldIds.timeZone}
          value={draft.timeZone}
          aria-invalid={timeZoneError ? true : undefined}
          aria-describedby={describedBy(fieldIds.timeZone, true, Boolean(timeZoneError))}
          onChange={(event) => {
            const timeZone = event.target.value;
            setDraft((current) => ({ ...current, timeZone }));
          }}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(zone)}
            </option>
          ))}
        </select>
      </div>
      <LanguageField
        id="plan-language"
        label={t('languages.workshop.label')}
        hint={t('languages.workshop.hint')}
        value={draft.language}
        onChange={(language) => setDraft((current) => ({ ...current, language }))}
      />
    </div>
  );
}
