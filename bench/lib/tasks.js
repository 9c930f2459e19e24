/**
 * What the supervision benches share: the task type, the day they run on (Monday 2026-11-23,
 * 10:00 in Shanghai), day arithmetic on ISO dates, their org tree HQ → 3 segments →
 * 12 companies → 24 departments, and task rows for bulk-insert.js.
 */
const { treeSpec, buildTree } = require('./group');

const TASK = 'api::task.task';
const NOW = new Date('2026-11-23T02:00:00Z');

/** The ISO date `days` after `date` (YYYY-MM-DD). */
const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/**
 * Builds the tree; returns its units by code and as a list in creation order, each with its
 * parent's id as `parentId` (the group's own id for the group).
 */
const buildSupervisionTree = async (strapi) => {
  const spec = treeSpec({ segments: 3, companiesPerSegment: 4, departmentsPerCompany: 2 });
  const byCode = await buildTree(strapi, spec);
  const units = spec.map((u) => ({ ...byCode[u.code], code: u.code, level: u.level, parentId: byCode[u.parent || u.code].id }));
  return { byCode, units };
};

/**
 * A generated task as a row for insertRows: `fields` (title, dates, state …) completed with what
 * the app derives on create (the level from the owner unit, the working-day ordinals of the start
 * and due dates, the due day's number), created NOW, owned by `owner` and supervised by its parent.
 */
const taskRow = (calendar, owner, fields) => ({
  fields: {
    source: 'leadership',
    level: owner.level === 'department' ? 'department' : 'company',
    ...fields,
    startOrdinal: calendar.ordinal(fields.assignedOn),
    dueOrdinal: calendar.ordinal(fields.dueDate),
    dueDay: Math.round(Date.parse(`${fields.dueDate}T00:00:00Z`) / 86400000),
    urgeCount: 0,
    createdAt: NOW,
    updatedAt: NOW,
  },
  links: { ownerUnit: owner.id, supervisingUnit: owner.parentId },
});

module.exports = { TASK, NOW, addDays, buildSupervisionTree, taskRow };
