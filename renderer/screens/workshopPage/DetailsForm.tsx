import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/domain/languages';
import type { FacilitatorRole } from '../../../core/domain/settings';
import { workshopLanguage } from '../../../core/domain/workshop';
import { call } from '../../api';
import { FieldMessages } from '../../components/FieldMessages';
import { LanguageField } from '../../components/LanguageField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { describedBy } from '../../components/fieldError';
import { useSettings } from '../../data/SettingsProvider';
import { timeZoneChoices, timeZoneLabel } from '../../format/timeZones';
import type { useSaveStatus } from '../../data/useSaveStatus';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { RolePicker } from '../workshops/RolePicker';
import { useWorkshop } from './WorkshopContext';

interface DetailsValues {
  title: string;
  audience: string;
  siteId: string;
  /** Chosen facilitators and the roles each holds in this workshop. */
  facilitators: { facilitatorId: string; roles: FacilitatorRole[] }[];
  timeZone: string;
  language: Language;
}

interface FacilitatorOption {
  id: string;
  name: string;
  roles: readonly FacilitatorRole[];
}

/** "Edit details": title, audience, site, facilitators with their roles, time zone, the group's language. */
export function DetailsForm({ status, onClose }: { status: ReturnType<typeof useSaveStatus>; onClose: () => void }) {
  const { t } = useTranslation();
  const { view, apply } = useWorkshop();
  const { workshop } = view;
  const settings = useSettings();
  const saved = settings.state.status === 'ready' ? settings.state.value : undefined;

  const [values, setValues] = useState<DetailsValues>({
    title: workshop.title,
    audience: workshop.audience,
    siteId: workshop.site?.siteId ?? '',
    facilitators: workshop.facilitators.map(({ facilitatorId, roles }) => ({ facilitatorId, roles })),
    timeZone: workshop.timeZone,
    language: workshopLanguage(workshop),
  });
  const zones = useMemo(() => timeZoneChoices(workshop.timeZone), [workshop.timeZone]);
  const subjects = {
    title: t('workshop.details.titleLabel'),
    audience: t('workshop.details.audience'),
    siteId: t('workshop.details.site'),
    facilitators: t('workshop.details.facilitators'),
    timeZone: t('workshop.details.timeZone'),
    language: t('languages.workshop.label'),
  };
  const form = useActionForm(subjects, { roles: 'facilitators', facilitatorId: 'facilitators' });

  // Facilitators from Settings, and any on this workshop who were removed from Settings since.
  const options: FacilitatorOption[] = [
    ...(saved?.facilitators ?? []),
    ...workshop.facilitators
      .filter((kept) => !saved?.facilitators.some((facilitator) => facilitator.id === kept.facilitatorId))
      .map((kept) => ({ id: kept.facilitatorId, name: kept.name, roles: kept.roles })),
  ];
  const sites = [
    ...(saved?.sites ?? []),
    ...(workshop.site && !saved?.sites.some((site) => site.id === workshop.site?.siteId) ? [{ id: workshop.site.siteId, name: workshop.site.name }] : []),
  ];

  /** Choosing someone gives them their first role from Settings; clearing their last role leaves them out. */
  function setFacilitator(option: FacilitatorOption, chosen: boolean, roles?: FacilitatorRole[]) {
    const others = values.facilitators.filter((entry) => entry.facilitatorId !== option.id);
    const current = values.facilitators.find((entry) => entry.facilitatorId === option.id);
    const held = roles ?? current?.roles ?? [option.roles[0] ?? 'lead'];
    const next = chosen && held.length > 0 ? { facilitatorId: option.id, roles: held } : undefined;
    // Kept in the order of the options, so the list reads the same as the form.
    const list = next ? [...others, next] : others;
    const order = options.map((entry) => entry.id);
    setValues({ ...values, facilitators: list.sort((a, b) => order.indexOf(a.facilitatorId) - order.indexOf(b.facilitatorId)) });
  }

  function submit() {
    void form.submit(
      () =>
        status.run(
          () =>
            apply(
              call('workshops.update', {
                workshopId: workshop.id,
                title: values.title,
                audience: values.audience,
                ...(values.siteId ? { siteId: values.siteId } : {}),
                facilitators: values.facilitators,
                timeZone: values.timeZone,
                language: values.language,
              }),
            ),
          ['title', 'audience', 'siteId', 'facilitators', 'roles', 'timeZone', 'language'],
        ),
      onClose,
    );
  }

  const facilitatorsError = form.errorFor('facilitators');
  return (
    <WorkshopForm
      id="workshop-details-form"
      heading={t('workshop.details.editHeading')}
      submitLabel={t('common.save')}
      level={2}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        id="details-title"
        label={subjects.title}
        value={values.title}
        onChange={(title) => setValues({ ...values, title })}
        error={form.errorFor('title')}
      />
      <TextField
        id="details-audience"
        label={subjects.audience}
        hint={t('workshop.details.audienceHint')}
        optional
        value={values.audience}
        onChange={(audience) => setValues({ ...values, audience })}
        error={form.errorFor('audience')}
      />
      <SelectField
        id="details-site"
        label={subjects.siteId}
        value={values.siteId}
        options={[{ value: '', label: t('workshop.details.noSite') }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
        onChange={(siteId) => setValues({ ...values, siteId })}
        error={form.errorFor('siteId')}
      />
      <fieldset
        id="details-facilitators"
        className={facilitatorsError ? 'field field--group field--invalid' : 'field field--group'}
        aria-invalid={facilitatorsError ? true : undefined}
        aria-describedby={describedBy('details-facilitators', true, Boolean(facilitatorsError))}
      >
        <legend>{subjects.facilitators}</legend>
        <FieldMessages id="details-facilitators" hint={t('workshop.details.facilitatorsHint')} error={facilitatorsError} />
        {options.length === 0 ? <p className="muted">{t('workshop.details.noFacilitatorsInSettings')}</p> : null}
        <ul className="workshop-facilitator-choices">
          {options.map((option) => {
            const chosen = values.facilitators.find((entry) => entry.facilitatorId === option.id);
            return (
              <li key={option.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={Boolean(chosen)} onChange={(event) => setFacilitator(option, event.target.checked)} />
                  {option.name}
                </label>
                {chosen ? (
                  <RolePicker
                    id={`details-roles-${option.id}`}
                    name={option.name}
                    ownRoles={option.roles}
                    roles={chosen.roles}
                    onChange={(roles) => setFacilitator(option, true, roles)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <SelectField
        id="details-time-zone"
        label={subjects.timeZone}
        value={values.timeZone}
        options={zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone) }))}
        onChange={(timeZone) => setValues({ ...values, timeZone })}
        error={form.errorFor('timeZone')}
      />
      <LanguageField
        id="details-language"
        label={subjects.language}
        hint={t('languages.workshop.hint')}
        value={values.language}
        onChange={(language) => setValues({ ...values, language })}
      />
    </WorkshopForm>
  );
}
