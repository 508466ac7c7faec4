import { useTranslation } from 'react-i18next';
import type { Handout, Session } from '../../../core/domain/curriculum/schema';
import type { Workshop } from '../../../core/domain/workshop';

interface RunHandoutsProps {
  workshop: { module: Pick<Workshop['module'], 'handouts'> };
  sessions: readonly Session[];
  /** The youth handout on the presenter screen now, if any. */
  shown: string | undefined;
  /** Showing is possible only while the session runs, and never for facilitator handouts. */
  canShow: boolean;
  onShow: (handoutId: string | undefined) => void;
}

/** The handouts of the meeting's sessions: youth ones can be put on the presenter screen instead of the activity. */
export function RunHandouts({ workshop, sessions, shown, canShow, onShow }: RunHandoutsProps) {
  const { t } = useTranslation();
  const ids = [...new Set(sessions.flatMap((session) => session.handouts))];
  const handouts = ids.flatMap((id) => workshop.module.handouts.filter((handout) => handout.id === id));
  if (handouts.length === 0) return null;
  return (
    <section className="run-section run-handouts" aria-labelledby="run-handouts-heading">
      <h2 id="run-handouts-heading">{t('curricula.handouts.heading')}</h2>
      <ul className="plain-list">
        {handouts.map((handout) => (
          <li key={handout.id} className="run-handout">
            <span>
              {handout.title}{' '}
              <span className={handout.audience === 'youth' ? 'badge badge--accent' : 'badge badge--muted'}>{t(`curricula.handouts.${handout.audience}`)}</span>
            </span>
            <ShowButton handout={handout} shown={shown === handout.id} canShow={canShow} onShow={onShow} />
          </li>
        ))}
      </ul>
      {shown ? <p role="status">{t('curricula.handouts.onPresenter')}</p> : null}
    </section>
  );
}

function ShowButton({ handout, shown, canShow, onShow }: { handout: Handout; shown: boolean; canShow: boolean; onShow: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  if (handout.audience !== 'youth') return null;
  if (shown) {
    return (
      <button type="button" className="button button--secondary" onClick={() => onShow(undefined)}>
        {t('curricula.handouts.stopShowing', { title: handout.title })}
      </button>
    );
  }
  return (
    <button type="button" className="button button--secondary" disabled={!canShow} onClick={() => onShow(handout.id)}>
      {t('curricula.handouts.show', { title: handout.title })}
    </button>
  );
}
