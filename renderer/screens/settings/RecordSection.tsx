import { useRef, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import type { Settings } from '../../../core/domain/settings';
import { EditableList, type EditableListTexts } from '../../components/EditableList';
import type { ItemFieldsProps } from '../../components/ItemForm';
import { SavedSection } from '../../components/SavedSection';
import { useSaveStatus } from '../../data/useSaveStatus';
import { SharedWithProgram } from '../hub/SharedWithProgram';

export interface RecordTexts extends EditableListTexts {
  heading: string;
  intro: string;
}

type RecordSectionKey = 'facilitators' | 'sites' | 'resources';

/** The texts of a record section, all found under `settings.<section>` in the translations. */
export function useRecordTexts(section: RecordSectionKey): RecordTexts {
  const { t } = useTranslation();
  const prefix = `settings.${section}` as const;
  return {
    heading: t(`${prefix}.heading`),
    intro: t(`${prefix}.intro`),
    empty: t(`${prefix}.empty`),
    addHeading: t(`${prefix}.addHeading`),
    add: t(`${prefix}.add`),
    editNamed: (name) => t(`${prefix}.editNamed`, { name }),
    editHeading: (name) => t(`${prefix}.editHeading`, { name }),
    removeNamed: (name) => t(`${prefix}.removeNamed`, { name }),
    confirmRemove: (name) => t(`${prefix}.confirmRemove`, { name }),
  };
}

interface RecordSectionProps<R extends { id: string }, V extends object> {
  id: string;
  texts: RecordTexts;
  records: readonly R[];
  nameOf: (record: R) => string;
  summary: (record: R) => ReactNode;
  blank: V;
  /** The add form's values after an add, from the values just added (default: `blank`), e.g. to keep a chosen kind. */
  nextBlank?: (added: V) => V;
  /** Shown at the end of the section's card, e.g. a link to print its records. */
  footer?: ReactNode;
  valuesOf: (record: R) => V;
  /** For each field, the words that name it in an error message ("Name" is required). */
  subjects: Record<keyof V & string, string>;
  /** The record's input schema (core/domain), checked before saving. */
  schema: ZodType;
  Fields: ComponentType<ItemFieldsProps<V>>;
  /** Saves one record (`id` undefined: a new one); resolves with the saved settings. */
  save: (values: V, id: string | undefined) => Promise<Settings>;
  remove: (id: string) => Promise<Settings>;
}

/**
 * A settings section holding a list of records: list, add form, inline edit, remove with a
 * confirm step. Every change is saved at once; the section's status says how it went.
 */
export function RecordSection<R extends { id: string }, V extends object>(props: RecordSectionProps<R, V>) {
  const { id, texts } = props;
  const status = useSaveStatus();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fields = Object.keys(props.subjects);

  return (
    <SavedSection headingId={`${id}-heading`} heading={texts.heading} className="settings-section" status={status.state} headingRef={headingRef}>
      <p className="section-intro">{texts.intro}</p>
      <SharedWithProgram />
      <EditableList<R, V>
        id={id}
        texts={texts}
        items={props.records}
        nameOf={props.nameOf}
        summary={props.summary}
        blank={props.blank}
        {...(props.nextBlank ? { nextBlank: props.nextBlank } : {})}
        valuesOf={props.valuesOf}
        Fields={props.Fields}
        checks={{
          subjects: props.subjects,
          schema: props.schema,
          // A refusal found here is reported like one from the app: the section's status says so.
          onRefused: (error) => void status.run(() => Promise.reject(error), fields),
        }}
        save={(values, recordId) => status.run(() => props.save(values, recordId), fields)}
        remove={(recordId) => status.run(() => props.remove(recordId))}
        headingLevel={3}
        onRemoved={() => headingRef.current?.focus()}
      />
      {props.footer}
    </SavedSection>
  );
}
