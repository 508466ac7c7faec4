import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerKeyValue, Instrument, SurveyItem, SurveyTiming } from '../../../core/domain/surveys/instrument';
import { CheckboxField } from '../../components/CheckboxField';
import { Section } from '../../components/Section';
import { useList } from '../../format/useDates';
import './instruments.css';

/** The letter a multiple-choice option is printed with: a, b, c… */
const optionLetter = (index: number) => String.fromCharCode(97 + index);

/**
 * A module's survey instruments: when each is given, its scales with their questions (kind, text,
 * options), and the answer key only when the facilitator asks for it.
 */
export function InstrumentsSection({ instruments }: { instruments: readonly Instrument[] }) {
  const { t } = useTranslation();
  if (instruments.length === 0) return null;
  return (
    <Section id="surveys" heading={t('instruments.heading')}>
      <p className="muted">{t('instruments.help')}</p>
      {instruments.map((instrument) => (
        <InstrumentView key={instrument.id} instrument={instrument} />
      ))}
    </Section>
  );
}

function InstrumentView({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation();
  const list = useList();
  const [showKey, setShowKey] = useState(false);
  const headingId = `instrument-${instrument.id}`;
  const numbered = instrument.items.map((item, index) => ({ item, number: index + 1 }));
  const unscored = numbered.filter(({ item }) => item.scale === undefined);
  const hasAgreeItems = instrument.items.some((item) => item.kind === 'agree-disagree');
  const timing = (given: SurveyTiming) =>
    given.occasion === 'follow-up' ? t('instruments.occasion.follow-up', { count: given.weeksAfter ?? 0 }) : t(`instruments.occasion.${given.occasion}`);

  return (
    <article className="curricula-instrument" aria-labelledby={headingId}>
      <h3 id={headingId}>{instrument.title}</h3>
      <p>
        <strong>{t('instruments.given', { times: list(instrument.given.map(timing)) })}</strong>
        <span className="muted">
          {' · '}
          {t('instruments.size', { count: instrument.items.length })} {t('instruments.scaleCount', { count: instrument.scales.length })}
          {hasAgreeItems ? ` · ${t('instruments.agreePoints', { points: instrument.agreePoints })}` : null}
        </span>
      </p>
      <div className="curricula-instrument-intro">
        <p className="muted">{t('instruments.intro')}</p>
        <p>{instrument.intro}</p>
      </div>
      <CheckboxField
        id={`${headingId}-show-key`}
        label={t('instruments.showKey')}
        hint={t('instruments.showKeyHint')}
        checked={showKey}
        onChange={setShowKey}
      />
      {instrument.scales.map((scale) => (
        <section key={scale.id} className="curricula-instrument-scale" aria-labelledby={`${headingId}-${scale.id}`}>
          <h4 id={`${headingId}-${scale.id}`}>{t('instruments.scale', { title: scale.title })}</h4>
          {scale.description ? <p className="muted">{scale.description}</p> : null}
          <ItemList items={numbered.filter(({ item }) => item.scale === scale.id)} answerKey={showKey ? instrument.answerKey : undefined} />
        </section>
      ))}
      {unscored.length > 0 ? (
        <section className="curricula-instrument-scale" aria-labelledby={`${headingId}-unscored`}>
          <h4 id={`${headingId}-unscored`}>{t('instruments.unscored')}</h4>
          <ItemList items={unscored} answerKey={undefined} />
        </section>
      ) : null}
    </article>
  );
}

function ItemList({ items, answerKey }: { items: { item: SurveyItem; number: number }[]; answerKey: Instrument['answerKey'] | undefined }) {
  const { t } = useTranslation();
  return (
    <ol className="curricula-instrument-items">
      {items.map(({ item, number }) => (
        <li key={item.id} value={number}>
          <span className="badge badge--muted">{t(`instruments.kind.${item.kind}`)}</span> {item.text}
          {item.options ? (
            <ol type="a" className="curricula-instrument-options">
              {item.options.map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
            </ol>
          ) : null}
          {answerKey && Object.hasOwn(answerKey, item.id) ? (
            <p className="curricula-instrument-key">
              <strong>{t('instruments.keyLabel')}</strong> <KeyText item={item} value={answerKey[item.id]!} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The keyed answer in words: the end of an agree-disagree scale that scores highest, true or false, or the option. */
function KeyText({ item, value }: { item: SurveyItem; value: AnswerKeyValue }) {
  const { t } = useTranslation();
  if (typeof value === 'boolean') return <>{t(value ? 'instruments.key.true' : 'instruments.key.false')}</>;
  if (item.kind === 'agree-disagree') return <>{t(value === 'disagree' ? 'instruments.key.disagree' : 'instruments.key.agree')}</>;
  const index = item.options?.findIndex((option) => option.id === value) ?? -1;
  const option = item.options?.[index];
  return <>{option ? t('instruments.key.option', { letter: optionLetter(index), text: option.text }) : value}</>;
}
