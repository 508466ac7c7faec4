import { useRef, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditableList, type EditableListTexts } from '../../components/EditableList';
import type { Subjects } from '../../components/formErrors';
import type { ItemFieldsProps } from '../../components/ItemForm';
import type { Outcome } from '../../data/useSaveStatus';

export interface ListTexts extends EditableListTexts {
  heading: string;
  intro?: string | undefined;
  moveUpNamed: (name: string) => string;
  moveDownNamed: (name: string) => string;
}

export interface AttendanceListProps<T extends { id: string }, V extends object> {
  /** Prefix of every id in the list, e.g. `attendance-statuses`. */
  id: string;
  texts: ListTexts;
  items: readonly T[];
  nameOf: (item: T) => string;
  summary: (item: T) => ReactNode;
  blank: V;
  valuesOf: (item: T) => V;
  subjects: Subjects<keyof V & string>;
  Fields: ComponentType<ItemFieldsProps<V>>;
  /** Saves one item (`id` undefined: a new one, added at the end); its problems point at the form's fields. */
  save: (values: V, id: string | undefined) => Promise<Outcome<unknown>>;
  remove: (id: string) => Promise<Outcome<unknown>>;
  /** Moves an item one place up (-1) or down (+1). */
  move: (id: string, by: -1 | 1) => Promise<Outcome<unknown>>;
  /** Why an item cannot be removed, when it cannot. */
  cannotRemove?: (item: T) => string | undefined;
}

/** An ordered list of attendance settings (statuses, reasons) under its heading: Up, Down, Edit and Remove on each. */
export function AttendanceList<T extends { id: string }, V extends object>({ texts, ...props }: AttendanceListProps<T, V>) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `${props.id}-heading`;
  return (
    <div className="settings-attendance-list">
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {texts.heading}
      </h3>
      {texts.intro ? <p className="section-intro">{texts.intro}</p> : null}
      <EditableList<T, V>
        {...props}
        texts={texts}
        checks={{ subjects: props.subjects }}
        reorder={{
          move: props.move,
          labelledBy: headingId,
          texts: {
            up: t('settings.attendance.moveUp'),
            down: t('settings.attendance.moveDown'),
            moveUpNamed: texts.moveUpNamed,
            moveDownNamed: texts.moveDownNamed,
            moved: (name, position, count) => t('settings.attendance.moved', { name, position, count }),
          },
        }}
        headingLevel={4}
        onRemoved={() => headingRef.current?.focus()}
      />
    </div>
  );
}
