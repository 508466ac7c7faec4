import { languageName, type Language } from '../../core/domain/languages';
import { appLanguages } from '../i18n';
import { SelectField } from './SelectField';

const options = appLanguages.map((value) => ({ value, label: languageName(value), lang: value }));

/** A choice of the languages the app speaks, each named in itself ("English", "Español"). */
export function LanguageField({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: Language;
  onChange: (value: Language) => void;
}) {
  return <SelectField id={id} label={label} hint={hint} value={value} options={options} onChange={onChange} />;
}
