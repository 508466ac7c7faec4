import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubMember, HubStatus } from '../../../core/contract/hub';
import { call, toApiError } from '../../api';
import { InlineConfirm } from '../../components/InlineConfirm';
import { usePanels } from '../../components/usePanels';
import { JoinFileForm } from './JoinForms';

interface MembersListProps {
  members: readonly HubMember[];
  onChanged: (status: HubStatus) => void;
  /** Says what was done in the page's live region. */
  announce: (text: string) => void;
}

/** The coordinator's view of who is in the program: remove someone, or make a join file for someone new. */
export function MembersList({ members, onChanged, announce }: MembersListProps) {
  const { t } = useTranslation();
  const panels = usePanels<'joinFile'>();
  return (
    <section className="hub-block" aria-labelledby="hub-members-heading">
      <h3 id="hub-members-heading" tabIndex={-1} ref={panels.fallbackRef}>
        {t('hub.members.heading')}
      </h3>
      <p className="field-hint">{t('hub.members.intro')}</p>
      <ul className="record-list">
        {members.map((member, index) => (
          <MemberItem key={member.userName} id={`hub-member-${index}`} member={member} onChanged={onChanged} announce={announce} />
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          ref={panels.buttonRef('joinFile')}
          aria-expanded={panels.open === 'joinFile'}
          aria-controls={panels.open === 'joinFile' ? 'hub-join-file' : undefined}
          onClick={() => panels.toggle('joinFile')}
        >
          {t('hub.members.add')}
        </button>
      </div>
      {panels.open === 'joinFile' ? (
        <JoinFileForm
          id="hub-join-file"
          onDone={(made) => {
            onChanged(made.hub);
            announce(t('hub.joinFile.saved', { userName: made.userName, path: made.path }));
            panels.close();
          }}
          onClose={panels.close}
        />
      ) : null}
    </section>
  );
}

/** `id`: made from the member's place, since a user name may hold spaces (an id may not). */
function MemberItem({ id, member, onChanged, announce }: { id: string; member: HubMember } & Omit<MembersListProps, 'members'>) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Focus goes back to "Remove…" when the question is answered with Cancel.
  useLayoutEffect(() => {
    if (!asking && wasAsking.current) removeButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function revoke() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await call('hub.revoke', { userName: member.userName });
      announce(t('hub.members.removed', { userName: member.userName }));
      onChanged(next);
    } catch (thrown) {
      setError(t('hub.failed', { message: toApiError(thrown).message }));
      setBusy(false);
    }
  }

  const details = [t(`hub.roles.${member.role}`), t(`hub.members.states.${member.state}`)].join(' · ');
  return (
    <li className="record">
      <div className="record-summary">
        <p className="record-name">{member.you ? t('hub.members.you', { userName: member.userName }) : member.userName}</p>
        <p className="record-detail">{details}</p>
      </div>
      {member.you || member.role === 'coordinator' ? null : asking ? (
        <InlineConfirm
          id={`${id}-remove`}
          question={t('hub.members.removeQuestion', { userName: member.userName })}
          help={t('hub.members.removeHelp')}
          error={error}
          confirm={{ label: t('hub.members.removeConfirm'), onConfirm: () => void revoke(), busy }}
          onCancel={() => setAsking(false)}
          focusCancel
        />
      ) : (
        <div className="actions record-actions">
          <button
            type="button"
            className="button button--quiet-danger"
            ref={removeButton}
            aria-label={t('hub.members.removeNamed', { userName: member.userName })}
            onClick={() => setAsking(true)}
          >
            {t('hub.members.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
