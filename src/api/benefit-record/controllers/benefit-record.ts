import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BENEFIT_UID } from '../../../kernel/uids';

const LEVELS = ['segment', 'company'];

export default factories.createCoreController(BENEFIT_UID, ({ strapi }) => ({
  /** GET /api/benefit-records/totals?groupBy=segment|company&year=2026 */
  async totals(ctx: any) {
    const { groupBy = 'segment', year } = ctx.query ?? {};
    if (!LEVELS.includes(groupBy)) throw new errors.ValidationError('groupBy must be segment or company (汇总层级应为板块或公司)');
    const parsedYear = year === undefined ? new Date().getFullYear() : Number(year);
    if (!Number.isInteger(parsedYear) || parsedYear < 2000 || parsedYear > 2100) {
      throw new errors.ValidationError('year must be a year such as 2026 (年份格式不正确)');
    }
    const data = await strapi.service(BENEFIT_UID).totals(groupBy, parsedYear);
    ctx.body = { data, meta: { groupBy, year: parsedYear } };
  },
}));
