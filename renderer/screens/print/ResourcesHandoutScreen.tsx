import { useTranslation } from 'react-i18next';
import type { Resource } from '../../../core/domain/settings';
import { call } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { fixedLanguageInstance, shownLanguage } from '../../i18n';
import { PrintPage } from './PrintPage';
import { usePrintOptions } from './usePrintOptions';

/**
 * `/print/resources`: the organisation's local resources as a handout young people can keep, in the
 * language chosen on the page (the app's unless chosen). It names no one, so there is no
 * identification to choose and nothing goes in a workshop's log.
 */
export function ResourcesHandoutScreen() {
  const { t, i18n } = useTranslation();
  const options = usePrintOptions();
  const settings = useSettings();
  const loaded = settings.state.status === 'ready' ? settings.state.value : undefined;
  const resources = loaded?.resources ?? [];
  const language = options.language ?? shownLanguage(i18n.language);
  const fileName = fixedLanguageInstance(language).t('print.handout.title');
  return (
    <PrintPage
      title={t('print.handout.title')}
      back={{ to: '/settings/resources', label: t('print.handout.back') }}
      paper={options.paper}
      onPaper={options.setPaper}
      language={{ value: language, onChange: options.setLanguage }}
      {...(resources.length ? { onSave: () => call('print.savePdf', { fileName }) } : {})}
    >
      <ResourcesHandout organisation={loaded?.organisation.name ?? ''} resources={resources} />
    </PrintPage>
  );
}

/** The handout itself, worded in the language of the page around it. */
function ResourcesHandout({ organisation, resources }: { organisation: string; resources: readonly Resource[] }) {
  const { t } = useTranslation();
  return (
    <article className="doc doc-handout">
      {organisation ? <p className="doc-organisation">{organisation}</p> : null}
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
  );
}
