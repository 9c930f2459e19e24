/**
 * Demo quarterly synergy reports (季度协同报告) for the last quarter: 华瀚电力's, submitted by its
 * reporter and accepted by HQ; 华瀚物流's, submitted and waiting for HQ; every other company's
 * missing (华瀚智能 among them), so HQ's 季度报告汇总 page and inbox show who to chase. Created
 * through the Document Service (the server prefills the figures) and moved through the workflow
 * engine. Idempotent: a unit that has its report for the quarter is left alone.
 */
import type { Core } from '@strapi/strapi';
import { ORG_UNIT_UID, QUARTERLY_REPORT_UID, USER_UID } from '../../src/kernel/uids';
import { previousQuarter, quarterLabel, quarterOfDay } from '../../src/api/quarterly-report/rules/quarters';

interface DemoReport {
  unit: string;
  reporter: string;
  accepted: boolean;
  undertakings: string;
  workSummary: string;
  problems: string;
  nextQuarterPlan: string;
}

const REPORTS: DemoReport[] = [
  {
    unit: 'POWER',
    reporter: 'power.reporter',
    accepted: true,
    undertakings: '本季度承接集团内部检修服务需求 2 项、物资采购需求 1 项，优先选用目录内必选供方；与华瀚物流签订电煤运输协同协议。',
    workSummary: '围绕内部市场协同，完成迎峰度夏检修服务内部对接；协同项目按节点推进，效益按季度确认。',
    problems: '部分专用备品备件集团内部暂无供给能力，需按程序申请例外采购。',
    nextQuarterPlan: '推进冬季保供运输协同，完成本年度协同效益确认。',
  },
  {
    unit: 'LOGISTICS',
    reporter: 'logistics.reporter',
    accepted: false,
    undertakings: '承接集团内部运输需求 3 项，其中电煤运输 1 项、设备运输 2 项。',
    workSummary: '运输协同进展顺利，内部运价按市场化原则协商确定。',
    problems: '运力旺季时段内部需求集中，调度压力较大。',
    nextQuarterPlan: '与各产业板块提前对接年末运输计划。',
  },
];

export const seedDemoReports = async (strapi: Core.Strapi) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const actor = async (username: string) =>
    scope.forUser((await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] })).id);
  const today = strapi.plugin('synergy').service('calendar').today() as string;
  const quarter = quarterLabel(previousQuarter(quarterOfDay(today)));

  for (const spec of REPORTS) {
    const unit = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code: spec.unit }, select: ['id'] });
    if (!unit) continue;
    if (await strapi.db.query(QUARTERLY_REPORT_UID).findOne({ where: { ownerUnit: { id: unit.id }, quarter }, select: ['id'] })) continue;
    const { unit: _code, reporter, accepted, ...texts } = spec;
    const report = await strapi.documents(QUARTERLY_REPORT_UID).create({
      data: { quarter, ...texts, ownerUnit: { set: [{ id: unit.id }] } } as any,
    });
    await workflow.transition(QUARTERLY_REPORT_UID, report.documentId, 'submit', null, await actor(reporter));
    if (accepted) await workflow.transition(QUARTERLY_REPORT_UID, report.documentId, 'accept', null, await actor('hq.admin'));
  }
};
