import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One screen: its h1 (focused after navigation by the shell) and the window title. */
export function Screen({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const documentTitle = t('app.documentTitle', { screen: title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <div className="screen">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
