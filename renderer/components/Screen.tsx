import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './useDocumentTitle';

/** One screen: its h1 (focused after navigation by the shell) and the window title. `wide` for grids and plans. */
export function Screen({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const documentTitle = t('app.documentTitle', { screen: title });
  useDocumentTitle(documentTitle);
  return (
    <div className={wide ? 'screen screen--wide' : 'screen'}>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
