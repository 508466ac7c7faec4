import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionPreview } from '../../../core/contract/backups';
import type { RetentionSettings } from '../../../core/domain/settings';
import { call, toApiError } from '../../api';
import { SavedSection } from '../../components/SavedSection';
import { TextField } from '../../components/TextField';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';
import { formatLongDate } from '../../format/dates';
import { InlineConfirm } from '../../components/InlineConfirm';

/** Months offered when purging is first turned on: two years. */
const DEFAULT_MONTHS = 24;

function parseMonths(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const months = Number(trimmed);
  return months >= 1 && months <= 120 ? months : undefined;
}

type Review =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; preview: RetentionPreview }
  | { state: 'confirming'; preview: RetentionPreview }
  | { state: 'purging'; preview: RetentionPreview }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/** Settings › Purging old records: off by default; when on, a list of what would go, then a confirmation. */
export function RetentionSection({ retention }: { retention: RetentionSettings }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const status = useSaveStatus();
  const on = retention.purgeAfterMonths !== undefined;
  const [draft, setDraft] = useState(String(retention.purgeAfterMonths ?? DEFAULT_MONTHS));
  const [invalid, setInvalid] = useState(false);
  const [review, setReview] = useState<Review>({ state: 'idle' });
  const confirmCancel = useRef<HTMLButtonElement>(null);
  const purgeButton = useRef<HTMLButtonElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const backToPurge = useRef(false);

  // Focus follows the question: onto Cancel when it is asked, back onto Purge… when it is cancelled.
  useLayoutEffect(() => {
    if (review.state === 'confirming') confirmCancel.current?.focus();
    if (review.state === 'ready' && backToPurge.current) {
      backToPurge.current = false;
      purgeButton.current?.focus();
    }
  }, [review.state]);

  async function save(next: RetentionSettings) {
    // A list made under another rule no longer says what would go.
    setReview({ state: 'idle' });
    await status.run(() => apply(call('settings.setRetention', next)));
  }

  async function saveMonths() {
    const months = parseMonths(draft);
    setInvalid(months === undefined);
    if (months === undefined || months === retention.purgeAfterMonths) return;
    await save({ purgeAfterMonths: months });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void saveMonths();
  }

  async function showPreview() {
    setReview({ state: 'loading' });
    try {
      setReview({ state: 'ready', preview: await call('retention.preview') });
    } catch (thrown) {
      setReview({ state: 'failed', message: t('backups.retention.reviewFailed', { message: toApiError(thrown).message }) });
    }
  }

  const counts = (preview: RetentionPreview) => ({
    workshops: t('backups.list.workshops', { count: preview.workshops.length }),
    participants: t('backups.list.participants', { count: preview.participants.length }),
  });

  async function purge(preview: RetentionPreview) {
    if (preview.token === undefined) return;
    setReview({ state: 'purging', preview });
    try {
      const done = await call('retention.purge', { token: preview.token });
      setReview({
        state: 'done',
        message: [
          t('backups.retention.purged', {
            workshops: t('backups.list.workshops', { count: done.workshops }),
            participants: t('backups.list.participants', { count: done.participants }),
            keptUntil: formatLongDate(done.keptUntil),
          }),
          ...(done.secondFolderPending ? [t('backups.retention.purgedSecondPending')] : []),
        ].join(' '),
      });
    } catch (thrown) {
      const error = toApiError(thrown);
      // Some workshops went before the failure: its message says how many, never "nothing was purged".
      const message = error.reason.code === 'purge-partial' ? error.message : t('backups.retention.purgeFailed', { message: error.message });
      setReview({ state: 'failed', message });
    }
    reviewButton.current?.focus();
  }

  const shown = review.state === 'ready' || review.state === 'confirming' || review.state === 'purging' ? review.preview : undefined;
  const label = t('backups.retention.monthsLabel');

  return (
    <SavedSection
      headingId="retention-heading"
      heading={t('backups.retention.heading')}
      className="settings-section"
      status={status.state}
      statusId="retention-status"
    >
      <p className="section-intro">{t('backups.retention.intro')}</p>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={on}
            aria-describedby="retention-status"
            onChange={(event) => {
              const months = parseMonths(draft) ?? DEFAULT_MONTHS;
              setDraft(String(months));
              setInvalid(false);
              void save(event.target.checked ? { purgeAfterMonths: months } : {});
            }}
          />
          {t('backups.retention.enabledLabel')}
        </label>
      </div>

      {on ? (
        <>
          <form className="inline-form" noValidate onSubmit={onSubmit} aria-labelledby="retention-heading">
            <TextField
              id="retention-months"
              label={label}
              hint={t('backups.retention.monthsHint')}
              value={draft}
              onChange={setDraft}
              onBlur={() => void saveMonths()}
              error={invalid ? t('backups.retention.monthsInvalid') : undefined}
            />
          </form>
          <div className="actions settings-retention-actions">
            <button
              type="button"
              className="button button--secondary"
              ref={reviewButton}
              aria-disabled={review.state === 'loading' || review.state === 'purging' || undefined}
              onClick={review.state === 'loading' || review.state === 'purging' ? undefined : () => void showPreview()}
            >
              {t('backups.retention.review')}
            </button>
          </div>
        </>
      ) : null}

      <div role="status" className="settings-retention-outcome">
        {review.state === 'loading' ? <p>{t('backups.retention.reviewing')}</p> : null}
        {review.state === 'purging' ? <p>{t('backups.retention.purging')}</p> : null}
        {review.state === 'done' ? <p className="save-status save-status--saved">{review.message}</p> : null}
        {review.state === 'failed' ? <p className="field-error">{review.message}</p> : null}
        {shown && shown.workshops.length === 0 && shown.cutoff ? <p>{t('backups.retention.nothing', { cutoff: formatLongDate(shown.cutoff) })}</p> : null}
      </div>

      {shown && shown.workshops.length > 0 && shown.cutoff ? (
        <div role="group" aria-labelledby="retention-list-heading" className="settings-retention-list">
          <h3 id="retention-list-heading">{t('backups.retention.listHeading')}</h3>
          <h4 id="retention-workshops-heading">
            {t('backups.retention.workshopsHeading', { count: shown.workshops.length, cutoff: formatLongDate(shown.cutoff) })}
          </h4>
          <ul aria-labelledby="retention-workshops-heading">
            {shown.workshops.map((workshop) => (
              <li key={workshop.id}>
                <span className="record-name">{workshop.title}</span>{' '}
                <span className="record-detail">({t('backups.retention.workshopEnded', { date: formatLongDate(workshop.endedOn) })})</span>
              </li>
            ))}
          </ul>
          {shown.participants.length === 0 ? (
            <p>{t('backups.retention.noParticipants')}</p>
          ) : (
            <>
              <h4 id="retention-participants-heading">{t('backups.retention.participantsHeading', { count: shown.participants.length })}</h4>
              <ul aria-labelledby="retention-participants-heading" className="settings-retention-codes">
                {shown.participants.map((participant) => (
                  <li key={participant.id}>{participant.code}</li>
                ))}
              </ul>
            </>
          )}
          {review.state === 'ready' ? (
            <div className="actions">
              <button type="button" className="button button--danger" ref={purgeButton} onClick={() => setReview({ state: 'confirming', preview: shown })}>
                {t('backups.retention.purge', counts(shown))}
              </button>
            </div>
          ) : (
            <InlineConfirm
              id="retention-confirm"
              question={t('backups.retention.confirm', counts(shown))}
              confirm={{ label: t('backups.retention.confirmButton'), onConfirm: () => void purge(shown), busy: review.state === 'purging' }}
              onCancel={() => {
                backToPurge.current = true;
                setReview({ state: 'ready', preview: shown });
              }}
              cancelRef={confirmCancel}
            />
          )}
        </div>
      ) : null}
    </SavedSection>
  );
}
