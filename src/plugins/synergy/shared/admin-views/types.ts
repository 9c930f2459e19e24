/**
 * How a content type or component looks in the admin's content manager: field labels in both
 * admin languages, list columns, and the fields a person may not edit. Declared in its schema as
 * `pluginOptions.synergy.admin`; read by the server, which writes the layouts into the content
 * manager's stored configuration at boot and serves the labels to the admin (GET /synergy/admin-views).
 */

/** A label as [Simplified Chinese, English]. */
export type Label = readonly [zh: string, en: string];

export type AdminLanguage = 'zh' | 'en';

export interface AdminView {
  labels: Record<string, Label>;
  /** The list's columns, in order (the stored `layouts.list`). */
  list?: readonly string[];
  /** The list's default order. */
  sort?: readonly [attribute: string, order: 'ASC' | 'DESC'];
  /** Shown in the edit view but never edited there: the server writes them. */
  readOnly?: readonly string[];
  /** Left out of the edit view. Private attributes are left out too unless they are read-only here. */
  hidden?: readonly string[];
  /** The attribute that names a record where other records link to it. */
  mainField?: string;
  /**
   * The part this type plays in one of the plugin's admin pages, as `<page>.<part>` (e.g. the
   * supervision board's tasks): the page opens records of whichever type declares it.
   */
  pageModel?: string;
}

/** Content types are `<namespace>::…`; components are `category.name`. */
export const isComponentUid = (uid: string) => !uid.includes('::');
