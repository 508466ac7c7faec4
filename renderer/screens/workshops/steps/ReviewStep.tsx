import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../../core/contract/planning';
import { languageName } from '../../../../core/domain/languages';
import { formatLongDate, formatShortDate, formatTimeRange, weekdayName } from '../../../format/dates';
import { i18n } from '../../../i18n';
import { chosenFacilitators } from '../planDraft';
import { facilitatorWithRoles } from '../roles';
import { timeZoneLabel } from '../../../format/timeZones';
import { participantDetails } from './RosterStep';
import type { StepProps } from './stepProps';
import { FactList } from '../../../components/FactList';

/** Step 6: the whole plan in plain words, with the meetings (`preview`), before "Create workshop". */
export function ReviewStep({
  draft,
  module,
  settings,
  participants,
  preview,
}: Pick<StepProps, 'draft' | 'module' | 'settings'> & { participants: ParticipantView[]; preview: ReactNode }) {
  const { t } = useTranslation();
  const conjunction = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const none = <span className="muted">{t('workshops.plan.review.none')}</span>;
  const site = settings.sites.find((candidate) => candidate.id === draft.siteId);
  const facilitators = chosenFacilitators(draft, settings.facilitators).map(({ facilitatorId, roles }) =>
    facilitatorWithRoles(t, { name: settings.facilitators.find((facilitator) => facilitator.id === facilitatorId)?.name ?? '', roles }),
  );
  const days = conjunction.format(draft.weekdays.map((day) => weekdayName(day)));
  const start = draft.startDate ? formatLongDate(draft.startDate) : '';
  const roster = participants.filter(({ participant }) => draft.participantIds.includes(participant.id));
  const allowFullNames = settings.preferences.allowFullNames;

  const facts: [string, ReactNode][] = [
    [t('workshops.plan.review.module'), module?.title ?? ''],
    [t('workshops.plan.review.title'), draft.title.trim()],
    [t('workshops.plan.review.audience'), draft.audience.trim() || none],
    [t('workshops.plan.review.site'), site?.name ?? none],
    [t('workshops.plan.review.timeZone'), timeZoneLabel(draft.timeZone)],
    [t('languages.workshop.label'), languageName(draft.language)],
    [t('workshops.plan.review.facilitators'), facilitators.length > 0 ? conjunction.format(facilitators) : none],
    [
      t('workshops.plan.review.schedule'),
      <>
        {t('workshops.plan.review.pattern', { count: draft.everyWeeks, days, start })}
        <br />
        {t('workshops.plan.review.time', {
          time: draft.startTime ? formatTimeRange(draft.startTime, Number(draft.minutes) || 0) : '',
          minutes: draft.minutes,
          coverage: t(`planning.coverage.${draft.coverage}`).toLocaleLowerCase(i18n.language),
        })}
      </>,
    ],
    [
      t('workshops.plan.review.skipDates'),
      draft.skipDates.length > 0 ? conjunction.format([...draft.skipDates].sort().map((date) => formatShortDate(date, true))) : none,
    ],
    [
      t('workshops.plan.review.roster'),
      roster.length > 0 ? (
        <ul className="plan-review-roster">
          {roster.map(({ participant }) => (
            <li key={participant.id}>{[participant.code, ...participantDetails(participant, allowFullNames)].join(' · ')}</li>
          ))}
        </ul>
      ) : (
        <span className="muted">{t('workshops.plan.review.noRoster')}</span>
      ),
    ],
  ];

  return (
    <>
      <p>{t('workshops.plan.review.intro')}</p>
      <FactList className="facts plan-review" facts={facts} />
      {preview}
    </>
  );
}
