import { useTranslation } from 'react-i18next';
import { siteInputSchema, siteKinds, type Site, type SiteKind } from '../../../core/domain/settings';
import { call } from '../../api';
import { SelectField } from '../../components/SelectField';
import type { ItemFieldsProps } from '../../components/ItemForm';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { RecordSection, useRecordTexts } from './RecordSection';

interface SiteValues {
  name: string;
  kind: SiteKind;
}

function SiteFields({ idPrefix, values, onChange, errorFor, firstFieldRef }: ItemFieldsProps<SiteValues>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t('settings.sites.nameLabel')}
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errorFor('name')}
        inputRef={firstFieldRef}
      />
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('settings.sites.kindLabel')}
        value={values.kind}
        options={siteKinds.map((kind) => ({ value: kind, label: t(`settings.siteKinds.${kind}`) }))}
        onChange={(kind) => onChange({ ...values, kind })}
        error={errorFor('kind')}
      />
    </>
  );
}

export function SitesSection({ sites }: { sites: readonly Site[] }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const texts = useRecordTexts('sites');
  return (
    <RecordSection<Site, SiteValues>
      id="sites"
      texts={texts}
      records={sites}
      nameOf={(site) => site.name}
      summary={(site) => (
        <>
          <p className="record-name">{site.name}</p>
          <p className="record-detail">{t(`settings.siteKinds.${site.kind}`)}</p>
        </>
      )}
      blank={{ name: '', kind: 'school' }}
      // Sites are often added in a row of the same kind (three schools): keep the kind just chosen.
      nextBlank={(added) => ({ name: '', kind: added.kind })}
      valuesOf={(site) => ({ name: site.name, kind: site.kind })}
      subjects={{ name: t('settings.sites.nameLabel'), kind: t('settings.sites.kindLabel') }}
      schema={siteInputSchema}
      Fields={SiteFields}
      save={(values, id) => apply(call('settings.saveSite', id === undefined ? values : { ...values, id }))}
      remove={(id) => apply(call('settings.removeSite', { id }))}
    />
  );
}
