import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../core/domain/languages';
import { fixedLanguageInstance } from '../i18n';

/**
 * What is handed to the group (a printed page, the presenter) in its own language, whatever the
 * interface speaks: `t`, `useDates()` and the `lang` attribute inside follow `language`.
 */
export function InLanguage({ language, className, children }: { language: Language; className?: string; children: ReactNode }) {
  return (
    <I18nextProvider i18n={fixedLanguageInstance(language)}>
      <div lang={language} className={className}>
        {children}
      </div>
    </I18nextProvider>
  );
}
