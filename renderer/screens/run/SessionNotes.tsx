import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { call } from '../../api';
import { NoteWarning } from '../../components/NoteWarning';
import { SaveStatus } from '../../components/SaveStatus';
import { useSaveStatus } from '../../data/useSaveStatus';

/** Notes on how the session went for the group, saved when the field is left and with Save. */
export function SessionNotes({ view, readOnly, onViewChange }: { view: MeetingRunView; readOnly: boolean; onViewChange: (view: MeetingRunView) => void }) {
  const { t } = useTranslation();
  const saved = view.run?.notes ?? '';
  const [text, setText] = useState(saved);
  const lastSaved = useRef(saved);
  // Leaving the field by pressing Save would otherwise send the same text twice.
  const sending = useRef<string | null>(null);
  const status = useSaveStatus();
  const id = 'run-notes';
  const rosterCodes = useMemo(() => view.roster.map((participant) => participant.code), [view.roster]);

  async function save() {
    if (readOnly || text === lastSaved.current || text === sending.current) return;
    const notes = text;
    sending.current = notes;
    const outcome = await status.run(() => call('run.notes', { workshopId: view.workshop.id, meetingId: view.meeting.id, notes }));
    sending.current = null;
    if (outcome.ok) {
      lastSaved.current = notes;
      onViewChange(outcome.value);
    }
  }

  return (
    <section className="run-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('run.notes.heading')}</h2>
      {!view.run ? (
        <p className="muted">{t('run.notes.startFirst')}</p>
      ) : (
        <div className="run-notes">
          <div className="field run-wide-field">
            <label htmlFor={id}>{t('run.notes.label')}</label>
            <p className="field-hint" id={`${id}-hint`}>
              {t('run.notes.hint')}
            </p>
            <textarea
              id={id}
              rows={6}
              maxLength={4000}
              spellCheck={false}
              readOnly={readOnly}
              aria-describedby={readOnly ? `${id}-hint` : `${id}-hint ${id}-warning ${id}-status`}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onBlur={() => void save()}
            />
            {readOnly ? null : <NoteWarning id={`${id}-warning`} note={text} rosterCodes={rosterCodes} />}
          </div>
          {readOnly ? null : (
            <div className="run-notes-actions">
              <button type="button" className="button button--secondary" onClick={() => void save()}>
                {t('run.notes.save')}
              </button>
              <SaveStatus state={status.state} id={`${id}-status`} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
