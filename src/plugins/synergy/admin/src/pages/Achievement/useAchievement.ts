import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

export type FigureStatus = 'ok' | 'warning' | 'alarm' | 'no-value';

export interface AchievementUnit {
  documentId: string;
  code: string;
  name: string;
  level: string;
}

export interface AchievementFigure {
  code: string;
  value: number | null;
  target: number | null;
  achievement: number | null;
  status: FigureStatus;
}

export interface Achievement {
  unit: AchievementUnit;
  trail: AchievementUnit[];
  year: number;
  period: string;
  indicators: Array<{ code: string; name: string; unit: string | null; decimals: number | null; category: string }>;
  figures: AchievementFigure[];
  children: Array<{ unit: AchievementUnit; figures: AchievementFigure[] }>;
}

export interface AchievementQuery {
  unit: string | null;
  year: number;
  period: string;
}

/** A node's figures and its children's for a year and period (the server applies the admin's scope). */
export const useAchievement = ({ unit, year, period }: AchievementQuery) => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<Achievement | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    const params = new URLSearchParams({ year: String(year), period, ...(unit ? { unit } : {}) });
    get<{ data: Achievement }>(`/${PLUGIN_ID}/indicators/achievement?${params}`)
      .then(({ data }) => {
        if (!current) return;
        setAnswer(data.data);
        setFailure(null);
      })
      .catch((error) => current && (setAnswer(null), setFailure(toApiFailure(error))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, unit, year, period]);

  return { answer, failure, loading };
};
