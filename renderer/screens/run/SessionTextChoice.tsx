import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/RadioGroup';
import { languageName } from '../curricula/languageName';
import type { SessionText } from './useSessionText';

/** "Session text in: English · Español", when the library has the planned module in more than one language. */
export function SessionTextChoice({ text }: { text: SessionText }) {
  const { t } = useTranslation();
  if (text.languages.length < 2) return null;
  return (
    <RadioGroup
      id="run-text-language"
      legend={t('moduleLanguages.runnerLegend')}
      options={text.languages.map((module) => ({ value: module.language, label: <span lang={module.language}>{languageName(module.language)}</span> }))}
      value={text.language}
      onChange={text.setLanguage}
      note={t('moduleLanguages.runnerNote')}
      classNames={{ group: 'run-text-language', list: 'run-text-language-list', note: 'run-text-language-note' }}
    />
  );
}
