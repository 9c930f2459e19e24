/**
 * How a person is named to others — in minutes, on the board, in e-mails, in history rows: the
 * real name (users-permissions `fullName`, added by src/extensions/users-permissions), or the
 * login name where a user has none.
 */
import type { Core } from '@strapi/strapi';

export const USER_UID = 'plugin::users-permissions.user';

/** The user fields a person's name is read from, for `select`. */
export const PERSON_FIELDS = ['id', 'username', 'fullName'];

export const personName = (user: { fullName?: string | null; username?: string | null } | null | undefined): string | null =>
  user ? user.fullName?.trim() || user.username || null : null;

/** SQL for a person's name over a joined users table aliased `alias` (for set-based queries). */
export const personNameSql = (strapi: Core.Strapi, alias: string): string => {
  const attributes: any = strapi.db.metadata.get(USER_UID).attributes;
  const column = (name: string) => `${alias}.${attributes[name]?.columnName ?? name}`;
  return `COALESCE(NULLIF(TRIM(${column('fullName')}), ''), ${column('username')})`;
};
