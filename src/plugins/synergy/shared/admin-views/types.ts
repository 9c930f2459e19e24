/**
 * How each content type looks in the admin's content manager: field labels in both admin
 * languages, list columns, and the fields a person may not edit. Read by the server (which writes
 * the layouts into the content manager's stored configuration at boot) and by the admin (which
 * turns the labels into the message ids the content manager looks field labels up by).
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
}

/** Content types are `plugin::…` or `api::…`; components are `category.name`. */
export const isComponentUid = (uid: string) => !uid.includes('::');
