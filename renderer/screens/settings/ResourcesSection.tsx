import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { resourceInputSchema, type Resource } from '../../../core/domain/settings';
import { call } from '../../api';
import type { ItemFieldsProps } from '../../components/ItemForm';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { RecordSection, useRecordTexts } from './RecordSection';

type ResourceValues = Omit<Resource, 'id'>;

function ResourceFields({ idPrefix, values, onChange, errorFor, firstFieldRef }: ItemFieldsProps<ResourceValues>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={t('settings.resources.nameLabel')}
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errorFor('name')}
        inputRef={firstFieldRef}
      />
      <TextField
        id={`${idPrefix}-contact`}
        label={t('settings.resources.contactLabel')}
        value={values.contact}
        onChange={(contact) => onChange({ ...values, contact })}
        error={errorFor('contact')}
        optional
      />
      <TextField
        id={`${idPrefix}-hours`}
        label={t('settings.resources.hoursLabel')}
        value={values.hours}
        onChange={(hours) => onChange({ ...values, hours })}
        error={errorFor('hours')}
        optional
      />
      <TextField
        id={`${idPrefix}-notes`}
        label={t('settings.resources.notesLabel')}
        value={values.notes}
        onChange={(notes) => onChange({ ...values, notes })}
        error={errorFor('notes')}
        optional
        multiline
      />
    </>
  );
}

export function ResourcesSection({ resources }: { resources: readonly Resource[] }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const texts = useRecordTexts('resources');
  return (
    <RecordSection<Resource, ResourceValues>
      id="resources"
      texts={texts}
      records={resources}
      nameOf={(resource) => resource.name}
      summary={(resource) => (
        <>
          <p className="record-name">{resource.name}</p>
          {resource.contact ? <p className="record-detail">{t('settings.resources.contactShown', { contact: resource.contact })}</p> : null}
          {resource.hours ? <p className="record-detail">{t('settings.resources.hoursShown', { hours: resource.hours })}</p> : null}
          {resource.notes ? <p className="record-notes">{resource.notes}</p> : null}
        </>
      )}
      blank={{ name: '', contact: '', hours: '', notes: '' }}
      valuesOf={({ name, contact, hours, notes }) => ({ name, contact, hours, notes })}
      subjects={{
        name: t('settings.resources.nameLabel'),
        contact: t('settings.resources.contactLabel'),
        hours: t('settings.resources.hoursLabel'),
        notes: t('settings.resources.notesLabel'),
      }}
      schema={resourceInputSchema}
      Fields={ResourceFields}
      save={(values, id) => apply(call('settings.saveResource', id === undefined ? values : { ...values, id }))}
      remove={(id) => apply(call('settings.removeResource', { id }))}
      footer={
        resources.length ? (
          <p className="settings-print-link">
            <Link to="/print/resources">{t('print.links.printHandout')}</Link>
          </p>
        ) : null
      }
    />
  );
}
