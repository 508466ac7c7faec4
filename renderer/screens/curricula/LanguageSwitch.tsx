import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { languageName } from './languageName';
import { useModuleTranslations } from './useModuleTranslations';
import './curricula.css';

/**
 * Links to the same page of this module in its other languages ("English · Español"); nothing when
 * the library has it in one language only. `pageOf` says where each language's page is.
 */
export function LanguageSwitch({ module, pageOf }: { module: CurriculumModule; pageOf: (moduleId: string) => string }) {
  const { t } = useTranslation();
  const { state } = useModuleTranslations(module);
  if (state.status !== 'ready' || state.value.length < 2) return null;
  return (
    <nav aria-label={t('moduleLanguages.switchLabel')} className="curricula-languages screen-only">
      <span className="curricula-languages-label">{t('moduleLanguages.label')}</span>
      <ul>
        {state.value.map(({ module: version }) => (
          <li key={version.id}>
            {version.id === module.id ? (
              <span aria-current="page" className="curricula-languages-current" lang={version.language}>
                {languageName(version.language)}
              </span>
            ) : (
              <Link to={pageOf(version.id)} lang={version.language} hrefLang={version.language}>
                {languageName(version.language)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
