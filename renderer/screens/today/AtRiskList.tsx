import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AtRiskParticipant } from '../../../core/contract/running';
import { Section } from '../../components/Section';
import { workshopPath } from './meetingText';

/** Participants of running workshops who may not complete, each with a way to their workshop. Hidden when there are none. */
export function AtRiskList({ participants }: { participants: readonly AtRiskParticipant[] }) {
  const { t } = useTranslation();
  if (participants.length === 0) return null;
  const sorted = [...participants].sort((a, b) => a.workshopTitle.localeCompare(b.workshopTitle) || a.code.localeCompare(b.code));
  return (
    <Section id="today-at-risk" heading={t('today.atRisk.heading')} className="today-section">
      <p className="section-intro">{t('today.atRisk.intro')}</p>
      <ul className="record-list">
        {sorted.map((participant) => (
          <li key={`${participant.workshopId}:${participant.participantId}`} className="record">
            <div className="record-summary">
              <p>
                <span className="record-name">{participant.code}</span>
                {' · '}
                <Link to={workshopPath(participant.workshopId)}>{participant.workshopTitle}</Link>
              </p>
              <p className="record-detail">{reasons(t, participant).join(', ')}</p>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Why, as far as Today knows: the required sessions missed, else that the plan cannot get them there; then the share so far. */
function reasons(t: TFunction, participant: AtRiskParticipant): string[] {
  const why = participant.missedRequired.length > 0 ? t('today.atRisk.missed', { count: participant.missedRequired.length }) : t('today.atRisk.outOfReach');
  return participant.share === undefined ? [why] : [why, t('today.atRisk.share', { percent: Math.round(participant.share * 100) })];
}
