import * as React from 'react';
import { useIntl } from 'react-intl';
import type { CategoryFit, RegionFit, SupplierClass } from '../../../../shared/contracts';
import { getTranslation } from '../../utils/getTranslation';

/** The workbench's texts, and the names of the reasons a candidate ranked where it did. */
export const useMatchingText = () => {
  const { formatMessage, formatDate, formatNumber, locale } = useIntl();
  return React.useMemo(() => {
    const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values);
    return {
      t,
      kind: (kind: string) => t(`matching.kind.${kind}`, kind),
      category: (fit: CategoryFit) => t(`matching.category.${fit}`, fit),
      region: (fit: RegionFit) => t(`matching.region.${fit}`, fit),
      supplierClass: (value: SupplierClass | null) => t(`matching.class.${value ?? 'none'}`, value ?? '—'),
      exemptionReason: (reason: string) => t(`matching.exemption.reason.${reason}`, reason),
      score: (score: number) => formatNumber(score, { maximumFractionDigits: 3 }),
      percent: (share: number) => formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
      rating: (rating: number | null) =>
        rating === null
          ? t('matching.rating.none', 'not rated')
          : t('matching.rating', 'rated {rating}', { rating: formatNumber(rating, { maximumFractionDigits: 1 }) }),
      /** The half of a server text `{ zh, en }` in the admin's language. */
      inLanguage: (text: { zh: string; en: string }) => (locale.toLowerCase().startsWith('zh') ? text.zh : text.en),
      points: (points: number) => formatNumber(points, { maximumFractionDigits: 3, signDisplay: 'exceptZero' }),
      when: (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '—'),
    };
  }, [formatMessage, formatDate, formatNumber, locale]);
};

export type MatchingText = ReturnType<typeof useMatchingText>;
