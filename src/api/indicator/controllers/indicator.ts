import { factories } from '@strapi/strapi';
import { InvalidError, problemAt } from '../../../plugins/synergy/public';
import { INDICATOR_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { numberOf, parsePeriod } from '../rules/periods';

export default factories.createCoreController(INDICATOR_UID, ({ strapi }) => ({
  /** GET /api/indicators/achievement?unit=<documentId>&year=2026&period=m6 (q2, y): a node's figures and its children's. */
  async achievement(ctx: any) {
    const { unit, year, period = 'y' } = ctx.query ?? {};
    const parsedYear = numberOf(year);
    if (!Number.isInteger(parsedYear) || parsedYear < 2000 || parsedYear > 2100) {
      throw new InvalidError([problemAt('year', 'year must be a year such as 2026', '年度格式不正确，例如 2026')]);
    }
    const parsedPeriod = typeof period === 'string' ? parsePeriod(parsedYear, period) : null;
    if (!parsedPeriod) {
      throw new InvalidError([problemAt('period', 'period is m1–m12, q1–q4 or y', '期间应为 m1–m12、q1–q4 或 y')]);
    }
    if (unit !== undefined && (typeof unit !== 'string' || !/^[a-z0-9]{1,64}$/i.test(unit))) {
      throw new InvalidError([problemAt('unit', 'unit is the documentId of an org unit', 'unit 应为组织单位的 documentId')]);
    }
    const scope = await currentScope(strapi);
    ctx.body = await strapi.service('api::indicator.figures').achievement(scope, { unit, year: parsedYear, period: parsedPeriod });
  },
}));
