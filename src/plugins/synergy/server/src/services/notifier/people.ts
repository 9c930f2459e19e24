/**
 * The person behind an admin user, as notifications know people. Notifications are addressed to
 * intranet (users-permissions) users; a membership ties a unit and role to an intranet user and/or
 * an admin user, and one membership holding both is one person with two sign-ins. So an admin
 * user's notifications are those of the intranet user in its membership; an admin user whose
 * membership names no intranet user (or that has none) has none.
 */
import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID } from '../../utils/uids';
import { runInCurrentTransaction } from '../../utils/knex';

export const intranetUserOfAdmin = async (strapi: Core.Strapi, adminUserId: number): Promise<number | null> => {
  const meta: any = strapi.db.metadata.get(MEMBERSHIP_UID);
  const byAdmin = meta.attributes.adminUser.joinTable;
  const byUser = meta.attributes.user.joinTable;
  const row = await runInCurrentTransaction<any>(
    strapi,
    strapi.db
      .connection(`${meta.tableName} as m`)
      .join(`${byAdmin.name} as ma`, `ma.${byAdmin.joinColumn.name}`, 'm.id')
      .join(`${byUser.name} as mu`, `mu.${byUser.joinColumn.name}`, 'm.id')
      .where(`ma.${byAdmin.inverseJoinColumn.name}`, adminUserId)
      .orderBy('m.id')
      .first(`mu.${byUser.inverseJoinColumn.name} as userId`)
  );
  return row ? Number(row.userId) : null;
};
