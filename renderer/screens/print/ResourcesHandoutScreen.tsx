import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { PrintPage } from './PrintPage';
import { usePrintOptions } from './usePrintOptions';

/**
 * `/print/resources`: the organisation's local resources as a handout young people can keep.
 * It names no one, so there is no identification to choose and nothing goes in a workshop's log.
 */
export function ResourcesHandoutScreen() {
  const { t } = useTranslation();
  const options = usePrintOptions();
  const settings = useSettings();
  const loaded = settings.state.status === 'ready' ? settings.state.value : undefined;
  const resources = loaded?.resources ?? [];
  return (
    <PrintPage
      title={t('print.handout.title')}
      back={{ to: '/settings/resources', label: t('print.handout.back') }}
      paper={options.paper}
      onPaper={options.setPaper}
      {...(resources.length ? { onSave: () => call('print.savePdf', { fileName: t('print.handout.title') }) } : {})}
    >
      <article className="doc doc-handout">
        {loaded?.organisation.name ? <p className="doc-organisation">{loaded.organisation.name}</p> : null}
        <h2 className="doc-title">{t('print.handout.title')}</h2>
        <p className="doc-handout-intro">{t('print.handout.intro')}</p>
        {resources.length === 0 ? <p>{t('print.handout.empty')}</p> : null}
        <ul className="doc-handout-list">
          {resources.map((resource) => (
            <li key={resource.id} className="doc-handout-entry">
              <h3>{resource.name}</h3>
              {resource.contact ? (
                <p className="doc-handout-contact">
                  <span className="visually-hidden">{t('print.handout.contact')}: </span>
                  {resource.contact}
                </p>
              ) : null}
              {resource.hours ? (
                <p>
                  {t('print.handout.hours')}: {resource.hours}
                </p>
              ) : null}
              {resource.notes ? <p>{resource.notes}</p> : null}
            </li>
          ))}
        </ul>
        <p className="doc-handout-footer">{t('print.handout.footer')}</p>
      </article>
    </PrintPage>
  );
}
