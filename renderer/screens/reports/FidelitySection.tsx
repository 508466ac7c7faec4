import { useTranslation } from 'react-i18next';
import type { FidelityCounts, FidelityReport, ModuleFidelity } from '../../../core/contract/reports';
import { fidelityShares, fidelityTallies } from '../../../core/domain/reports/fidelity';
import { StackedShareChart } from '../../components/charts/StackedShareChart';
import { useDates } from '../../format/useDates';
import { useReportCells } from './reportCells';

/** The funder report's fidelity: per module, a stacked bar per session, the sessions and activities, and the adaptation notes. */
export function FidelitySection({ fidelity }: { fidelity: FidelityReport }) {
  const { t } = useTranslation();
  return (
    <section className="reports-fidelity" aria-labelledby="reports-fidelity-heading">
      <h3 id="reports-fidelity-heading" className="reports-section-heading">
        {t('outcomes.fidelity.heading')}
      </h3>
      <p className="reports-section-intro">{t('outcomes.fidelity.intro')}</p>
      {fidelity.modules.length === 0 ? <p>{t('outcomes.fidelity.empty')}</p> : null}
      {fidelity.modules.map((module) => (
        <ModuleFidelityView key={module.moduleId} module={module} />
      ))}
    </section>
  );
}

function ModuleFidelityView({ module }: { module: ModuleFidelity }) {
  const { t } = useTranslation();
  const cells = useReportCells();
  const dates = useDates();
  const categories = fidelityTallies.map((tally) => ({ key: tally, label: t(`outcomes.fidelity.tallies.${tally}`) }));
  const shareCells = (counts: FidelityCounts) => {
    const shares = fidelityShares(counts);
    return fidelityTallies.map((tally) => <td key={tally}>{cells.percent(shares[tally])}</td>);
  };
  return (
    <div className="reports-instrument">
      <h4>{module.title}</h4>
      <p className="reports-section-intro">{t('outcomes.fidelity.workshops', { count: module.workshops })}</p>
      <StackedShareChart
        title={t('outcomes.fidelity.chart.title')}
        description={t('outcomes.fidelity.chart.description')}
        categories={categories}
        bars={module.sessions.map((session) => ({
          label: t('outcomes.fidelity.sessionShort', { number: session.number }),
          shares: fidelityShares(session.counts),
        }))}
        describeBar={(bar) =>
          t('outcomes.fidelity.chart.value', {
            session: bar.label,
            shares: categories.map((category) => `${category.label} ${cells.percent(bar.shares[category.key])}`).join(', '),
          })
        }
      />
      <table className="doc-table reports-outcomes-table">
        <caption>{t('outcomes.fidelity.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="reports-outcomes-name">
              {t('outcomes.fidelity.table.activity')}
            </th>
            <th scope="col">{t('outcomes.fidelity.table.delivered')}</th>
            {categories.map((category) => (
              <th scope="col" key={category.key}>
                {category.label}
              </th>
            ))}
          </tr>
        </thead>
        {module.sessions.map((session) => (
          <tbody key={session.sessionId}>
            <tr className="reports-fidelity-session">
              <th scope="row">{t('outcomes.fidelity.session', { number: session.number, title: session.title })}</th>
              <td>{session.delivered}</td>
              {shareCells(session.counts)}
            </tr>
            {session.activities.map((activity) => (
              <tr key={activity.activityId}>
                <th scope="row" className="reports-fidelity-activity">
                  {activity.title}
                </th>
                <td>{session.delivered}</td>
                {shareCells(activity.counts)}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <h5 className="reports-notes-heading">{t('outcomes.fidelity.notes.heading')}</h5>
      {module.notes.length === 0 ? (
        <p>{t('outcomes.fidelity.notes.empty')}</p>
      ) : (
        <table className="doc-table reports-fidelity-notes">
          <thead>
            <tr>
              <th scope="col">{t('outcomes.fidelity.notes.date')}</th>
              <th scope="col">{t('outcomes.fidelity.notes.workshop')}</th>
              <th scope="col">{t('outcomes.fidelity.notes.activity')}</th>
              <th scope="col">{t('outcomes.fidelity.notes.outcome')}</th>
              <th scope="col">{t('outcomes.fidelity.notes.note')}</th>
            </tr>
          </thead>
          <tbody>
            {module.notes.map((note, index) => (
              <tr key={index}>
                <td>{dates.shortDate(note.date, true)}</td>
                <td>{note.workshop}</td>
                <td>
                  {t('outcomes.fidelity.sessionShort', { number: note.session })} · {note.activity}
                </td>
                <td>{t(`outcomes.fidelity.tallies.${note.outcome}`)}</td>
                <td>{note.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
