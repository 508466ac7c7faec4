import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantView } from '../../../core/contract/planning';
import type { ApiError } from '../../api';
import { InlineConfirm } from '../../components/InlineConfirm';
import { useRecordItem } from '../../data/useRecordItem';
import type { Outcome } from '../../data/useSaveStatus';
import { formatShortDate } from '../../format/dates';
import { currentStays, staysInOrder, valuesOf, workshopCount, workshopTitleIn, type ParticipantValues, type Stay } from './history';
import { ParticipantForm } from './ParticipantForm';

interface ParticipantItemProps {
  view: ParticipantView;
  allowFullNames: boolean;
  save: (values: ParticipantValues, id: string) => Promise<Outcome<unknown>>;
  remove: (id: string) => Promise<Outcome<unknown>>;
  /** The form refused what was typed: the screen's status says so. */
  onRefused: (error: ApiError) => void;
  /** An edit or a removal was given up: the screen forgets its failure message. */
  onCancel: () => void;
}

/** One participant: who (code first), where they are now, every stay so far, and Edit / Remove. */
export function ParticipantItem({ view, allowFullNames, save, remove, onRefused, onCancel }: ParticipantItemProps) {
  const { t } = useTranslation();
  const { participant } = view;
  const { mode, show, removeError, removing, confirmRemove, editButton, removeButton, keepButton } = useRecordItem(() => remove(participant.id));
  const idPrefix = `participant-${participant.id}`;
  const code = participant.code;

  const details = [
    participant.initials ? t('participants.initialsShown', { initials: participant.initials }) : '',
    participant.pronouns ?? '',
    allowFullNames ? (participant.fullName ?? '') : '',
  ].filter(Boolean);
  const workshops = workshopCount(view);

  return (
    <article className={mode === 'edit' ? 'ppl-item ppl-item--editing' : 'ppl-item'} aria-labelledby={`${idPrefix}-heading`}>
      <div className="ppl-who">
        <h3 id={`${idPrefix}-heading`} className="ppl-code">
          {code}
        </h3>
        {details.length > 0 ? <p className="ppl-details">{details.join(' · ')}</p> : null}
      </div>

      {mode === 'edit' ? (
        <div className="ppl-edit">
          <h4 id={`${idPrefix}-edit-heading`} className="ppl-form-heading">
            {t('participants.editHeading', { code })}
          </h4>
          <ParticipantForm
            idPrefix={idPrefix}
            labelledBy={`${idPrefix}-edit-heading`}
            initial={valuesOf(view)}
            submitLabel={t('common.save')}
            allowFullNames={allowFullNames}
            onSubmit={(values) => save(values, participant.id)}
            onSaved={() => show('view', 'edit')}
            onRefused={onRefused}
            onCancel={() => {
              onCancel();
              show('view', 'edit');
            }}
          />
        </div>
      ) : (
        <>
          <Stays view={view} />
          {mode === 'confirm' ? (
            <InlineConfirm
              id={`${idPrefix}-confirm`}
              question={t('participants.confirmRemove', { code })}
              error={removeError ? t('status.failed', { message: removeError.message }) : null}
              confirm={{ label: t('common.yesRemove'), onConfirm: () => void confirmRemove(), busy: removing }}
              onCancel={() => {
                onCancel();
                show('view', 'remove');
              }}
              cancelRef={keepButton}
            />
          ) : (
            <div className="ppl-actions">
              <button
                type="button"
                className="button button--secondary"
                ref={editButton}
                aria-label={t('participants.editNamed', { code })}
                onClick={() => show('edit', null)}
              >
                {t('common.edit')}
              </button>
              {workshops === 0 ? (
                <button
                  type="button"
                  className="button button--quiet-danger"
                  ref={removeButton}
                  aria-label={t('participants.removeNamed', { code })}
                  onClick={() => show('confirm', 'keep')}
                >
                  {t('common.remove')}
                </button>
              ) : (
                <p className="ppl-kept">{t('participants.cannotRemove', { code, count: workshops })}</p>
              )}
            </div>
          )}
        </>
      )}
      {view.codeNotTaken ? <p className="notice-inline ppl-code-not-taken">{t('participantCodes.notTaken', { code, wanted: view.codeNotTaken })}</p> : null}
    </article>
  );
}

/** Where the participant is now, and each stay with its dates, how it ended, and moves between groups. */
function Stays({ view }: { view: ParticipantView }) {
  const { t } = useTranslation();
  const now = currentStays(view);
  const stays = staysInOrder(view);
  return (
    <div className="ppl-stays">
      <p className="ppl-now">
        {now.length === 0 ? (
          <span className="muted">{t('participants.notEnrolled')}</span>
        ) : (
          <>
            <span className="ppl-label">{t('participants.nowIn')}: </span>
            {now.map((stay, index) => (
              <span key={`${stay.workshopId}-${stay.enrolledOn}`}>
                {index > 0 ? ', ' : null}
                <Link to={`/workshops/${stay.workshopId}`}>{stay.workshopTitle}</Link>
              </span>
            ))}
          </>
        )}
      </p>
      {stays.length > 0 ? (
        <>
          <p className="ppl-label" id={`participant-${view.participant.id}-history`}>
            {t('participants.history')}
          </p>
          <ul className="ppl-history" aria-labelledby={`participant-${view.participant.id}-history`}>
            {stays.map((stay) => (
              <StayLine key={`${stay.workshopId}-${stay.enrolledOn}`} view={view} stay={stay} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function StayLine({ view, stay }: { view: ParticipantView; stay: Stay }) {
  const { t } = useTranslation();
  const fromTitle = workshopTitleIn(view, stay.fromWorkshopId);
  const exit = stay.exit;
  const toTitle = workshopTitleIn(view, exit?.toWorkshopId);
  return (
    <li>
      <Link to={`/workshops/${stay.workshopId}`}>{stay.workshopTitle}</Link>
      {': '}
      {t('participants.enrolledOn', { date: formatShortDate(stay.enrolledOn, true) })}
      {stay.fromWorkshopId ? (
        <>
          {', '}
          {fromTitle ? (
            <Trans
              i18nKey="participants.movedFrom"
              values={{ title: fromTitle }}
              components={{ workshop: <Link to={`/workshops/${stay.fromWorkshopId}`} /> }}
            />
          ) : (
            t('participants.movedFromUnknown')
          )}
        </>
      ) : null}
      {exit ? (
        <>
          {'; '}
          {exit.reason === 'moved' ? (
            toTitle ? (
              <Trans
                i18nKey="participants.movedTo"
                values={{ title: toTitle, date: formatShortDate(exit.on, true) }}
                components={{ workshop: <Link to={`/workshops/${exit.toWorkshopId ?? ''}`} /> }}
              />
            ) : (
              t('participants.movedToUnknown', { date: formatShortDate(exit.on, true) })
            )
          ) : (
            t('participants.left', { date: formatShortDate(exit.on, true), reason: t(`planning.exitReason.${exit.reason}`) })
          )}
        </>
      ) : (
        <>
          {' '}
          <span className="badge ppl-current">{t('participants.current')}</span>
        </>
      )}
    </li>
  );
}
