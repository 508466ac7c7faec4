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
import './reports.css';

/** `/print/funder?from=…&to=…`: the funder report, to read, print, or save as PDF or CSV. */
export function FunderReportScreen() {
  const { t, i18n } = useTranslation();
  const options = usePrintOptions();
  const from = options.params.get('from') ?? '';
  const to = options.params.get('to') ?? '';
  const load = useCallback(() => call('reports.funder', { from, to }), [from, to]);
  const { state, retry } = useLoad(load);
  const csv = useSavedFile();
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
          onSave={() => call('reports.saveFunderPdf', { from, to })}
          note={t('funder.logged')}
          choices={
            <div className="doc-field">
              <button
                type="button"
                className="button button--secondary"
                disabled={csv.busy}
                onClick={() => void csv.save(() => call('reports.saveFunderCsv', { from, to, language }))}
              >
                {t('funder.saveCsv')}
              </button>
              <FileStatus
                state={csv.state}
                saving={t('funder.savingCsv')}
                saved={(path) => t('funder.savedCsv', { path })}
                failed={(message) => t('funder.failedCsv', { message })}
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
