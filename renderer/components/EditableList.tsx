import { useLayoutEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordItem } from '../data/useRecordItem';
import type { Outcome } from '../data/useSaveStatus';
import { InlineConfirm } from './InlineConfirm';
import { ItemForm, type ItemChecks, type ItemFieldsProps } from './ItemForm';
import './EditableList.css';

export interface EditableListTexts {
  empty: string;
  addHeading: string;
  add: string;
  editNamed: (name: string) => string;
  editHeading: (name: string) => string;
  removeNamed: (name: string) => string;
  confirmRemove: (name: string) => string;
}

/** For a list whose order matters: Up and Down on each item. */
export interface Reordering {
  /** Moves an item one place up (-1) or down (+1). */
  move: (id: string, by: -1 | 1) => Promise<Outcome<unknown>>;
  /** The id of the list's heading, which names the (ordered) list. */
  labelledBy: string;
  texts: {
    up: string;
    down: string;
    moveUpNamed: (name: string) => string;
    moveDownNamed: (name: string) => string;
    moved: (name: string, position: number, count: number) => string;
  };
}

export interface EditableListProps<T extends { id: string }, V extends object> {
  /** Prefix of every id in the list, e.g. `sites`. */
  id: string;
  texts: EditableListTexts;
  items: readonly T[];
  nameOf: (item: T) => string;
  summary: (item: T) => ReactNode;
  blank: V;
  /** The add form's values after an add, from the values just added (default: `blank`), e.g. to keep a chosen kind. */
  nextBlank?: (added: V) => V;
  valuesOf: (item: T) => V;
  Fields: ComponentType<ItemFieldsProps<V>>;
  checks: ItemChecks<V>;
  /** Saves one item (`id` undefined: a new one, added at the end). */
  save: (values: V, id: string | undefined) => Promise<Outcome<unknown>>;
  remove: (id: string) => Promise<Outcome<unknown>>;
  /** Why an item cannot be removed, when it cannot. */
  cannotRemove?: (item: T) => string | undefined;
  reorder?: Reordering;
  /** The level of the add and edit headings, under the list's own heading. */
  headingLevel: 3 | 4;
  /** After a removal: the caller moves focus (e.g. to the list's heading). */
  onRemoved: () => void;
}

type MoveDirection = 'up' | 'down';

/**
 * A list of records edited in place: each with Edit and Remove (and Up and Down when the order
 * matters), an inline edit form and an inline removal question, an empty state, then a form to
 * add one at the end. The caller shows the list's heading and its saved status.
 */
export function EditableList<T extends { id: string }, V extends object>(props: EditableListProps<T, V>) {
  const { id, texts, items, reorder } = props;
  const AddHeading = `h${props.headingLevel}` as const;
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ itemId: string; direction: MoveDirection } | null>(null);

  useLayoutEffect(() => {
    if (!focusRequest) return;
    document.getElementById(`${id}-${focusRequest.itemId}-${focusRequest.direction}`)?.focus();
  }, [focusRequest, id]);

  async function move(item: T, direction: MoveDirection) {
    const index = items.indexOf(item);
    if (!reorder || (direction === 'up' ? index <= 0 : index >= items.length - 1)) return;
    const outcome = await reorder.move(item.id, direction === 'up' ? -1 : 1);
    // The item's buttons may have been moved in the page: keep focus on the one that was pressed.
    setFocusRequest({ itemId: item.id, direction });
    if (outcome.ok) setAnnouncement(reorder.texts.moved(props.nameOf(item), index + (direction === 'up' ? 0 : 2), items.length));
  }

  const listItems = items.map((item, index) => (
    <EditableItem
      key={item.id}
      item={item}
      list={props}
      {...(reorder
        ? { moves: { first: index === 0, last: index === items.length - 1, onMove: (direction) => void move(item, direction), texts: reorder.texts } }
        : {})}
    />
  ));

  return (
    <>
      {reorder ? (
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="empty">{texts.empty}</p>
      ) : reorder ? (
        <ol className="record-list" aria-labelledby={reorder.labelledBy}>
          {listItems}
        </ol>
      ) : (
        <ul className="record-list">{listItems}</ul>
      )}
      <div className="add-record">
        <AddHeading id={`${id}-add-heading`}>{texts.addHeading}</AddHeading>
        <ItemForm
          idPrefix={`${id}-new`}
          labelledBy={`${id}-add-heading`}
          initial={props.blank}
          submitLabel={texts.add}
          checks={props.checks}
          Fields={props.Fields}
          editing={undefined}
          onSubmit={(values) => props.save(values, undefined)}
          resetOnSuccess={props.nextBlank ?? true}
        />
      </div>
    </>
  );
}

interface EditableItemProps<T extends { id: string }, V extends object> {
  item: T;
  list: EditableListProps<T, V>;
  moves?: { first: boolean; last: boolean; onMove: (direction: MoveDirection) => void; texts: Reordering['texts'] };
}

function EditableItem<T extends { id: string }, V extends object>({ item, list, moves }: EditableItemProps<T, V>) {
  const { t } = useTranslation();
  const { mode, show, removeError, removing, confirmRemove, editButton, removeButton, keepButton } = useRecordItem(() => list.remove(item.id), list.onRemoved);
  const name = list.nameOf(item);
  const idPrefix = `${list.id}-${item.id}`;
  const blocked = list.cannotRemove?.(item);
  const EditHeading = `h${list.headingLevel}` as const;

  if (mode === 'edit') {
    return (
      <li className="record record--editing">
        <EditHeading id={`${idPrefix}-edit-heading`} className="record-edit-heading">
          {list.texts.editHeading(name)}
        </EditHeading>
        <ItemForm
          idPrefix={idPrefix}
          labelledBy={`${idPrefix}-edit-heading`}
          initial={list.valuesOf(item)}
          submitLabel={t('common.save')}
          checks={list.checks}
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
        <InlineConfirm
          id={`${idPrefix}-confirm`}
          question={blocked ?? list.texts.confirmRemove(name)}
          error={removeError ? t('status.failed', { message: removeError.message }) : null}
          {...(blocked ? {} : { confirm: { label: t('common.yesRemove'), onConfirm: () => void confirmRemove(), busy: removing } })}
          onCancel={() => show('view', 'remove')}
          cancelRef={keepButton}
        />
      ) : (
        <div className={moves ? 'actions record-actions ui-reorder-actions' : 'actions record-actions'}>
          {moves ? (
            <div className="ui-move">
              <MoveButton id={`${idPrefix}-up`} label={moves.texts.moveUpNamed(name)} unavailable={moves.first} onClick={() => moves.onMove('up')}>
                <span aria-hidden="true">↑ </span>
                {moves.texts.up}
              </MoveButton>
              <MoveButton id={`${idPrefix}-down`} label={moves.texts.moveDownNamed(name)} unavailable={moves.last} onClick={() => moves.onMove('down')}>
                <span aria-hidden="true">↓ </span>
                {moves.texts.down}
              </MoveButton>
            </div>
          ) : null}
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
      className="button button--secondary ui-move-button"
      aria-label={label}
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? undefined : onClick}
    >
      {children}
    </button>
  );
}
