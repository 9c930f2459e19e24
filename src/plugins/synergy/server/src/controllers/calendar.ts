/** The working-day calendar for the admin UI (supervision board): one year's holidays and adjusted workdays. */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CalendarYearResponse } from '../../../shared/contracts';
import { getService } from '../utils/get-service';

const calendar = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /synergy/calendar?year=YYYY; the current year when none is given. */
  async year(ctx: any) {
    const service = getService(strapi, 'calendar');
    const asked = ctx.query.year ?? service.today().slice(0, 4);
    if (typeof asked !== 'string' || !/^\d{4}$/.test(asked)) {
      throw new errors.ValidationError('year must be a four-digit year, e.g. ?year=2026 (年份须为四位数字)');
    }
    const year = Number(asked);
    const data = service.year(year);
    const body: CalendarYearResponse = {
      data: {
        year,
        covered: data !== undefined,
        provisional: data?.provisional === true,
        source: data?.source ?? null,
        holidays: data?.holidays ?? [],
        workdays: data?.workdays ?? [],
        names: data?.names ?? {},
      },
    };
    ctx.body = body;
  },
});

export default calendar;
