/**
 * Responsibility letters: the core service, the version in force that assessment reads, a letter's
 * versions and the diff of any two of them (each read checked against the caller's scope).
 */
import { factories } from '@strapi/strapi';
import {
  InvalidError,
  NotFoundError,
  bilingual,
  problemAt,
  type LetterDiffResponse,
  type LetterVersionsResponse,
  type Scope,
} from '../../../plugins/synergy/public';
import { LETTER_UID, LETTER_VERSION_UID } from '../../../kernel/uids';
import { currentSnapshot, loadLetter, loadVersions, versionSnapshot, type LetterRecord } from '../queries/letter-record';
import { diffVersions, type VersionItem, type VersionSnapshot } from '../rules/diff';

const scopeService = () => strapi.plugin('synergy').service('scope');

export interface SignedVersion {
  letterDocumentId: string;
  versionNo: number;
  signedAt: string | null;
  items: VersionItem[];
}

const notFound = () => new NotFoundError(bilingual('Letter not found', '责任书不存在或无权查看'));

/** `from`/`to` of the diff: a version number, or `current` for the letter as it is now. */
const versionRef = (name: 'from' | 'to', value: unknown): number | 'current' => {
  if (value === 'current') return 'current';
  if (typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value)) return Number(value);
  throw new InvalidError([
    problemAt(
      name,
      `Give ${name} as a version number (1, 2 …) or "current"`,
      `请以版本号（1、2……）或 current 指定${name === 'from' ? '起始' : '对比'}版本`
    ),
  ]);
};

export default factories.createCoreService(LETTER_UID, () => ({
  /** The letter the caller may read, or a 404. */
  async readable(documentId: string, scope: Scope): Promise<LetterRecord> {
    const letter = await loadLetter(documentId, scopeService().readFilter(scope, LETTER_UID) ?? {});
    if (!letter) throw notFound();
    return letter;
  },

  /** What assessment reads: the items of the unit's signed letter for the year, as last signed; null when none is signed. */
  async signedVersion(unitId: number, year: number): Promise<SignedVersion | null> {
    const letter = await strapi.db
      .query(LETTER_UID)
      .findOne({ where: { ownerUnit: { id: unitId }, year }, select: ['id', 'documentId', 'signedVersionNo'] });
    if (!letter?.signedVersionNo) return null;
    const version = await strapi.db
      .query(LETTER_VERSION_UID)
      .findOne({ where: { letter: { id: letter.id }, versionNo: letter.signedVersionNo }, select: ['versionNo', 'signedAt', 'items'] });
    if (!version) return null;
    return { letterDocumentId: letter.documentId, versionNo: version.versionNo, signedAt: version.signedAt, items: version.items ?? [] };
  },

  async versions(documentId: string, scope: Scope): Promise<LetterVersionsResponse> {
    const letter = await this.readable(documentId, scope);
    const versions = await loadVersions(letter.id);
    return {
      data: versions.map((v) => ({
        documentId: v.documentId,
        versionNo: v.versionNo,
        title: v.title,
        reason: v.reason,
        author: v.author,
        authoredAt: v.authoredAt,
        signedBy: v.signedBy,
        signedAt: v.signedAt,
        inForce: v.versionNo === letter.signedVersionNo,
        items: Array.isArray(v.items) ? v.items.length : 0,
      })),
      meta: {
        letter: { documentId: letter.documentId, title: letter.title, year: letter.year, state: letter.state, ownerUnit: letter.ownerUnit },
        versionNo: letter.versionNo,
        signedVersionNo: letter.signedVersionNo,
        revisionReason: letter.state === 'signed' ? null : letter.revisionReason,
      },
    };
  },

  async diff(documentId: string, query: { from?: unknown; to?: unknown }, scope: Scope): Promise<LetterDiffResponse> {
    const from = versionRef('from', query.from);
    const to = versionRef('to', query.to);
    const letter = await this.readable(documentId, scope);
    const versions = await loadVersions(letter.id);
    const snapshot = (ref: number | 'current', name: 'from' | 'to'): VersionSnapshot => {
      if (ref === 'current') return currentSnapshot(letter);
      const version = versions.find((v) => v.versionNo === ref);
      if (!version) {
        const known = versions.map((v) => v.versionNo).join(', ') || '—';
        throw new InvalidError([
          problemAt(name, `The letter has no version ${ref}; its versions: ${known}`, `责任书没有第${ref}版；已有版本：${known}`),
        ]);
      }
      return versionSnapshot(version);
    };
    return { data: diffVersions(snapshot(from, 'from'), snapshot(to, 'to')) };
  },
}));
