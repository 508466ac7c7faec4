import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '../../data/SettingsProvider';

/** The organisation's local resources (Settings), for the pause and disclosure panels. */
export function ResourceList({ id }: { id: string }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const resources = settings.state.status === 'ready' ? settings.state.value.resources : [];
  return (
    <section className="run-resources" aria-labelledby={id}>
      <h3 id={id}>{t('run.resources.heading')}</h3>
      {resources.length === 0 ? (
        <p className="muted">
          <Link to="/settings">{t('run.resources.none')}</Link>
        </p>
      ) : (
        <ul className="run-resource-list">
          {resources.map((resource) => (
            <li key={resource.id}>
              <strong>{resource.name}</strong>
              {[resource.contact, resource.hours].filter(Boolean).map((detail) => ` · ${detail}`)}
              {resource.notes ? <p className="muted">{resource.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
