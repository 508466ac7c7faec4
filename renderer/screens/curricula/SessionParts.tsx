import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, CurriculumModule, Session } from '../../../core/domain/curriculum/schema';
import type { Resource } from '../../../core/domain/settings';
import { Section } from '../../components/Section';
import { useSettings } from '../../data/SettingsProvider';
import { clock } from './format';
import { Markdown } from '../../components/Markdown';

/* The parts of a session plan, shared by the library's session page and a workshop's meeting page. */

/** Marks an adaptable (not core) activity: it may be changed or dropped to fit the group. */
export function AdaptableBadge({ activity }: { activity: Pick<Activity, 'core'> }) {
  const { t } = useTranslation();
  if (activity.core) return null;
  return (
    <span className="badge badge--muted" title={t('curricula.session.adaptableHint')}>
      {t('curricula.session.adaptable')}
    </span>
  );
}

/**
 * The handouts a session uses: each one's audience, its text to read, and a link to print it. The
 * text comes only from the module, so it never carries anyone's name or code.
 */
export function SessionHandouts({ module, session }: { module: CurriculumModule; session: Session }) {
  const { t } = useTranslation();
  const handouts = session.handouts.flatMap((id) => module.handouts.filter((handout) => handout.id === id));
  if (handouts.length === 0) return null;
  return (
    <Section id="handouts" heading={t('curricula.handouts.heading')} className="session-handouts screen-only">
      <p className="muted">{t('curricula.handouts.help')}</p>
      <ul className="handout-cards">
        {handouts.map((handout) => (
          <li key={handout.id} className="handout-card" aria-labelledby={`handout-${handout.id}`}>
            <h3 id={`handout-${handout.id}`}>
              {handout.title}{' '}
              <span className={handout.audience === 'youth' ? 'badge badge--accent' : 'badge badge--muted'}>{t(`curricula.handouts.${handout.audience}`)}</span>
            </h3>
            <details>
              <summary>{t('curricula.handouts.read', { title: handout.title })}</summary>
              <div className="handout-card-body">
                <Markdown text={handout.body} />
              </div>
            </details>
            <p>
              <Link to={`/print/curricula/${module.id}/handouts/${handout.id}?session=${session.id}`}>
                {t('curricula.handouts.print', { title: handout.title })}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function PlanList({
  id,
  heading,
  items,
  empty,
  level = 2,
}: {
  id: string;
  heading: string;
  items: readonly string[];
  empty?: string | undefined;
  level?: 2 | 3;
}) {
  return (
    <Section id={id} heading={heading} level={level} className="session-plan-list">
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/**
 * One activity of a run-of-show: when it starts (minutes into the session, and the clock time when
 * a meeting gives one) and how to run it.
 */
export function ActivityItem({
  id,
  activity,
  start,
  clockTime,
  level = 3,
}: {
  id: string;
  activity: Activity;
  start: number;
  clockTime?: string | undefined;
  level?: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <li className="activity" aria-labelledby={id}>
      <div className="activity-time">
        {clockTime ? <span className="activity-clock">{clockTime}</span> : null}
        <span className={clockTime ? 'muted' : 'activity-clock'}>
          {clock(start)}–{clock(start + activity.minutes)}
        </span>
        <span className="muted">{t('curricula.minutes', { count: activity.minutes })}</span>
      </div>
      <div className="activity-body">
        <Heading id={id}>
          {activity.title}
          <span className="activity-kind"> · {t(`curricula.activityKinds.${activity.kind}`)}</span>
          {activity.optional ? <span className="badge badge--muted">{t('curricula.session.optionalActivity')}</span> : null}
          <AdaptableBadge activity={activity} />
        </Heading>
        {activity.contentNotice ? (
          <p className="content-notice content-notice--inline">
            <strong>{t('curricula.session.contentNotice')}:</strong> {activity.contentNotice}
          </p>
        ) : null}
        <Markdown text={activity.instructions} />
        <ActivityGuidance activity={activity} />
      </div>
    </li>
  );
}

/** What follows an activity's instructions: the prompt for the room, then the facilitator and trauma-informed notes. */
export function ActivityGuidance({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  return (
    <>
      {activity.prompt ? (
        <p className="activity-prompt">
          <strong>{t('curricula.session.prompt')}:</strong> {activity.prompt}
        </p>
      ) : null}
      {activity.facilitatorNotes ? <Note label={t('curricula.session.facilitatorNotes')} text={activity.facilitatorNotes} /> : null}
      {activity.traumaNotes ? <Note label={t('curricula.session.traumaNotes')} text={activity.traumaNotes} /> : null}
    </>
  );
}

function Note({ label, text }: { label: string; text: string }) {
  return (
    <div className="activity-note">
      <p className="activity-note-label">{label}</p>
      <Markdown text={text} />
    </div>
  );
}

/** The organisation's local resources, shown at every session's closing and printed with the plan. */
export function LocalResources({ id = 'local-resources' }: { id?: string }) {
  const { t } = useTranslation();
  const resources = useLocalResources();
  return (
    <Section id={id} heading={t('curricula.session.resources')}>
      {resources.length === 0 ? (
        <p className="muted">
          {t('curricula.session.noResources')}{' '}
          <Link to="/settings/resources" className="screen-only">
            {t('curricula.session.addResources')}
          </Link>
        </p>
      ) : (
        <ResourceEntries resources={resources} className="plain-list" />
      )}
    </Section>
  );
}

/** The local resources from Settings (none while Settings load). */
export function useLocalResources(): readonly Resource[] {
  const settings = useSettings();
  return settings.state.status === 'ready' ? settings.state.value.resources : [];
}

/** Each resource: name, contact, hours and notes. */
export function ResourceEntries({ resources, className }: { resources: readonly Resource[]; className: string }) {
  return (
    <ul className={className}>
      {resources.map((resource) => (
        <li key={resource.id}>
          <strong>{resource.name}</strong>
          {[resource.contact, resource.hours].filter(Boolean).map((detail) => ` · ${detail}`)}
          {resource.notes ? <p className="muted">{resource.notes}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** A session's short one-to-one version, for a young person who missed it: its key points. */
export function CatchUpVersion({ session, level = 2 }: { session: Session; level?: 2 | 3 }) {
  const { t } = useTranslation();
  if (!session.catchUp) return null;
  return (
    <Section
      id={`catch-up-${session.id}`}
      heading={t('curricula.catchUp.heading', { minutes: session.catchUp.minutes })}
      level={level}
      className="section catch-up"
    >
      <p className="muted">{t('curricula.catchUp.help')}</p>
      <ul>
        {session.catchUp.keyPoints.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
    </Section>
  );
}
