/**
 * Pure rules of the internal-market catalogue: what makes an entry's fields consistent, which
 * editions accept changes, and what an edition code means.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

export const ENTRY_TYPES = ['product', 'engineering', 'service', 'resource'] as const;
export const RESOURCE_KINDS = ['tangible', 'intangible', 'human'] as const;
export const SUPPLIER_CLASSES = ['must', 'priority', 'encouraged'] as const;

export const EDITION_CODE = /^\d{4}-H[12]$/;

export const FROZEN_MESSAGE = 'This edition is published and frozen; change it in the next edition (已发布目录已冻结，请在下一版中修改)';

/** Only a draft edition accepts new, changed or removed entries. */
export const isEditionOpen = (state: string | null | undefined) => state === 'draft';

export const MAX_REGIONS = 50;
const MAX_REGION_LENGTH = 32;

/**
 * Problems of an entry's fields taken together (after merging an update onto the stored record),
 * each at its field; an empty list means the entry is consistent.
 */
export const entryProblems = (entry: { entryType?: unknown; resourceKind?: unknown; coverageRegions?: unknown }): Problem[] => {
  const problems: Problem[] = [];
  const kind = entry.resourceKind ?? null;
  if (entry.entryType === 'resource' && kind === null) {
    problems.push(problemAt('resourceKind', 'resourceKind is required for a resource', '资源类条目须填写资源类别'));
  }
  if (entry.entryType !== 'resource' && kind !== null) {
    problems.push(problemAt('resourceKind', 'resourceKind applies only to resources', '仅资源类条目可填写资源类别'));
  }
  const regions = entry.coverageRegions;
  if (regions !== undefined && regions !== null) {
    const valid =
      Array.isArray(regions) &&
      regions.length <= MAX_REGIONS &&
      regions.every((r) => typeof r === 'string' && r.trim() !== '' && r.length <= MAX_REGION_LENGTH);
    if (!valid) {
      problems.push(
        problemAt(
          'coverageRegions',
          `coverageRegions must be a list of at most ${MAX_REGIONS} region names of up to ${MAX_REGION_LENGTH} characters`,
          '覆盖区域须为地区名称列表'
        )
      );
    }
  }
  return problems;
};

/** Region names from a cell like "北京、天津，河北 / 山西": any of the usual separators. */
export const splitRegions = (text: string): string[] =>
  text
    .split(/[、,，;；/\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);

/** Whether a (sanitized) filters object names the edition anywhere, also inside $and / $or / $not. */
export const filtersNameEdition = (filters: unknown): boolean => {
  if (Array.isArray(filters)) return filters.some(filtersNameEdition);
  if (!filters || typeof filters !== 'object') return false;
  return Object.entries(filters as Record<string, unknown>).some(
    ([key, value]) => key === 'edition' || (key.startsWith('$') && filtersNameEdition(value))
  );
};

/** Title and validity of an edition from its code: 2026-H2 → 2026年下半年, 2026-07-01 … 2026-12-31. */
export const editionDefaults = (code: string) => {
  const [year, half] = code.split('-');
  const first = half === 'H1';
  return {
    title: `${year}年${first ? '上' : '下'}半年内部市场目录`,
    validFrom: `${year}-${first ? '01-01' : '07-01'}`,
    validTo: `${year}-${first ? '06-30' : '12-31'}`,
  };
};

export type EditionRef = { id: number } | { documentId: string };

/**
 * The edition a write links an entry to, in any shape Strapi accepts for a to-one relation
 * (12, "docId", { id }, { documentId }, [x], { set: [x] }, { connect: [x] }); null when the write
 * unlinks it, undefined when it does not touch it.
 */
export const editionRef = (value: unknown): EditionRef | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return { id: Number(value) };
  if (typeof value === 'string') return { documentId: value };
  if (Array.isArray(value)) return value.length === 0 ? null : editionRef(value[value.length - 1]);
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if (item.documentId !== undefined) return { documentId: String(item.documentId) };
    if (item.id !== undefined) return editionRef(item.id);
    if (item.set !== undefined) return editionRef(item.set);
    if (Array.isArray(item.connect) && item.connect.length > 0) return editionRef(item.connect);
    if (Array.isArray(item.disconnect) && item.disconnect.length > 0) return null;
  }
  return undefined;
};
