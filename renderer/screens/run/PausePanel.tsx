import { useTranslation } from 'react-i18next';
import { RunPanel } from './Panel';
import { ResourceList } from './ResourceList';

const steps = ['breathe', 'feet', 'five', 'water', 'voice', 'noTalk', 'return'] as const;

/** Grounding and de-escalation steps and the local resources; the presenter shows a calm screen meanwhile. */
export function PausePanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RunPanel id="run-pause" heading={t('run.pause.heading')} className="run-panel--pause" onClose={onClose}>
      <p>{t('run.pause.intro')}</p>
      <div className="run-panel-columns">
        <section aria-labelledby="run-pause-steps">
          <h3 id="run-pause-steps">{t('run.pause.stepsHeading')}</h3>
          <ol className="run-steps">
            {steps.map((step) => (
              <li key={step}>{t(`run.pause.steps.${step}`)}</li>
            ))}
          </ol>
        </section>
        <ResourceList id="run-pause-resources" />
      </div>
      <button type="button" className="button button--primary" onClick={onClose}>
        {t('run.pause.close')}
      </button>
    </RunPanel>
  );
}
