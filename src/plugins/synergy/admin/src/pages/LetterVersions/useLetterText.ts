import * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** The letters page's texts, and how it shows a field's value. */
export const useLetterText = () => {
  const { formatMessage, formatDate, formatNumber } = useIntl();
  return React.useMemo(() => {
    const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values);
    return {
      t,
      field: (field: string) => t(`letters.field.${field}`, field),
      /** A scoring rule by the enum label every list and form shows. */
      rule: (rule: string | null) => (rule ? formatMessage({ id: rule, defaultMessage: rule }) : '—'),
      value: (field: string, value: string | number | null) => {
        if (value === null || value === '') return '—';
        if (field === 'scoringRule') return formatMessage({ id: String(value), defaultMessage: String(value) });
        if (typeof value === 'number') return formatNumber(value, { maximumFractionDigits: 4 });
        return String(value);
      },
      version: (ref: number | 'current') =>
        ref === 'current' ? t('letters.version.current', 'Current text') : t('letters.version.number', 'Version {n}', { n: ref }),
      when: (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }) : '—'),
    };
  }, [formatMessage, formatDate, formatNumber]);
};

export type LetterText = ReturnType<typeof useLetterText>;
