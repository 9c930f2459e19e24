/**
 * One type's admin view applied to its stored content-manager configuration. Pure: the content
 * manager's configuration and the type's attributes in, the configuration to store out.
 */
import { storedLabel, viewLabels, type AdminView } from '../../../../shared/admin-views';

export interface EditField {
  name: string;
  size: number;
}

export interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts: { list?: string[]; edit?: EditField[][]; [key: string]: unknown };
}

export interface ModelShape {
  attributes: Record<string, { type: string }>;
}

/** Fields the content manager manages itself: never form fields. */
const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'];
/** Attribute types the content manager cannot show as list columns. */
const NOT_LISTABLE = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const ROW_WIDTH = 12;

/** Whether the content manager shows an attribute in its edit form at all. */
export const isFormField = (name: string) => !SYSTEM_FIELDS.includes(name);

/** Fields in rows of at most twelve columns, in order. */
const packRows = (fields: EditField[]): EditField[][] => {
  const rows: EditField[][] = [];
  for (const field of fields) {
    const last = rows[rows.length - 1];
    if (last && last.reduce((sum, f) => sum + f.size, 0) + field.size <= ROW_WIDTH) last.push(field);
    else rows.push([field]);
  }
  return rows;
};

/**
 * The edit rows with exactly the visible fields: when a field leaves the form the rows are packed
 * again (no half-empty rows where it was), and a field back in the form (hidden before) is
 * appended. Otherwise the rows stay as they are, arranged by hand or not.
 */
export const editRows = (rows: EditField[][], visible: string[], sizeOf: (name: string) => number): EditField[][] => {
  const fields = rows.flat();
  const kept = fields.filter((field) => visible.includes(field.name));
  const placed = new Set(kept.map((field) => field.name));
  const missing = visible.filter((name) => !placed.has(name)).map((name) => ({ name, size: sizeOf(name) }));
  if (kept.length === fields.length && missing.length === 0) return rows;
  return packRows([...kept, ...missing]);
};

/** Names of the transitions that require fields, for the hint under those fields. */
const ACTION_NAMES: Record<string, [string, string]> = { submit: ['提交', 'submit'], publish: ['发布', 'publish'] };

/**
 * Hints for the fields a type's workflow requires on a transition (`requires`): a draft may be
 * saved without them, so the schema cannot mark them; the form says so under each one, in both
 * languages; the edit view shows the half in the admin's language (admin components/edit-view-hints.ts).
 */
export const submitHints = (transitions: Array<{ action: string; requires?: string[] }>): Record<string, string> => {
  const hints: Record<string, string> = {};
  for (const transition of transitions) {
    const [zh, en] = ACTION_NAMES[transition.action] ?? ['流转', transition.action];
    for (const name of transition.requires ?? []) hints[name] ??= `${zh}前必填 (Required to ${en})`;
  }
  return hints;
};

/**
 * The configuration with the view applied, or null when it already matches. The view is the
 * source of truth: labels, columns, visibility and editability changed through "Configure the
 * view" are put back.
 */
export const applyAdminView = (
  uid: string,
  config: Configuration,
  model: ModelShape,
  view: AdminView,
  sizeOf: (name: string) => number,
  hints: Record<string, string> = {},
  unsortable: string[] = [],
  relationMainFields: Record<string, string> = {}
): Configuration | null => {
  const attributes = Object.keys(model.attributes);
  const has = (name: string) => attributes.includes(name);
  const hidden = (view.hidden ?? []).filter(has);
  const readOnly = (view.readOnly ?? []).filter(has);
  const labels = viewLabels(uid, view);

  const metadatas = { ...config.metadatas };
  for (const name of Object.keys(metadatas)) {
    const label = labels[name];
    const { edit = {}, list = {} } = metadatas[name];
    const nextEdit: Record<string, unknown> = { ...edit, ...(label ? { label: storedLabel(label) } : {}) };
    // A relation shows the field its target declares as main (利润总额), not Strapi's default, the target's first string (TOTAL_PROFIT).
    if (relationMainFields[name]) nextEdit.mainField = relationMainFields[name];
    if (has(name) && isFormField(name)) {
      nextEdit.visible = !hidden.includes(name);
      nextEdit.editable = !readOnly.includes(name);
      nextEdit.description = hints[name] ?? '';
    }
    const nextList: Record<string, unknown> = label ? { ...list, label: storedLabel(label) } : { ...list };
    if (unsortable.includes(name)) nextList.sortable = false;
    metadatas[name] = { ...metadatas[name], edit: nextEdit, list: nextList };
  }

  const formFields = attributes.filter((name) => isFormField(name) && metadatas[name]);
  const visible = formFields.filter((name) => !hidden.includes(name));
  const layouts = { ...config.layouts, edit: editRows(config.layouts.edit ?? [], visible, sizeOf) };
  if (view.list) layouts.list = view.list.filter((name) => has(name) && !NOT_LISTABLE.includes(model.attributes[name].type));

  const settings = { ...config.settings };
  if (view.mainField && has(view.mainField)) settings.mainField = view.mainField;
  if (view.sort && has(view.sort[0])) {
    settings.defaultSortBy = view.sort[0];
    settings.defaultSortOrder = view.sort[1];
  }

  const next = { ...config, settings, metadatas, layouts };
  return JSON.stringify(next) === JSON.stringify(config) ? null : next;
};
