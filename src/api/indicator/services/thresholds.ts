/**
 * Threshold → to-do → recovery: after a unit's value changes, each indicator with thresholds that
 * rests on that base item is judged for the unit and period. Past its warning or alarm threshold,
 * the unit gets exactly one open supervised task (source `indicator`, pointing at the indicator),
 * owned by the unit's reporter and supervised by the unit above, so it reaches the inbox; back
 * within bounds, the open task is cancelled by the system with a history entry. Judging the same
 * facts again changes nothing. Reached as strapi.service('api::indicator.thresholds').
 */
import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID, getService, runInCurrentTransaction } from '../../../plugins/synergy/public';
import { INDICATOR_UID, ORG_UNIT_UID, TASK_UID } from '../../../kernel/uids';
import { baseItemsOf } from '../rules/formula';
import { indicatorValue, statusOf } from '../rules/aggregate';
import { periodLabel, type Period } from '../rules/periods';
import { loadUnitTotals } from '../queries/values';
import { loadTargets } from '../queries/targets';
import type { LibraryIndicator } from './figures';

const OPEN_STATES = ['assigned', 'in_progress', 'submitted'];
/** The first key of the advisory locks on a unit's threshold decisions (the second is the unit id). */
const LOCK_CLASS = 15_005;
const DAYS_TO_RESPOND = 10;
const CATEGORY = '指标预警';

const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

const hasThresholds = (i: LibraryIndicator) =>
  [i.warningAt, i.alarmAt].some((v) => v !== null && v !== undefined) ||
  (i.direction === 'within-band' && (i.bandLow !== null || i.bandHigh !== null));

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const format = (value: number | null, decimals: number | null) => (value === null ? '—' : value.toFixed(decimals ?? 2));

const thresholds = ({ strapi }: { strapi: Core.Strapi }) => ({
  openTask(indicator: LibraryIndicator, unitId: number) {
    return strapi.db.query(TASK_UID).findOne({
      where: { source: 'indicator', sourceDocumentId: indicator.documentId, ownerUnit: { id: unitId }, state: { $in: OPEN_STATES } },
      select: ['id', 'documentId', 'state'],
    });
  },

  /**
   * Judges every indicator with thresholds that rests on base item `indicatorId` for the unit and
   * period. Concurrent writes of the unit's values decide one after the other, each on the values
   * as the one before it left them, so two writes crossing a threshold at once raise one task: the
   * decision runs in a transaction that PostgreSQL serialises per unit with an advisory lock
   * (released at commit, on every instance), and that holds SQLite's one connection.
   */
  async checkUnit(unitId: number, indicatorId: number, period: Period): Promise<{ raised: number; closed: number }> {
    return strapi.db.transaction(async () => {
      if (strapi.db.dialect.client === 'postgres') {
        await runInCurrentTransaction(strapi, strapi.db.connection.raw('select pg_advisory_xact_lock(?, ?)', [LOCK_CLASS, unitId]));
      }
      return this.judgeUnit(unitId, indicatorId, period);
    });
  },

  async judgeUnit(unitId: number, indicatorId: number, period: Period): Promise<{ raised: number; closed: number }> {
    const library: LibraryIndicator[] = await strapi.service('api::indicator.figures').library();
    const byCode = new Map(library.map((i) => [i.code, i]));
    const base = library.find((i) => i.id === indicatorId);
    const result = { raised: 0, closed: 0 };
    if (!base) return result;
    const affected = library.filter(
      (i) => hasThresholds(i) && (i.code === base.code || (i.kind === 'formula' && baseItemsOf(i.code, byCode).includes(base.code)))
    );
    if (affected.length === 0) return result;
    const totals = (await loadUnitTotals(strapi, period.year, [unitId])).get(unitId) ?? new Map();
    const targets = await loadTargets(strapi, period.year, [unitId]);
    for (const indicator of affected) {
      const value = indicatorValue(indicator, byCode, totals, period);
      const target = targets?.get(`${unitId}:${indicator.code}`) ?? null;
      const status = statusOf(indicator, value, target);
      const open = await this.openTask(indicator, unitId);
      if ((status === 'warning' || status === 'alarm') && !open) {
        await this.raise(indicator, unitId, period, value, status);
        result.raised += 1;
      } else if (status === 'ok' && open) {
        await this.recover(open.documentId, indicator, period, value);
        result.closed += 1;
      }
    }
    return result;
  },

  async raise(indicator: LibraryIndicator, unitId: number, period: Period, value: number | null, status: 'warning' | 'alarm') {
    const unit = await strapi.db
      .query(ORG_UNIT_UID)
      .findOne({ where: { id: unitId }, select: ['id', 'name'], populate: { parent: { select: ['id'] } } });
    // The unit's first reporter on the intranet (a membership may tie an admin user instead).
    const reporter = (
      await strapi.db.query(MEMBERSHIP_UID).findMany({
        where: { unit: { id: unitId }, role: 'reporter' },
        orderBy: { id: 'asc' },
        populate: { user: { select: ['id'] } },
      })
    ).find((membership: any) => membership.user);
    const today: string = getService(strapi, 'calendar').today(new Date());
    const level = status === 'alarm' ? '报警' : '预警';
    const threshold = status === 'alarm' ? indicator.alarmAt : indicator.warningAt;
    const limit =
      indicator.direction === 'within-band' ? `${indicator.bandLow ?? '—'}～${indicator.bandHigh ?? '—'}` : String(threshold ?? '');
    await asServer(() =>
      strapi.documents(TASK_UID).create({
        data: {
          title: `指标${level}：${indicator.name}（${unit?.name ?? ''} ${periodLabel(period)}）`,
          description: `${indicator.name}${periodLabel(period)}实际值 ${format(value, indicator.decimals)}${indicator.unit ?? ''}，超出${level}阈值 ${limit}${indicator.thresholdBasis === 'relative' ? '%（相对目标）' : ''}。请分析原因并制定整改措施，指标恢复正常后任务自动关闭。`,
          category: CATEGORY,
          source: 'indicator',
          sourceUid: INDICATOR_UID,
          sourceDocumentId: indicator.documentId,
          ownerUnit: { set: [{ id: unitId }] },
          ...(reporter?.user ? { ownerPerson: { set: [{ id: reporter.user.id }] } } : {}),
          supervisingUnit: { set: [{ id: unit?.parent?.id ?? unitId }] },
          assignedOn: today,
          dueDate: addDays(today, DAYS_TO_RESPOND),
        } as any,
      })
    );
  },

  /** Recovery: the system cancels the open task through the workflow engine (history: who = system, why). */
  async recover(taskDocumentId: string, indicator: LibraryIndicator, period: Period, value: number | null) {
    await asServer(async () => {
      const scope = await getService(strapi, 'scope').current();
      await getService(strapi, 'workflow').transition(
        TASK_UID,
        taskDocumentId,
        'cancel',
        `指标已恢复正常（${periodLabel(period)} 实际值 ${format(value, indicator.decimals)}${indicator.unit ?? ''}），系统自动关闭 (indicator back within bounds: closed by the system)`,
        scope
      );
    });
  },
});

export default thresholds;
