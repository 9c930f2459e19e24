/**
 * The records behind computed indicators, per owning unit and month of a year, added into the
 * units' totals under RECORD_FIGURES codes: published demands (by month created), landed projects
 * (active or completed, by start month), confirmed benefit (by its period), supervised tasks due
 * and done on time (by due month; cancelled tasks are not due).
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/synergy/public';
import { BENEFIT_UID, DEMAND_UID, PROJECT_UID, TASK_UID } from '../../../kernel/uids';
import { RECORD_FIGURES, addToTotals, spanKey, type Totals } from '../rules/aggregate';
import { benefitSpan } from '../../benefit-record/rules/benefits';
import { unitLinkedRows, type UnitFilter } from '../../../kernel/owned-records';

const PUBLISHED_STATES = ['published', 'docking', 'agreed', 'landed', 'closed'];
const LANDED_STATES = ['active', 'completed'];

/** An owned type's rows with their owner unit as `unitId`, of the units `units` admits, filtered by `filter`. */
const ownedRows = (strapi: Core.Strapi, uid: string, columns: string[], units: UnitFilter | undefined, filter: (q: any) => void) => {
  const query = unitLinkedRows(strapi, uid, 'ownerUnit', columns, units);
  filter(query);
  return query;
};

/** Adds the record figures of the units `units` admits (every unit when not given) into `byUnit`. */
export const addRecordFigures = async (strapi: Core.Strapi, year: number, byUnit: Map<number, Totals>, units?: UnitFilter) => {
  const calendar = getService(strapi, 'calendar');
  const add = (unitId: unknown, code: string, key: number, value: number) => {
    const id = Number(unitId);
    let totals = byUnit.get(id);
    if (!totals) byUnit.set(id, (totals = new Map()));
    addToTotals(totals, code, key, value);
  };
  /** The year and month of a date or datetime in the group's calendar. */
  const monthOf = (value: unknown): [number, number] | null => {
    if (!value) return null;
    const day: string = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : calendar.today(new Date(value as any));
    return [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  };
  const addByMonth = (unitId: unknown, code: string, date: unknown, value = 1) => {
    const ym = monthOf(date);
    if (ym && ym[0] === year) add(unitId, code, spanKey(year, ym[1], ym[1]), value);
  };

  for (const row of await ownedRows(strapi, DEMAND_UID, ['created_at'], units, (q) => q.whereIn('r.state', PUBLISHED_STATES))) {
    addByMonth(row.unitId, RECORD_FIGURES.publishedDemands, row.created_at);
  }
  for (const row of await ownedRows(strapi, PROJECT_UID, ['start_date', 'created_at'], units, (q) => q.whereIn('r.state', LANDED_STATES))) {
    addByMonth(row.unitId, RECORD_FIGURES.landedProjects, row.start_date ?? row.created_at);
  }
  for (const row of await ownedRows(strapi, BENEFIT_UID, ['period', 'amount'], units, (q) =>
    q.where('r.state', 'confirmed').where('r.period', 'like', `${year}%`)
  )) {
    const span = benefitSpan(row.period);
    if (span) add(row.unitId, RECORD_FIGURES.confirmedBenefit, spanKey(...span), Number(row.amount));
  }
  const dateText = (v: unknown) => (v instanceof Date ? calendar.today(v) : v ? String(v).slice(0, 10) : null);
  for (const row of await ownedRows(strapi, TASK_UID, ['due_date', 'submitted_on', 'state'], units, (q) =>
    q.whereNot('r.state', 'cancelled')
  )) {
    const due = dateText(row.due_date);
    addByMonth(row.unitId, RECORD_FIGURES.tasksDue, due);
    const submitted = dateText(row.submitted_on);
    if (row.state === 'accepted' && submitted && due && submitted <= due) addByMonth(row.unitId, RECORD_FIGURES.tasksOnTime, due);
  }
};
