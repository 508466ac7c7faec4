import { useTranslation } from 'react-i18next';
import type { InstrumentOutcome, OutcomesReport, ScaleOutcome, SiteOutcome } from '../../../core/contract/reports';
import { BeforeAfterChart } from '../../components/charts/BeforeAfterChart';
import { useReportCells } from './reportCells';

/** The funder report's outcomes: per survey, a before/after chart, the change per scale, completion and pairing. */
export function OutcomesSection({ outcomes }: { outcomes: OutcomesReport }) {
  const { t } = useTranslation();
  return (
    <section className="reports-outcomes" aria-labelledby="reports-outcomes-heading">
      <h3 id="reports-outcomes-heading" className="reports-section-heading">
        {t('outcomes.heading')}
      </h3>
      <p className="reports-section-intro">{t('outcomes.intro')}</p>
      {outcomes.instruments.length === 0 ? <p>{t('outcomes.empty')}</p> : null}
      {outcomes.instruments.map((instrument) => (
        <InstrumentOutcomes key={`${instrument.moduleId}/${instrument.instrumentId}`} instrument={instrument} />
      ))}
      <section className="reports-funder-notes">
        <h4>{t('outcomes.notes.heading')}</h4>
        <ul>
          {(['pairing', 'change', 'completion', 'small'] as const).map((note) => (
            <li key={note}>{t(`outcomes.notes.${note}`)}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}

function InstrumentOutcomes({ instrument }: { instrument: InstrumentOutcome }) {
  const { t } = useTranslation();
  const cells = useReportCells();
  const { pairing } = instrument;
  return (
    <div className="reports-instrument">
      <h4>{instrument.title}</h4>
      {/* The module's title on its own line: curriculum text, kept apart from the interface's words. */}
      <p className="reports-instrument-module">{instrument.moduleTitle}</p>
      <p className="reports-section-intro">{t('outcomes.workshops', { count: instrument.workshops })}</p>
      <BeforeAfterChart
        title={t('outcomes.chart.title')}
        description={t('outcomes.chart.description')}
        beforeLabel={t('outcomes.chart.before')}
        afterLabel={t('outcomes.chart.after')}
        formatScore={(score) => cells.score(score)}
        pairs={instrument.scales.map((scale) => ({
          label: scale.title,
          ...(scale.meanPre === undefined || scale.meanPost === undefined
            ? { note: t('outcomes.chart.fewer') }
            : { before: scale.meanPre, after: scale.meanPost }),
        }))}
        describePair={(pair) =>
          pair.before === undefined
            ? `${pair.label}: ${pair.note ?? ''}`
            : t('outcomes.chart.value', { scale: pair.label, before: cells.score(pair.before), after: cells.score(pair.after) })
        }
      />
      <table className="doc-table reports-outcomes-table reports-table-whole">
        <caption>{t('outcomes.change.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="reports-outcomes-name">
              {t('outcomes.change.scale')}
            </th>
            <ChangeHeads />
          </tr>
        </thead>
        <tbody>
          {instrument.scales.map((scale) => (
            <tr key={scale.scaleId}>
              <th scope="row">{scale.title}</th>
              <ChangeCells scale={scale} />
            </tr>
          ))}
        </tbody>
      </table>
      <ChangeBySite sites={instrument.bySite} />
      <table className="doc-table reports-outcomes-table reports-table-whole">
        <caption>{t('outcomes.completion.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="reports-outcomes-name">
              {t('outcomes.completion.occasion')}
            </th>
            <th scope="col">{t('outcomes.completion.enrolled')}</th>
            <th scope="col">{t('outcomes.completion.given')}</th>
            <th scope="col">{t('outcomes.completion.complete')}</th>
            <th scope="col">{t('outcomes.completion.partial')}</th>
            <th scope="col">{t('outcomes.completion.unlinked')}</th>
            <th scope="col">{t('outcomes.completion.givenRate')}</th>
          </tr>
        </thead>
        <tbody>
          {instrument.completion.map((row) => (
            <tr key={row.occasion}>
              <th scope="row">{t(`outcomes.occasions.${row.occasion}`)}</th>
              <td>{cells.count(row.enrolled)}</td>
              <td>{cells.count(row.given)}</td>
              <td>{cells.count(row.complete)}</td>
              <td>{cells.count(row.partial)}</td>
              <td>{cells.count(row.unlinked)}</td>
              <td>{cells.percent(row.givenRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="reports-pairing-caption">{t('outcomes.pairing.caption')}</p>
      <dl className="reports-pairing">
        <dt>{t('outcomes.pairing.paired')}</dt>
        <dd>{cells.count(pairing.paired)}</dd>
        <dt>{t('outcomes.pairing.preWithoutPost')}</dt>
        <dd>{cells.count(pairing.preWithoutPost)}</dd>
        <dt>{t('outcomes.pairing.postWithoutPre')}</dt>
        <dd>{cells.count(pairing.postWithoutPre)}</dd>
        <dt>{t('outcomes.pairing.secondPre')}</dt>
        <dd>{cells.count(pairing.secondPre)}</dd>
      </dl>
    </div>
  );
}

/** The change table's columns after the scale's name: pairs, the means, and who improved, stayed the same or got worse. */
function ChangeHeads() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('outcomes.change.paired')}</th>
      <th scope="col">{t('outcomes.change.meanPre')}</th>
      <th scope="col">{t('outcomes.change.meanPost')}</th>
      <th scope="col">{t('outcomes.change.meanChange')}</th>
      <th scope="col">{t('outcomes.change.improved')}</th>
      <th scope="col">{t('outcomes.change.same')}</th>
      <th scope="col">{t('outcomes.change.worse')}</th>
    </>
  );
}

function ChangeCells({ scale }: { scale: ScaleOutcome }) {
  const cells = useReportCells();
  return (
    <>
      <td>{cells.count(scale.paired)}</td>
      <td>{cells.score(scale.meanPre)}</td>
      <td>{cells.score(scale.meanPost)}</td>
      <td>{cells.change(scale.meanChange)}</td>
      <td>{cells.countAndShare(scale.improved)}</td>
      <td>{cells.countAndShare(scale.same)}</td>
      <td>{cells.countAndShare(scale.worse)}</td>
    </>
  );
}

/** Each site's change per scale, when the survey was given at more than one site: a group of rows per site. */
function ChangeBySite({ sites }: { sites: readonly SiteOutcome[] }) {
  const { t } = useTranslation();
  if (sites.length === 0) return null;
  return (
    <table className="doc-table reports-outcomes-table reports-table-whole reports-by-site">
      <caption>{t('programView.outcomesBySite.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="reports-outcomes-name">
            {t('funder.group.site')}
          </th>
          <th scope="col" className="reports-outcomes-name">
            {t('outcomes.change.scale')}
          </th>
          <ChangeHeads />
        </tr>
      </thead>
      {sites.map((site, index) => (
        <tbody key={site.label ?? index}>
          {site.scales.map((scale, scaleIndex) => (
            <tr key={scale.scaleId}>
              {scaleIndex === 0 ? (
                <th scope="rowgroup" rowSpan={site.scales.length}>
                  {site.label ?? t('funder.group.noSite')}
                  <span className="reports-by-site-workshops">{t('outcomes.workshops', { count: site.workshops })}</span>
                </th>
              ) : null}
              <th scope="row">{scale.title}</th>
              <ChangeCells scale={scale} />
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
