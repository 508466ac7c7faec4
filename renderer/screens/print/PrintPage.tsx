import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SavedFile } from '../../../core/contract/files';
import type { Identification } from '../../../core/domain/attendance';
import type { Language } from '../../../core/domain/languages';
import { InLanguage } from '../../components/InLanguage';
import { LanguageField } from '../../components/LanguageField';
import { useDates } from '../../format/useDates';
import { FileStatus, useSavedFile } from '../../components/useSavedFile';
import type { PaperSize } from './paper';
import { PaperSelect } from './PaperSelect';
import './print.css';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export interface IdentificationChoice {
  value: Identification;
  allowFullNames: boolean;
  onChange: (value: Identification) => void;
}

interface PrintPageProps {
  /** The window's title and the toolbar's heading. */
  title: string;
  back: { to: string; label: string };
  paper: PaperSize;
  onPaper: (paper: PaperSize) => void;
  /** Offered for records that name people; left out for those that do not. */
  identification?: IdentificationChoice;
  /** The language the document is printed in (the toolbar stays in the app's). */
  language: { value: Language; onChange: (value: Language) => void };
  /** Further choices for the toolbar (a participant, a meeting). */
  choices?: ReactNode;
  /** Saves the page as a PDF; undefined when there is nothing to save. */
  onSave?: () => Promise<SavedFile>;
  /** Said under the buttons: e.g. that saving is noted in the workshop's log. */
  note?: string;
  landscape?: boolean;
  children: ReactNode;
}

/**
 * A printable record on its own page: a toolbar (paper, how people are named, Print, Save as PDF)
 * that never prints, above the document laid out at the paper's width. The sheet's `paper--` class
 * picks the named @page of the paper (styles.css). Chromium prints it the same way in the app
 * (printToPDF) and in the tests.
 */
export function PrintPage({ title, back, paper, onPaper, identification, language, choices, onSave, note, landscape = false, children }: PrintPageProps) {
  const { t } = useTranslation();
  const file = useSavedFile();
  const heading = useRef<HTMLHeadingElement>(null);

  useDocumentTitle(t('app.documentTitle', { screen: title }));
  useLayoutEffect(() => heading.current?.focus(), []);

  return (
    <div className="doc-view">
      <section className="doc-toolbar screen-only" aria-labelledby="print-toolbar-heading">
        <p className="doc-back">
          <Link to={back.to}>{back.label}</Link>
        </p>
        <h1 id="print-toolbar-heading" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <div className="doc-choices">
          <PaperSelect id="print-paper" paper={paper} onChange={onPaper} />
          <LanguageField id="print-language" label={t('languages.print.label')} value={language.value} onChange={language.onChange} />
          {identification ? (
            <div className="field doc-field">
              <label htmlFor="print-people">{t('print.toolbar.identification')}</label>
              <select
                id="print-people"
                value={identification.value}
                aria-describedby="print-people-note"
                onChange={(event) => identification.onChange(event.target.value as Identification)}
              >
                <option value="codes">{t('exports.attendance.identifications.codes')}</option>
                <option value="initials">{t('exports.attendance.identifications.initials')}</option>
                {identification.allowFullNames ? <option value="names">{t('exports.attendance.identifications.names')}</option> : null}
              </select>
            </div>
          ) : null}
          {choices}
        </div>
        {identification ? (
          <p id="print-people-note" className="field-hint" aria-live="polite">
            {t(`print.identifiedBy.${identification.value}`)}
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={!onSave || file.busy} onClick={() => onSave && void file.save(onSave)}>
            {t('print.toolbar.savePdf')}
          </button>
          <button type="button" className="button button--secondary" disabled={!onSave} onClick={() => window.print()}>
            {t('print.toolbar.print')}
          </button>
        </div>
        {note ? <p className="field-hint">{note}</p> : null}
        <FileStatus
          state={file.state}
          saving={t('print.toolbar.saving')}
          saved={(path) => t('print.toolbar.saved', { path })}
          failed={(message) => t('print.toolbar.failed', { message })}
        />
      </section>
      <InLanguage
        language={language.value}
        className={`doc-sheet doc-sheet--${paper} paper--${paper}${landscape ? ' doc-sheet--landscape paper--landscape' : ''}`}
      >
        {children}
      </InLanguage>
    </div>
  );
}

/** The line at the foot of a record: how people are named, and the day it was made. */
export function RecordFooter({ identification, madeOn }: { identification?: Identification; madeOn: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <p className="doc-footer">
      {identification ? `${t(`print.identifiedBy.${identification}`)} ` : null}
      {t('print.madeOn', { date: dates.longDate(madeOn) })}
    </p>
  );
}
