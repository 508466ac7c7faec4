import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PrintableKind, PrintableRequest, PrintableView } from '../../../core/contract/records';
import type { Language } from '../../../core/domain/languages';
import { call } from '../../api';
import { LoadedScreen } from '../../components/LoadedScreen';
import { useLoad } from '../../data/useLoad';
import { AttendanceLetters } from './documents/AttendanceLetters';
import { AttendanceSummary, PORTRAIT_MEETINGS } from './documents/AttendanceSummary';
import { Certificates } from './documents/Certificates';
import { SignInSheet } from './documents/SignInSheet';
import { PrintPage } from './PrintPage';
import { usePrintOptions } from './usePrintOptions';

const kinds: readonly PrintableKind[] = ['sign-in', 'attendance-summary', 'attendance-letter', 'certificate'];
const titles = {
  'sign-in': 'print.signIn.title',
  'attendance-summary': 'print.summary.title',
  'attendance-letter': 'print.letter.title',
  certificate: 'print.certificate.title',
} as const;

/** What to ask main for: the kind in the path; the meeting and how people are named in the address. */
function requestOf(
  kind: PrintableKind,
  workshopId: string,
  meetingId: string,
  identification: PrintableRequest['identification'],
  language?: Language,
): PrintableRequest {
  const inLanguage = language ? { language } : {};
  if (kind === 'sign-in') return { kind, workshopId, meetingId, identification, ...inLanguage };
  return { kind, workshopId, identification, ...inLanguage };
}

/** Letters and certificates for one participant, or for everyone, as the toolbar chooses. */
function onlyFor(view: PrintableView, participantId: string | null): PrintableView {
  if (!participantId) return view;
  if (view.kind === 'attendance-letter') return { ...view, letters: view.letters.filter((letter) => letter.participantId === participantId) };
  if (view.kind === 'certificate') return { ...view, certificates: view.certificates.filter((entry) => entry.participantId === participantId) };
  return view;
}

function peopleIn(view: PrintableView): { id: string; label: string }[] {
  if (view.kind === 'attendance-letter') return view.letters.map((letter) => ({ id: letter.participantId, label: letter.participant }));
  if (view.kind === 'certificate') return view.certificates.map((entry) => ({ id: entry.participantId, label: entry.participant }));
  return [];
}

function isEmpty(view: PrintableView): boolean {
  return peopleIn(view).length === 0 && (view.kind === 'attendance-letter' || view.kind === 'certificate');
}

/** `/print/workshops/:workshopId/:kind`: a sign-in sheet, the attendance summary, letters or certificates. */
export function RecordScreen() {
  const { t } = useTranslation();
  const { workshopId = '', kind: kindParam = '' } = useParams();
  const options = usePrintOptions();
  const kind = kinds.find((candidate) => candidate === kindParam) ?? 'attendance-summary';
  const meetingId = options.params.get('meeting') ?? '';
  const { identification, language } = options;
  const request = requestOf(kind, workshopId, meetingId, identification, language);
  const load = useCallback(
    () => call('records.view', requestOf(kind, workshopId, meetingId, identification, language)),
    [kind, workshopId, meetingId, identification, language],
  );
  const { state, retry } = useLoad(load);
  const participantId = options.params.get('participant');
  const back = { to: `/workshops/${workshopId}`, label: t('print.backToWorkshop') };

  return (
    <LoadedScreen
      state={state}
      retry={retry}
      texts={{ title: t(titles[kind]), loading: t('print.loading'), notFound: t('print.notFound'), failed: t('print.failed'), back }}
    >
      {(loaded) => {
        const view = onlyFor(loaded, participantId);
        const people = peopleIn(loaded);
        const document: PrintableRequest =
          participantId && (request.kind === 'attendance-letter' || request.kind === 'certificate') ? { ...request, participantId } : request;
        return (
          <PrintPage
            // A "Saved to …" line belongs to the record it was saved from, not to the next one opened.
            key={`${workshopId}/${kind}`}
            title={t(titles[kind])}
            back={back}
            paper={options.paper}
            onPaper={options.setPaper}
            identification={{ value: options.identification, allowFullNames: options.allowFullNames, onChange: options.setIdentification }}
            language={{ value: view.heading.language, onChange: options.setLanguage }}
            landscape={(view.kind === 'attendance-summary' && view.meetings.length > PORTRAIT_MEETINGS) || view.kind === 'certificate'}
            note={t('print.toolbar.logged')}
            {...(isEmpty(view) ? {} : { onSave: () => call('records.savePdf', { document, paper: options.paper }) })}
            choices={
              people.length > 1 ? (
                <div className="field doc-field">
                  <label htmlFor="print-participant">{t('print.toolbar.participant')}</label>
                  <select id="print-participant" value={participantId ?? ''} onChange={(event) => options.set('participant', event.target.value || undefined)}>
                    <option value="">{t('print.toolbar.everyone')}</option>
                    {people.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.label}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null
            }
          >
            {view.kind === 'sign-in' ? <SignInSheet view={view} /> : null}
            {view.kind === 'attendance-summary' ? <AttendanceSummary view={view} /> : null}
            {view.kind === 'attendance-letter' ? <AttendanceLetters view={view} /> : null}
            {view.kind === 'certificate' ? <Certificates view={view} /> : null}
          </PrintPage>
        );
      }}
    </LoadedScreen>
  );
}
