/**
 * One icon per supervision category, so the map tells categories apart at a glance (seed 004:
 * 以图标区分督办类别). Categories are free text: known ones have their own icon, any other gets
 * one of the spare icons, always the same for the same name.
 */
import * as React from 'react';
import {
  Briefcase,
  Discuss,
  Pin,
  Lightbulb,
  PuzzlePiece,
  Rocket,
  Shield,
  ShoppingCart,
  Star,
  TrendUp,
  WarningCircle,
  Cog,
} from '@strapi/icons';

type Icon = React.ComponentType<React.SVGProps<SVGSVGElement>>;

const KNOWN: Array<[RegExp, Icon]> = [
  [/安全|隐患/, Shield],
  [/经营|目标|指标/, TrendUp],
  [/采购|目录|供应/, ShoppingCart],
  [/改革|攻坚/, Rocket],
  [/项目|建设|工程/, Briefcase],
  [/会议|决议|纪要/, Discuss],
  [/整改|问题/, WarningCircle],
  [/协同/, PuzzlePiece],
  [/创新|科技|数字/, Lightbulb],
];

const SPARE: Icon[] = [Pin, Star, Cog, Lightbulb, Briefcase];

export const categoryIcon = (category: string): Icon => {
  const known = KNOWN.find(([pattern]) => pattern.test(category));
  if (known) return known[1];
  let hash = 0;
  for (const char of category) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return SPARE[hash % SPARE.length];
};
