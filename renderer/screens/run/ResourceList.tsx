import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResourceEntries, useLocalResources } from '../curricula/SessionParts';

/** The organisation's local resources (Settings), for the pause and disclosure panels. */
export function ResourceList({ id }: { id: string }) {
  const { t } = useTranslation();
  const resources = useLocalResources();
  return (
    <section className="run-resources" aria-labelledby={id}>
      <h3 id={id}>{t('run.resources.heading')}</h3>
      {resources.length === 0 ? (
        <p className="muted">
          <Link to="/settings/resources">{t('run.resources.none')}</Link>
        </p>
      ) : (
        <ResourceEntries resources={resources} className="run-resource-list" />
      )}
    </section>
  );
}
