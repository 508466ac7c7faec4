import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountAndShare, ProtectedCount } from '../../../core/contract/reports';
import { formatCount, formatPercent } from '../../format/numbers';

/** How the outcomes and fidelity sections write their cells, in the page's language. */
export function useReportCells() {
  const { t, i18n } = useTranslation();
  const { language } = i18n;
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const count = (value: ProtectedCount) => (value === 'hidden' ? t('outcomes.hidden') : value === '<5' ? value : formatCount(value, language));
    return {
      count,
      /** "9 (75%)", or the count alone when its share is left out. */
      countAndShare: (value: CountAndShare) =>
        value.share === undefined
          ? count(value.count)
          : t('outcomes.change.countAndShare', { count: count(value.count), share: formatPercent(value.share, language) }),
      score: (value: number | undefined) => (value === undefined ? t('outcomes.notShown') : oneDecimal.format(value)),
      change: (value: number | undefined) => (value === undefined ? t('outcomes.notShown') : signed.format(value)),
      percent: (share: number | undefined) => (share === undefined ? t('outcomes.notShown') : formatPercent(share, language)),
    };
  }, [t, language]);
}
