import { useTranslation } from 'react-i18next';
import type { FullFunderReport, FunderFigures, FunderGroup, PeopleCount } from '../../../core/contract/reports';
import { ShareChart } from '../../components/charts/ShareChart';
import { formatCount, formatPercent } from '../../format/numbers';
import { useDates } from '../../format/useDates';
import { RecordFooter } from '../print/PrintPage';
import { FidelitySection } from './FidelitySection';
import { OutcomesSection } from './OutcomesSection';

function count(value: PeopleCount, language: string): string {
  return typeof value === 'number' ? formatCount(value, language) : value;
}

/** The report as it prints: key figures, two charts, a table each by module, site and audience, and how it counts. */
export function FunderReportDocument({ report }: { report: FullFunderReport }) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const rate = (share: number | undefined) => (share === undefined ? t('funder.figures.notShown') : formatPercent(share, i18n.language));
  const { totals } = report;
  return (
    <article className="doc reports-funder-report">
      <header className="doc-heading">
        {report.organisation ? <p className="doc-organisation">{report.organisation}</p> : null}
        <h2 className="doc-title">{t('funder.title')}</h2>
        <p className="doc-meta">
          <strong>{t('funder.range', { from: dates.longDate(report.from), to: dates.longDate(report.to) })}</strong>
        </p>
      </header>

      {totals.workshopsHeld === 0 && report.byModule.length === 0 ? <p>{t('funder.empty')}</p> : null}

      <dl className="reports-funder-figures">
        <Figure term={t('funder.figures.workshopsHeld')} value={formatCount(totals.workshopsHeld, i18n.language)} />
        <Figure
          term={t('funder.figures.sessions')}
          value={t('funder.figures.sessionsValue', { delivered: totals.sessionsDelivered, planned: totals.sessionsPlanned })}
        />
        <Figure term={t('funder.figures.participants')} value={count(totals.participants, i18n.language)} />
        <Figure term={t('funder.figures.attendanceRate')} value={rate(totals.attendanceRate)} />
        <Figure term={t('funder.figures.completionRate')} value={rate(totals.completionRate)} />
      </dl>

      <div className="reports-funder-charts">
        <ShareChart
          title={t('funder.charts.attendance')}
          description={report.attendanceByMeeting.length ? t('funder.charts.attendanceDescription') : t('funder.charts.noData')}
          direction="columns"
          bars={report.attendanceByMeeting.map((point) => ({
            label: t('funder.charts.meetingShort', { number: point.meetingNumber }),
            ...(point.rate === undefined ? { note: t('funder.charts.fewer') } : { share: point.rate }),
          }))}
        />
        <ShareChart
          title={t('funder.charts.completion')}
          description={report.byModule.some((group) => group.finishers !== 0) ? t('funder.charts.completionDescription') : t('funder.charts.noFinishers')}
          direction="rows"
          bars={report.byModule
            .filter((group) => group.finishers !== 0)
            .map((group) => ({
              // Every module has a title: only sites and audiences can be left unnamed.
              label: group.label ?? '',
              ...(group.completionRate === undefined ? { note: t('funder.charts.fewer') } : { share: group.completionRate }),
            }))}
        />
      </div>

      <GroupTable heading={t('funder.byModule')} groupLabel={t('funder.group.module')} groups={report.byModule} totals={totals} />
      <GroupTable
        heading={t('funder.bySite')}
        groupLabel={t('funder.group.site')}
        unnamedLabel={t('funder.group.noSite')}
        groups={report.bySite}
        totals={totals}
      />
      <GroupTable
        heading={t('funder.byAudience')}
        groupLabel={t('funder.group.audience')}
        unnamedLabel={t('funder.group.noAudience')}
        groups={report.byAudience}
        totals={totals}
      />

      <section className="reports-funder-notes">
        <h3>{t('funder.notes.heading')}</h3>
        <ul>
          {(['held', 'sessions', 'participants', 'attendance', 'completion', 'small'] as const).map((note) => (
            <li key={note}>{t(`funder.notes.${note}`)}</li>
          ))}
        </ul>
      </section>
      <OutcomesSection outcomes={report.outcomes} />
      <FidelitySection fidelity={report.fidelity} />
      <RecordFooter madeOn={report.madeOn} />
    </article>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div className="reports-funder-figure">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** `unnamedLabel` names the group of workshops that gave no site or audience (a group the report leaves unlabelled). */
function GroupTable({
  heading,
  groupLabel,
  unnamedLabel = '',
  groups,
  totals,
}: {
  heading: string;
  groupLabel: string;
  unnamedLabel?: string;
  groups: readonly FunderGroup[];
  totals: FunderFigures;
}) {
  const { t, i18n } = useTranslation();
  if (!groups.length) return null;
  const rate = (share: number | undefined) => (share === undefined ? '–' : formatPercent(share, i18n.language));
  const row = (label: string, figures: FunderFigures, total = false) => (
    <tr key={label} className={total ? 'reports-funder-total' : undefined}>
      <th scope="row">{label}</th>
      <td>{figures.workshopsHeld}</td>
      <td>{t('funder.figures.sessionsCell', { delivered: figures.sessionsDelivered, planned: figures.sessionsPlanned })}</td>
      <td>{count(figures.participants, i18n.language)}</td>
      <td>{rate(figures.attendanceRate)}</td>
      <td>{count(figures.finishers, i18n.language)}</td>
      <td>{count(figures.completed, i18n.language)}</td>
      <td>{rate(figures.completionRate)}</td>
    </tr>
  );
  return (
    <section className="reports-funder-group">
      <h3>{heading}</h3>
      <table className="doc-table reports-funder-table">
        <thead>
          <tr>
            <th scope="col" className="reports-funder-group-name">
              {groupLabel}
            </th>
            <th scope="col">{t('funder.figures.workshopsHeld')}</th>
            <th scope="col">{t('funder.figures.sessionsColumn')}</th>
            <th scope="col">{t('funder.figures.participants')}</th>
            <th scope="col">{t('funder.figures.attendanceRate')}</th>
            <th scope="col">{t('funder.figures.finishers')}</th>
            <th scope="col">{t('funder.figures.completed')}</th>
            <th scope="col">{t('funder.figures.completionRate')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => row(group.label ?? unnamedLabel, group))}
          {row(t('funder.totals'), totals, true)}
        </tbody>
      </table>
    </section>
  );
}
