import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './protection.css';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/**
 * A page shown instead of the app (first start, locked): no sidebar, no navigation, nothing of the
 * data; one centred card with the page's h1, inside the page's only main landmark.
 */
export function GatePage({ documentTitle, heading, children }: { documentTitle: string; heading: string; children: ReactNode }) {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { screen: documentTitle });
  useDocumentTitle(title);
  return (
    <main id="main" className="protection-page">
      <div className="protection-card">
        <h1 tabIndex={-1}>{heading}</h1>
        {children}
      </div>
    </main>
  );
}
