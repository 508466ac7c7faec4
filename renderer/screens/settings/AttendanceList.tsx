import { useEffect, useRef, useState, type ComponentType, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordItem } from '../../data/useRecordItem';
import type { Outcome } from '../../data/useSaveStatus';

/** What a list's form fields receive: the values, and the message for each field at fault. */
export interface ItemFieldsProps<V> {
  idPrefix: string;
  values: V;
  onChange: (values: V) => void;
  errorFor: (field: keyof V & string) => string | undefined;
  /** Attach to the first text input: it is focused to start editing and after adding. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
  /** The item being edited; undefined in the add form. */
  editing: string | undefined;
}

/** How a save went: messages next to fields, and a message for the form when the problem is elsewhere. */
export type Attempt = { ok: true } | { ok: false; fieldErrors: Partial<Record<string, string>>; message: string | undefined };

export interface ListTexts {
  heading: string;
  intro?: string;
  empty: string;
  addHeading: string;
  add: string;
  editNamed: (name: string) => string;
  editHeading: (name: string) => string;
  removeNamed: (name: string) => string;
  moveUpNamed: (name: string) => string;
  moveDownNamed: (name: string) => string;
  confirmRemove: (name: string) => string;
}

export interface AttendanceListProps<T extends { id: string }, V> {
  /** Prefix of every id in the list, e.g. `attendance-statuses`. */
  id: string;
  texts: ListTexts;
  items: readonly T[];
  nameOf: (item: T) => string;
  summary: (item: T) => ReactNode;
  blank: V;
  valuesOf: (item: T) => V;
  Fields: ComponentType<ItemFieldsProps<V>>;
  /** Saves one item (`id` undefined: a new one, added at the end). */
  save: (values: V, id: string | undefined) => Promise<Attempt>;
  remove: (id: string) => Promise<Outcome<unknown>>;
  /** Moves an item one place up (-1) or down (+1). */
  move: (id: string, by: -1 | 1) => Promise<Outcome<unknown>>;
  /** Why an item cannot be removed, when it cannot. */
  cannotRemove?: (item: T) => string | undefined;
}

type MoveDirection = 'up' | 'down';

/**
 * An ordered list of settings items (statuses, reasons): each with Up, Down, Edit and Remove, an
 * inline edit form and an inline removal confirmation, then a form to add one at the end.
 */
export function AttendanceList<T extends { id: string }, V>(props: AttendanceListProps<T, V>) {
  const { t } = useTranslation();
  const { id, texts, items } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ itemId: string; direction: MoveDirection } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    document.getElementById(`${id}-${focusRequest.itemId}-${focusRequest.direction}`)?.focus();
  }, [focusRequest, id]);

  async function move(item: T, direction: MoveDirection) {
    const index = items.indexOf(item);
    if (direction === 'up' ? index <= 0 : index >= items.length - 1) return;
    const outcome = await props.move(item.id, direction === 'up' ? -1 : 1);
    // The item's buttons may have been moved in the page: keep focus on the one that was pressed.
    setFocusRequest({ itemId: item.id, direction });
    if (outcome.ok) {
      const position = index + (direction === 'up' ? 0 : 2);
      setAnnouncement(t('settings.attendance.moved', { name: props.nameOf(item), position, count: items.length }));
    }
  }

  return (
    <div className="settings-attendance-list">
      <h3 id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        {texts.heading}
      </h3>
      {texts.intro ? <p className="section-intro">{texts.intro}</p> : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="empty">{texts.empty}</p>
      ) : (
        <ol className="record-list" aria-labelledby={`${id}-heading`}>
          {items.map((item, index) => (
            <ListItem
              key={item.id}
              item={item}
              first={index === 0}
              last={index === items.length - 1}
              list={props}
              onMove={(direction) => void move(item, direction)}
              onRemoved={() => headingRef.current?.focus()}
            />
          ))}
        </ol>
      )}
      <div className="add-record">
        <h4 id={`${id}-add-heading`}>{texts.addHeading}</h4>
        <ItemForm
          idPrefix={`${id}-new`}
          labelledBy={`${id}-add-heading`}
          initial={props.blank}
          submitLabel={texts.add}
          Fields={props.Fields}
          editing={undefined}
          onSubmit={(values) => props.save(values, undefined)}
          resetOnSuccess
        />
      </div>
    </div>
  );
}

interface ListItemProps<T extends { id: string }, V> {
  item: T;
  first: boolean;
  last: boolean;
  list: AttendanceListProps<T, V>;
  onMove: (direction: MoveDirection) => void;
  onRemoved: () => void;
}

function ListItem<T extends { id: string }, V>({ item, first, last, list, onMove, onRemoved }: ListItemProps<T, V>) {
  const { t } = useTranslation();
  const { mode, show, removeError, removing, confirmRemove, editButton, removeButton, keepButton } = useRecordItem(() => list.remove(item.id), onRemoved);
  const name = list.nameOf(item);
  const idPrefix = `${list.id}-${item.id}`;
  const blocked = list.cannotRemove?.(item);

  if (mode === 'edit') {
    return (
      <li className="record record--editing">
        <h4 id={`${idPrefix}-edit-heading`} className="record-edit-heading">
          {list.texts.editHeading(name)}
        </h4>
        <ItemForm
          idPrefix={idPrefix}
          labelledBy={`${idPrefix}-edit-heading`}
          initial={list.valuesOf(item)}
          submitLabel={t('common.save')}
          Fields={list.Fields}
          editing={item.id}
          onSubmit={(values) => list.save(values, item.id)}
          onSaved={() => show('view', 'edit')}
          onCancel={() => show('view', 'edit')}
          focusOnMount
        />
      </li>
    );
  }

  return (
    <li className="record">
      <div className="record-summary">{list.summary(item)}</div>
      {mode === 'confirm' ? (
        <div className="confirm" role="group" aria-labelledby={`${idPrefix}-confirm`}>
          <p id={`${idPrefix}-confirm`} className="confirm-question">
            {blocked ?? list.texts.confirmRemove(name)}
          </p>
          {removeError ? <p className="field-error">{t('status.failed', { message: removeError.message })}</p> : null}
          <div className="actions">
            {blocked ? null : (
              <button type="button" className="button button--danger" aria-disabled={removing || undefined} onClick={() => void confirmRemove()}>
                {t('common.yesRemove')}
              </button>
            )}
            <button type="button" className="button button--secondary" ref={keepButton} onClick={() => show('view', 'remove')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions record-actions settings-attendance-actions">
          <div className="settings-attendance-move">
            <MoveButton id={`${idPrefix}-up`} label={list.texts.moveUpNamed(name)} unavailable={first} onClick={() => onMove('up')}>
              <span aria-hidden="true">↑ </span>
              {t('settings.attendance.moveUp')}
            </MoveButton>
            <MoveButton id={`${idPrefix}-down`} label={list.texts.moveDownNamed(name)} unavailable={last} onClick={() => onMove('down')}>
              <span aria-hidden="true">↓ </span>
              {t('settings.attendance.moveDown')}
            </MoveButton>
          </div>
          <button
            type="button"
            className="button button--secondary"
            ref={editButton}
            aria-label={list.texts.editNamed(name)}
            onClick={() => show('edit', null)}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button button--quiet-danger"
            ref={removeButton}
            aria-label={list.texts.removeNamed(name)}
            onClick={() => show('confirm', 'keep')}
          >
            {t('common.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Up or Down. At the top or bottom of the list it stays focusable (so focus is not lost when an
 * item arrives there) but says it is unavailable and does nothing.
 */
function MoveButton({
  id,
  label,
  unavailable,
  onClick,
  children,
}: {
  id: string;
  label: string;
  unavailable: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      id={id}
      className="button button--secondary settings-attendance-move-button"
      aria-label={label}
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? undefined : onClick}
    >
      {children}
    </button>
  );
}

interface ItemFormProps<V> {
  idPrefix: string;
  labelledBy: string;
  initial: V;
  submitLabel: string;
  Fields: ComponentType<ItemFieldsProps<V>>;
  editing: string | undefined;
  onSubmit: (values: V) => Promise<Attempt>;
  onSaved?: () => void;
  /** Shows a Cancel button; Escape cancels too. */
  onCancel?: () => void;
  /** After a successful save, empty the form for the next item. */
  resetOnSuccess?: boolean;
  focusOnMount?: boolean;
}

/** Holds what the user typed until it is saved: a failed save keeps it and marks the fields at fault. */
function ItemForm<V>({
  idPrefix,
  labelledBy,
  initial,
  submitLabel,
  Fields,
  editing,
  onSubmit,
  onSaved,
  onCancel,
  resetOnSuccess,
  focusOnMount,
}: ItemFormProps<V>) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<Extract<Attempt, { ok: false }> | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ target: 'first' | 'invalid'; n: number } | null>(focusOnMount ? { target: 'first', n: 0 } : null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const invalid = focusRequest.target === 'invalid' ? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    (invalid ?? firstFieldRef.current)?.focus();
  }, [focusRequest]);

  const requestFocus = (target: 'first' | 'invalid') => setFocusRequest((previous) => ({ target, n: (previous?.n ?? 0) + 1 }));
  const errorFor = (field: keyof V & string) => failure?.fieldErrors[field];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const attempt = await onSubmit(values);
    setBusy(false);
    if (attempt.ok) {
      setFailure(null);
      if (resetOnSuccess) {
        setValues(initial);
        requestFocus('first');
      }
      onSaved?.();
    } else {
      setFailure(attempt);
      requestFocus('invalid');
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <form ref={formRef} className="record-form" aria-labelledby={labelledBy} noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <Fields idPrefix={idPrefix} values={values} onChange={setValues} errorFor={errorFor} firstFieldRef={firstFieldRef} editing={editing} />
      {failure?.message ? <p className="form-error">{t('status.failed', { message: failure.message })}</p> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
