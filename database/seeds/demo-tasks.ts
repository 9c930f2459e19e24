/**
 * Demo supervised tasks on top of the demo group: named owner persons (demo employees), progress
 * reports filed through the Document Service, states with a history dated as the work went
 * (start, submit, accept, cancel by the people who would act), a few tasks urged (催办) through
 * the urging service by their supervising unit, then one full supervision scan, so lights,
 * reminders, escalations and deductions are what the scheduled jobs would have made of them.
 * Idempotent: existing users (by user name) and tasks (by title) stay as they are.
 */
import type { Core } from '@strapi/strapi';
import { DEMO_TASKS, DEMO_TASK_OWNERS, type DemoTask } from './demo-tasks-data';
import { MEMBERSHIP_UID, ORG_UNIT_UID, REPORT_UID, TASK_UID, USER_UID } from '../../src/kernel/uids';

const DAY = 86_400_000;

/** Who acts for a supervising unit in the demo; HQ acts for units without a demo member. */
const SUPERVISOR_USER: Record<string, string> = {
  'SEG-ENERGY': 'energy.manager',
  'SEG-TRANS': 'trans.manager',
  POWER: 'power.reporter',
  NEWENERGY: 'newenergy.reporter',
  LOGISTICS: 'logistics.reporter',
  SMART: 'smart.reporter',
};

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** A moment in the working day (10:00 Beijing time) of a date. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const earlier = (a: string, b: string) => (a < b ? a : b);

const seedOwners = async (strapi: Core.Strapi, unitIds: Map<string, number>, password: string, emailDomain: string) => {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: strapi.plugin('synergy').service('access').intranetRoleType('employee') } });
  for (const [name, mail, unit] of DEMO_TASK_OWNERS) {
    const existing = await strapi.db.query(USER_UID).findOne({ where: { username: name }, select: ['id', 'fullName'] });
    if (existing) {
      if (!existing.fullName) await strapi.db.query(USER_UID).update({ where: { id: existing.id }, data: { fullName: name } });
      continue;
    }
    const user = await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: name,
        fullName: name,
        email: `${mail}@${emailDomain}`,
        password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
    await strapi.db.query(MEMBERSHIP_UID).create({ data: { user: user.id, unit: unitIds.get(unit)!, role: 'employee' } });
  }
};

export const seedDemoTasks = async (strapi: Core.Strapi, options: { password: string; emailDomain: string }) => {
  const unitIds = new Map<string, number>(
    (await strapi.db.query(ORG_UNIT_UID).findMany({ select: ['id', 'code'] })).map((u: any) => [u.code as string, u.id as number])
  );
  await seedOwners(strapi, unitIds, options.password, options.emailDomain);
  const userId = async (username: string) =>
    (await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] })).id as number;
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const now = new Date();
  const today = strapi.service(TASK_UID).todayFacts(now).date as string;

  const actorOf = async (username: string) => {
    const actor = await scope.forUser(await userId(username));
    return { ...actor.actor, unitId: actor.unit?.id ?? null };
  };

  /** Reports spread evenly between the assignment and the last working day, each dated then. */
  const fileReports = async (spec: DemoTask, task: { id: number; documentId: string }, assignedOn: string, lastDay: string) => {
    const person = await userId(spec.person);
    const span = Math.max(1, (Date.parse(lastDay) - Date.parse(assignedOn)) / DAY);
    let reportedAt: Date | null = null;
    for (const [index, [percent, text]] of spec.reports.entries()) {
      reportedAt = at(plusDays(assignedOn, Math.max(1, Math.round((span * (index + 1)) / (spec.reports.length + 0.5)))));
      const report = await strapi.documents(REPORT_UID as any).create({
        data: {
          task: { set: [{ id: task.id }] },
          percent,
          text,
          reporter: { set: [{ id: person }] },
          reporterName: spec.person,
          ownerUnit: { set: [{ id: unitIds.get(spec.owner)! }] },
          supervisingUnit: { set: [{ id: unitIds.get(spec.supervisor)! }] },
        } as any,
      });
      await strapi.db.query(REPORT_UID as any).update({ where: { id: report.id }, data: { createdAt: reportedAt, updatedAt: reportedAt } });
    }
    if (reportedAt) await strapi.db.query(TASK_UID).update({ where: { id: task.id }, data: { lastReportAt: reportedAt } });
  };

  /** The state the task is in, with the history of how it got there, dated as it happened. */
  const putInState = async (spec: DemoTask, documentId: string, assignedOn: string, dueDate: string) => {
    if (spec.state === 'assigned') return;
    const owner = await actorOf(spec.person);
    const supervisor = await actorOf(SUPERVISOR_USER[spec.supervisor] ?? 'hq.admin');
    const startedOn = plusDays(assignedOn, 2);
    const submittedOn = spec.submitted === undefined ? null : earlier(plusDays(dueDate, spec.submitted), today);
    const steps: Array<[action: string, from: string, to: string, actor: typeof owner, on: string, comment?: string]> = [];
    if (spec.state !== 'cancelled') steps.push(['start', 'assigned', 'in_progress', owner, startedOn]);
    if (submittedOn) steps.push(['submit', 'in_progress', 'submitted', owner, submittedOn]);
    const acceptedOn = submittedOn ? earlier(plusDays(submittedOn, 2), today) : null;
    if (spec.state === 'accepted') steps.push(['accept', 'submitted', 'accepted', supervisor, acceptedOn!, '材料齐全，同意验收']);
    if (spec.state === 'cancelled')
      steps.push(['cancel', 'assigned', 'cancelled', supervisor, earlier(plusDays(assignedOn, 10), today), spec.cancelled]);
    await strapi.db.query(TASK_UID).update({
      where: { documentId },
      data: {
        state: spec.state,
        submittedOn,
        ...(spec.state === 'accepted' ? { acceptedAt: at(acceptedOn!), progress: 100 } : {}),
      },
    });
    await workflow.recordHistory(
      steps.map(([action, from, to, actor, on, comment]) => ({
        uid: TASK_UID,
        documentId,
        action,
        from,
        to,
        actor,
        at: at(on),
        comment: comment ?? null,
      }))
    );
  };

  let created = 0;
  for (const spec of DEMO_TASKS) {
    if (await strapi.db.query(TASK_UID).findOne({ where: { title: spec.title }, select: ['id'] })) continue;
    const assignedOn = plusDays(today, -spec.assigned);
    const dueDate = plusDays(today, spec.due);
    const task = await strapi.documents(TASK_UID as any).create({
      data: {
        title: spec.title,
        description: spec.description,
        category: spec.category,
        source: spec.source,
        ...(spec.level ? { level: spec.level } : {}),
        assignedOn,
        dueDate,
        ownerUnit: unitIds.get(spec.owner),
        supervisingUnit: unitIds.get(spec.supervisor),
        ownerPerson: await userId(spec.person),
      } as any,
    });
    const lastDay = earlier(spec.submitted === undefined ? today : plusDays(dueDate, spec.submitted), earlier(today, plusDays(dueDate, 5)));
    await fileReports(spec, task as any, assignedOn, lastDay);
    await putInState(spec, task.documentId, assignedOn, dueDate);
    if (spec.urge) {
      const by = await scope.forUser(await userId(SUPERVISOR_USER[spec.supervisor] ?? 'hq.admin'));
      await strapi.service('api::task.urging').urge(task.documentId, spec.urge, by);
    }
    created += 1;
  }
  if (created === 0) return;
  await strapi.plugin('synergy').service('scope-keys').refresh(TASK_UID);
  const scan = await strapi.service('api::task.scans' as any).fullScan(now);
  strapi.log.info(`Demo tasks: ${created} created; scan ${JSON.stringify(scan)}.`);
};
