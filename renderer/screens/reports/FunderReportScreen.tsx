import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { LoadedScreen } from '../../components/LoadedScreen';
import { useLoad } from '../../data/useLoad';
import { FileStatus, useSavedFile } from '../../components/useSavedFile';
import { shownLanguage } from '../../i18n';
import { PrintPage } from '../print/PrintPage';
import { usePrintOptions } from '../print/usePrintOptions';
import { FunderReportDocument } from './FunderReportDocument';
import { reportFilters, type ReportFilters } from './reportFilters';
import './reports.css';
import './outcomes.css';

/** `/print/funder?from=…&to=…[&workshopId|moduleId|siteId=…]`: the funder report, to read, print, or save as PDF, CSV or XLSX. */
export function FunderReportScreen() {
  const { t, i18n } = useTranslation();
  const options = usePrintOptions();
  const from = options.params.get('from') ?? '';
  const to = options.params.get('to') ?? '';
  const filters = reportFilters(options.params);
  // Keyed by the filters' text, not the params object: choosing paper or language does not load the report again.
  const filterKey = JSON.stringify(filters);
  const load = useCallback(() => call('reports.funder', { from, to, ...(JSON.parse(filterKey) as ReportFilters) }), [from, to, filterKey]);
  const { state, retry } = useLoad(load);
  const csv = useSavedFile();
  const xlsx = useSavedFile();
  const language = options.language ?? shownLanguage(i18n.language);
  const back = { to: '/reports', label: t('funder.back') };

  return (
    <LoadedScreen
      state={state}
      retry={retry}
      texts={{ title: t('funder.title'), loading: t('funder.loading'), notFound: t('funder.failed'), failed: t('funder.failed'), back }}
    >
      {(report) => (
        <PrintPage
          title={t('funder.title')}
          back={back}
          paper={options.paper}
          onPaper={options.setPaper}
          language={{ value: language, onChange: options.setLanguage }}
          onSave={() => call('reports.saveFunderPdf', { from, to, ...filters })}
          note={t('funder.logged')}
          choices={
            <div className="doc-field">
              <button
                type="button"
                className="button button--secondary"
                disabled={csv.busy}
                onClick={() => void csv.save(() => call('reports.saveFunderCsv', { from, to, language, ...filters }))}
              >
                {t('funder.saveCsv')}
              </button>
              <FileStatus
                state={csv.state}
                saving={t('funder.savingCsv')}
                saved={(path) => t('funder.savedCsv', { path })}
                failed={(message) => t('funder.failedCsv', { message })}
              />
              <button
                type="button"
                className="button button--secondary"
                disabled={xlsx.busy}
                onClick={() => void xlsx.save(() => call('reports.saveFunderXlsx', { from, to, language, ...filters }))}
              >
                {t('outcomes.files.saveXlsx')}
              </button>
              <FileStatus
                state={xlsx.state}
                saving={t('outcomes.files.savingXlsx')}
                saved={(path) => t('outcomes.files.savedXlsx', { path })}
                failed={(message) => t('outcomes.files.failedXlsx', { message })}
              />
            </div>
          }
        >
          <FunderReportDocument report={report} />
        </PrintPage>
      )}
    </LoadedScreen>
  );
}
