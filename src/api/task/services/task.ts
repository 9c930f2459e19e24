/**
 * Tasks: the core service, plus what every task write and scan shares — today on the working-day
 * calendar, the working-day ordinals a task stores, and recolouring lights in one UPDATE.
 */
import { factories } from '@strapi/strapi';
import { runInCurrentTransaction } from '../../../plugins/synergy/public';
import { dayNumber } from '../rules/dates';
import { differs, lightCase, taskColumns } from '../queries/lights-sql';
import { supervisionRules } from '../rules/supervision-config';
import { TASK_UID } from '../../../kernel/uids';

export interface TodayFacts {
  date: string;
  ordinal: number;
  day: number;
}

const calendarService = () => strapi.plugin('synergy').service('calendar');

export default factories.createCoreService(TASK_UID, () => ({
  /** Today in the group's time zone, as a date, a working-day ordinal and a day number. */
  todayFacts(now: Date = new Date()): TodayFacts {
    const date: string = calendarService().today(now);
    return { date, ordinal: calendarService().calendar().ordinal(date), day: dayNumber(date) };
  },

  /** The derived columns a task stores for its dates (set-based scans compare these). */
  dateColumns(assignedOn: string, dueDate: string) {
    const calendar = calendarService().calendar();
    return { startOrdinal: calendar.ordinal(assignedOn), dueOrdinal: calendar.ordinal(dueDate), dueDay: dayNumber(dueDate) };
  },

  /** Recolours the lights of the given tasks (all when omitted) for `now`; returns how many changed. */
  async refreshLights(now: Date = new Date(), documentIds?: string[]): Promise<number> {
    const meta: any = strapi.db.metadata.get(TASK_UID);
    const columns = taskColumns(meta);
    const expression = lightCase(columns, this.todayFacts(now), supervisionRules(strapi.config.get('supervision')));
    const knex = strapi.db.connection;
    const client = strapi.db.dialect.client as string;
    const query = knex(meta.tableName)
      .update({ [columns.light]: knex.raw(expression.sql, expression.bindings) })
      .whereRaw(differs(client, columns.light, expression.sql), expression.bindings);
    if (documentIds) query.whereIn('document_id', documentIds);
    return runInCurrentTransaction<number>(strapi, query);
  },
}));
