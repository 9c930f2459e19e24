/**
 * Guidelines: the core service, plus the Chinese search over the library, a unit's confirmation
 * that it has read a must-read guideline, and who has read it and who has not.
 */
import { factories } from '@strapi/strapi';
import {
  ForbiddenError,
  ConflictError,
  InvalidError,
  NotFoundError,
  bilingual,
  problemAt,
  words,
  type Scope,
} from '../../../plugins/synergy/public';
import { GUIDELINE_UID } from '../../../kernel/uids';
import { PUBLIC_GUIDELINE_STATES, confirmRefusal } from '../rules/guideline';
import { queryTerms, rankGuidelines } from '../rules/search';
import { createReceipt, expectedReaders, findReceipt, loadGuidelineForReading, mustRead, receiptsOf } from '../queries/read-status';

const scopeService = () => strapi.plugin('synergy').service('scope');

const MAX_LIMIT = 100;
const MAX_QUERY = 200;

const notFound = () => new NotFoundError(bilingual('Guideline not found', '指引不存在或无权查看'));

/** The guideline as the caller may read it (drafts: HQ only; published, superseded and repealed: everyone). */
const readableGuideline = async (documentId: string, scope: Scope) => {
  const filter = scopeService().readFilter(scope, GUIDELINE_UID);
  const guideline = await loadGuidelineForReading(filter ? { $and: [{ documentId }, filter] } : { documentId });
  // Below HQ a draft does not exist (the unit scope would show the group's drafts to every member).
  if (!guideline || (scope.read !== 'all' && !PUBLIC_GUIDELINE_STATES.includes(guideline.state))) throw notFound();
  return guideline;
};

const unitView = (unit: { documentId: string; code: string; name: string }) => ({
  documentId: unit.documentId,
  code: unit.code,
  name: unit.name,
});

export default factories.createCoreService(GUIDELINE_UID, () => ({
  /** The library searched by segmented words: guidelines in force, or with `history` those replaced and repealed too. */
  async search(input: { q: unknown; limit?: unknown; history?: unknown }) {
    if (typeof input.q !== 'string' || input.q.trim() === '' || input.q.length > MAX_QUERY) {
      throw new InvalidError([
        problemAt('q', `Send the words to search for (q, at most ${MAX_QUERY} characters)`, `请输入检索词（q，最多 ${MAX_QUERY} 字）`),
      ]);
    }
    // Text or a number: `Number()` alone would take limit[]=5 (a list of one) for 5.
    const limit =
      input.limit === undefined ? 20 : typeof input.limit === 'string' || typeof input.limit === 'number' ? Number(input.limit) : NaN;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidError([problemAt('limit', `limit is a whole number from 1 to ${MAX_LIMIT}`, `limit 须为 1 至 ${MAX_LIMIT} 的整数`)]);
    }
    const history = input.history === 'true' || input.history === true;
    const states = history ? PUBLIC_GUIDELINE_STATES : ['published'];
    const guidelines = await strapi.db.query(GUIDELINE_UID).findMany({
      where: { state: { $in: states } },
      select: [
        'documentId',
        'title',
        'documentNumber',
        'category',
        'version',
        'state',
        'summary',
        'body',
        'effectiveFrom',
        'effectiveUntil',
        'issuedAt',
        'mustRead',
      ],
    });
    const terms = queryTerms(input.q, words);
    const hits = rankGuidelines(guidelines as any[], terms, words);
    return {
      data: hits.slice(0, limit).map(({ guideline: { body, ...rest }, score, matched }) => ({ ...rest, score, matched })),
      meta: { query: input.q, words: terms, total: hits.length },
    };
  },

  /** The caller's unit confirms it has read the guideline: one receipt per unit; a second confirmation returns the first. */
  async confirmRead(documentId: string, scope: Scope) {
    const guideline = await readableGuideline(documentId, scope);
    const unitId = scope.unit?.id ?? null;
    const expected = unitId !== null && (await mustRead(guideline, unitId)) ? [unitId] : [];
    const refusal = confirmRefusal({ state: guideline.state, role: scope.role, unitId, expected });
    if (refusal) {
      const message = bilingual(refusal.en, refusal.zh);
      if (refusal.status === 403) throw new ForbiddenError(message);
      if (refusal.status === 409) throw new ConflictError(message, { code: 'guideline-not-in-force' });
      throw new InvalidError(message, { code: 'guideline-not-must-read' });
    }
    const existing = await findReceipt(guideline.documentId, unitId!);
    if (existing) return { receipt: existing, created: false };
    const receipt = await createReceipt(guideline, unitId!, scope.actor.name);
    return { receipt, created: true };
  },

  /** The published must-read guidelines, newest first, each with how many of the caller's visible units have read it. */
  async readOverview(scope: Scope) {
    const guidelines = await strapi.db.query(GUIDELINE_UID).findMany({
      where: { state: 'published', mustRead: true },
      select: ['documentId'],
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
    });
    const data = [];
    for (const { documentId } of guidelines) {
      const { meta } = await this.readStatus(documentId, scope);
      if (meta.expected > 0)
        data.push({ ...meta.guideline, expected: meta.expected, read: meta.read, unread: meta.unread, myUnit: meta.myUnit });
    }
    return { data, meta: { total: data.length } };
  },

  /** Each unit that must read the guideline, read or not, with who confirmed and when — the units the caller may read. */
  async readStatus(documentId: string, scope: Scope) {
    const guideline = await readableGuideline(documentId, scope);
    // The units the caller answers for or oversees: its own and those below it, not those above.
    const visible = scopeService().readerUnits(scope);
    const units = (await expectedReaders(guideline)).filter((unit) => visible === 'all' || visible.includes(unit.id));
    const receipts = new Map((await receiptsOf(guideline.id)).map((r: any) => [r.ownerUnit?.id, r]));
    const rows = units.map((unit) => {
      const receipt = receipts.get(unit.id);
      return {
        unit: unitView(unit),
        read: !!receipt,
        confirmedBy: receipt?.confirmedBy ?? null,
        confirmedAt: receipt?.confirmedAt ?? null,
      };
    });
    const read = rows.filter((row) => row.read).length;
    const mineAt = scope.unit ? units.findIndex((unit) => unit.id === scope.unit!.id) : -1;
    const mine = mineAt >= 0 ? rows[mineAt] : undefined;
    return {
      data: rows,
      meta: {
        // The caller's own unit, when it must read the guideline, and whether it may confirm now.
        myUnit: mine
          ? {
              ...mine,
              mayConfirm:
                !mine.read &&
                guideline.state === 'published' &&
                confirmRefusal({ state: guideline.state, role: scope.role, unitId: scope.unit!.id, expected: [scope.unit!.id] }) === null,
            }
          : null,
        guideline: {
          documentId: guideline.documentId,
          title: guideline.title,
          documentNumber: guideline.documentNumber ?? null,
          version: guideline.version ?? 1,
          state: guideline.state,
          mustRead: !!guideline.mustRead,
          mustReadScope: guideline.mustRead ? guideline.mustReadScope : null,
          issuedAt: guideline.issuedAt ?? null,
        },
        expected: rows.length,
        read,
        unread: rows.length - read,
      },
    };
  },
}));
