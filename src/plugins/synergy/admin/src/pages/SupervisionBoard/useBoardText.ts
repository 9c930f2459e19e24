import * as React from 'react';
import { useIntl } from 'react-intl';
import type { TaskLight } from '../../../../shared/contracts';
import { useWorkflowLabels } from '../../hooks/useWorkflowLabels';
import { getTranslation } from '../../utils/getTranslation';

/** The board's texts in the admin's language: messages, names of states, lights, levels and sources, and rates. */
export const useBoardText = () => {
  const { formatMessage, locale } = useIntl();
  const labels = useWorkflowLabels();
  return React.useMemo(() => {
    const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values);
    return {
      t,
      locale,
      stateLabel: labels.state,
      lightLabel: (light: TaskLight | null) => t(`board.light.${light ?? 'none'}`, light ?? 'none'),
      levelLabel: (level: string) => t(`board.level.${level}`, level),
      sourceLabel: (source: string) => t(`board.source.${source}`, source),
      /** A landing rate (0–1) as a percentage, or a dash when nothing is due. */
      rate: (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`),
    };
  }, [formatMessage, labels, locale]);
};
