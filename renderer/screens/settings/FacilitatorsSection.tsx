import { useTranslation } from 'react-i18next';
import { facilitatorInputSchema, facilitatorRoles, type Facilitator, type FacilitatorRole } from '../../../core/domain/settings';
import { call } from '../../api';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import type { ItemFieldsProps } from '../../components/ItemForm';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { RecordSection, useRecordTexts } from './RecordSection';

interface FacilitatorValues {
  name: string;
  roles: FacilitatorRole[];
}

function FacilitatorFields({ idPrefix, values, onChange, errorFor, firstFieldRef }: ItemFieldsProps<FacilitatorValues>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t('settings.facilitators.nameLabel')}
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errorFor('name')}
        inputRef={firstFieldRef}
      />
      <CheckboxGroup
        id={`${idPrefix}-roles`}
        legend={t('settings.facilitators.rolesLegend')}
        hint={t('settings.facilitators.rolesHint')}
        options={facilitatorRoles.map((role) => ({ value: role, label: t(`settings.roles.${role}`) }))}
        selected={values.roles}
        onChange={(roles) => onChange({ ...values, roles })}
        error={errorFor('roles')}
      />
    </>
  );
}

export function FacilitatorsSection({ facilitators }: { facilitators: readonly Facilitator[] }) {
  const { t, i18n } = useTranslation();
  const { apply } = useSettings();
  const texts = useRecordTexts('facilitators');
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'unit' });
  return (
    <RecordSection<Facilitator, FacilitatorValues>
      id="facilitators"
      texts={texts}
      records={facilitators}
      nameOf={(facilitator) => facilitator.name}
      summary={(facilitator) => (
        <>
          <p className="record-name">{facilitator.name}</p>
          <p className="record-detail">{list.format(facilitator.roles.map((role) => t(`settings.roles.${role}`)))}</p>
        </>
      )}
      blank={{ name: '', roles: [] }}
      valuesOf={(facilitator) => ({ name: facilitator.name, roles: [...facilitator.roles] })}
      subjects={{ name: t('settings.facilitators.nameLabel'), roles: t('settings.facilitators.rolesSubject') }}
      schema={facilitatorInputSchema}
      Fields={FacilitatorFields}
      save={(values, id) => apply(call('settings.saveFacilitator', id === undefined ? values : { ...values, id }))}
      remove={(id) => apply(call('settings.removeFacilitator', { id }))}
    />
  );
}
