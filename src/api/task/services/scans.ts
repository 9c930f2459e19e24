/**
 * The supervision scans, each a few set-based queries however many tasks there are: reminders
 * before the due date and on overdue days, escalation of overdue department-level tasks, assessment
 * deductions for overdue company-level tasks, and recolouring every light. Each effect carries a
 * key (notification dedupe key, deduction key, the escalation stamp), so running a scan twice —
 * after a restart, on a second instance — does nothing twice.
 */
import { escalationTarget } from '../../synergy-project/rules/project';
import { supervisionRules } from '../rules/supervision-config';
import { quarterOf } from '../rules/dates';
import { reminderBucket } from '../rules/reminders';
import { sendTaskNotices, type TaskAddressees, type TaskNotice } from '../queries/notices';
import { openTaskRows, type TaskRow } from '../queries/task-rows';
import { insertDocuments, insertLinks, updateByIds } from '../../../kernel/bulk-rows';
import { DEDUCTION_UID, TASK_UID } from '../../../kernel/uids';

const addressees = (row: TaskRow): TaskAddressees => ({
  documentId: row.documentId,
  title: row.title,
  dueDate: row.dueDate,
  ownerPersonId: row.ownerPersonId,
  ownerUnitId: row.ownerUnitId,
  supervisingUnitId: row.supervisingUnitId,
});

export default ({ strapi }: { strapi: any }) => {
  const tasks = () => strapi.service(TASK_UID);
  // A deduction's key is unique in the database; made on first use, as a catch-up run at boot can come before the app's bootstrap.
  const calendar = () => strapi.plugin('synergy').service('calendar').calendar();

  return {
    /** Reminders N working days before the due date (once per N) and on overdue days (once per day). */
    async sendReminders(now: Date): Promise<{ reminders: number; overdue: number }> {
      const rules = supervisionRules(strapi.config.get('supervision'));
      const today = tasks().todayFacts(now);
      const working = calendar().isWorkingDay(today.date);
      const maxBefore = Math.max(0, ...rules.remindBeforeWorkingDays);
      const remindOverdue = rules.remindOverdue === 'every' || (rules.remindOverdue === 'working' && working);
      if (!working && !remindOverdue) return { reminders: 0, overdue: 0 };

      const rows = await openTaskRows(strapi, (q: any, c: any) =>
        q.where((w: any) => {
          if (working && maxBefore > 0) w.orWhereBetween(c.dueOrdinal, [today.ordinal + 1, today.ordinal + maxBefore]);
          // An overdue task is reminded once a day: the day's stamp leaves out those reminded today already.
          if (remindOverdue) {
            w.orWhere((o: any) =>
              o
                .where(c.dueDay, '<', today.day)
                .where((d: any) => d.whereNull(c.overdueRemindedOn).orWhere(c.overdueRemindedOn, '<', today.date))
            );
          }
        })
      );
      const notices: TaskNotice[] = [];
      for (const row of rows) {
        if (row.dueDay < today.day) {
          notices.push({
            task: addressees(row),
            kind: 'overdue',
            key: `overdue:${row.documentId}:${today.date}`,
            title: row.title,
            body: `督办任务「${row.title}」已于 ${row.dueDate} 到期，请尽快办理并填报进展。`,
          });
          continue;
        }
        const bucket = reminderBucket(row.dueOrdinal - today.ordinal, rules.remindBeforeWorkingDays);
        if (bucket === null) continue;
        notices.push({
          task: addressees(row),
          kind: 'reminder',
          key: `reminder:${row.documentId}:before-${bucket}`,
          title: row.title,
          body: `督办任务「${row.title}」将于 ${row.dueDate} 到期（${row.dueOrdinal - today.ordinal} 个工作日内），当前进度 ${row.progress}%。`,
        });
      }
      const sent = await sendTaskNotices(notices);
      const keyOf = new Map(notices.map((n) => [n.task.documentId, n.key]));
      const reminded = rows.filter((row) => sent.has(keyOf.get(row.documentId) ?? ''));
      const overdueIds = rows.filter((row) => row.dueDay < today.day).map((row) => row.id);
      await strapi.db.transaction(async ({ trx }: any) => {
        await this.stampReminded(
          trx,
          reminded.map((row) => row.id),
          now
        );
        await this.stampOverdueReminded(trx, overdueIds, today.date);
      });
      const count = (kind: string) => notices.filter((n) => n.kind === kind && sent.has(n.key)).length;
      return { reminders: count('reminder'), overdue: count('overdue') };
    },

    async stampReminded(trx: any, ids: number[], now: Date) {
      await updateByIds(
        TASK_UID,
        ids,
        { last_reminded_at: now, reminder_count: strapi.db.connection.raw('COALESCE(reminder_count, 0) + 1') },
        trx
      );
    },

    /** Overdue tasks whose reminder for today went out (or had no one to reach) are not asked again today. */
    async stampOverdueReminded(trx: any, ids: number[], date: string) {
      await updateByIds(TASK_UID, ids, { overdue_reminded_on: date }, trx);
    },

    /** Department-level tasks overdue by N working days become company-level; the supervisor moves up. */
    async escalateOverdue(now: Date): Promise<{ escalated: number }> {
      const rules = supervisionRules(strapi.config.get('supervision'));
      const today = tasks().todayFacts(now);
      const rows = await openTaskRows(strapi, (q: any, c: any) =>
        q
          .where(c.level, 'department')
          .whereNull(c.escalatedAt)
          .where(c.dueDay, '<', today.day)
          .where(c.dueOrdinal, '<=', today.ordinal - rules.escalateAfterWorkingDays)
      );
      if (rows.length === 0) return { escalated: 0 };
      const meta: any = strapi.db.metadata.get(TASK_UID);
      const knex = strapi.db.connection;
      const link = meta.attributes.supervisingUnit.joinTable;
      const claimed: TaskRow[] = [];
      await strapi.db.transaction(async ({ trx }: any) => {
        // The stamp is the claim: a second scan (or instance) finds escalated_at set and updates nothing.
        for (let i = 0; i < rows.length; i += 500) {
          const batch = rows.slice(i, i + 500);
          const ids: number[] = await knex(meta.tableName)
            .transacting(trx)
            .whereIn(
              'id',
              batch.map((r) => r.id)
            )
            .whereNull('escalated_at')
            .update({ level: 'company', escalated_at: now }, ['id'])
            .then((r: any[]) => r.map((x) => (typeof x === 'object' ? x.id : x)));
          claimed.push(...batch.filter((r) => ids.includes(r.id)));
        }
        const byTarget = new Map<number, number[]>();
        for (const row of claimed) {
          const from = row.supervisingPath ?? row.ownerPath;
          const target = from ? escalationTarget(from) : null;
          const to = target ?? row.supervisingUnitId;
          if (to === null || to === row.supervisingUnitId) continue;
          row.escalatedTo = to;
          byTarget.set(to, [...(byTarget.get(to) ?? []), row.id]);
        }
        for (const [to, ids] of byTarget) {
          await knex(link.name).transacting(trx).whereIn(link.joinColumn.name, ids).del();
          await knex(link.name)
            .transacting(trx)
            .insert(ids.map((id) => ({ [link.joinColumn.name]: id, [link.inverseJoinColumn.name]: to })));
        }
        await strapi
          .plugin('synergy')
          .service('workflow')
          .recordHistory(
            claimed.map((row) => ({
              uid: TASK_UID,
              documentId: row.documentId,
              action: 'escalate',
              from: row.state,
              to: row.state,
              at: now,
              comment: `Overdue ${rules.escalateAfterWorkingDays}+ working days: escalated to company level, supervised one level up (部门级任务逾期，升级为公司级督办)`,
            }))
          );
      });
      await sendTaskNotices(
        claimed.map((row) => ({
          task: { ...addressees(row), supervisingUnitId: row.escalatedTo ?? row.supervisingUnitId },
          kind: 'escalation',
          key: `escalation:${row.documentId}`,
          toSupervisor: true,
          title: row.title,
          body: `部门级督办任务「${row.title}」已逾期（到期日 ${row.dueDate}），已升级为公司级督办。`,
        }))
      );
      return { escalated: claimed.length };
    },

    /** An overdue company-level task records one assessment deduction against its owner unit. */
    async recordDeductions(now: Date): Promise<{ deductions: number }> {
      const rules = supervisionRules(strapi.config.get('supervision'));
      const today = tasks().todayFacts(now);
      const rows = await openTaskRows(strapi, (q: any, c: any) =>
        q.where(c.level, 'company').where(c.dueDay, '<', today.day).whereNull(c.deductedAt)
      );
      const candidates = rows.filter((row) => row.ownerUnitId !== null);
      if (candidates.length === 0) return { deductions: 0 };
      let inserted: Array<{ id: number; key: string }> = [];
      await strapi.db.transaction(async ({ trx }: any) => {
        inserted = await insertDocuments(
          DEDUCTION_UID,
          { reason: 'varchar', points: 'numeric', period: 'varchar', note: 'text', recorded_at: 'timestamp', dedupe_key: 'varchar' },
          candidates.map((row) => ({
            reason: 'overdue-task',
            points: rules.deductionPoints,
            period: quarterOf(row.dueDate),
            note: `督办任务「${row.title}」逾期未完成（到期日 ${row.dueDate}）`,
            recorded_at: now,
            dedupe_key: `overdue-task:${row.documentId}`,
          })),
          now,
          { trx, uniqueColumn: 'dedupe_key' }
        );
        const byKey = new Map(candidates.map((row) => [`overdue-task:${row.documentId}`, row]));
        const pairs = inserted.map(({ id, key }) => ({ id, row: byKey.get(key)! }));
        await insertLinks(
          DEDUCTION_UID,
          'ownerUnit',
          pairs.map(({ id, row }) => [id, row.ownerUnitId!]),
          trx
        );
        await insertLinks(
          DEDUCTION_UID,
          'task',
          pairs.map(({ id, row }) => [id, row.id]),
          trx
        );
        // The stamp keeps later scans from asking again; the deduction's unique key is what makes it once.
        await updateByIds(
          TASK_UID,
          candidates.map((row) => row.id),
          { deducted_at: now },
          trx
        );
      });
      if (inserted.length > 0) await strapi.plugin('synergy').service('scope-keys').refresh(DEDUCTION_UID);
      return { deductions: inserted.length };
    },

    /** One full scan, in the order that lets each step see the previous one's effects; with each step's milliseconds. */
    async fullScan(now: Date) {
      const timed = async <T>(step: () => Promise<T>): Promise<[T, number]> => {
        const started = Date.now();
        return [await step(), Date.now() - started];
      };
      const [escalation, escalationMs] = await timed(() => this.escalateOverdue(now));
      const [deductions, deductionMs] = await timed(() => this.recordDeductions(now));
      const [reminders, reminderMs] = await timed(() => this.sendReminders(now));
      const [lights, lightMs] = await timed(() => tasks().refreshLights(now) as Promise<number>);
      return { ...escalation, ...deductions, ...reminders, lightsChanged: lights, escalationMs, deductionMs, reminderMs, lightMs };
    },
  };
};
