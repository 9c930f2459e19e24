/**
 * Document Service middleware, every door: after a letter or a letter template is written, each of
 * its items gets the heading the server keeps (rules/items.ts itemHeading), which the content
 * manager shows on the item's folded row. Runs inside the letter rules' transaction.
 */
import type { Core } from '@strapi/strapi';
import { LETTER_TEMPLATE_UID, LETTER_UID } from '../../../kernel/uids';
import { LETTER_ITEM_UID } from '../queries/letter-record';
import { itemHeading } from '../rules/items';

const itemHeadings =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (![LETTER_UID, LETTER_TEMPLATE_UID].includes(context.uid) || !['create', 'update'].includes(context.action)) return next();
    const result = await next();
    const documentId = result?.documentId ?? context.params?.documentId;
    if (!documentId) return result;
    const records = await strapi.db.query(context.uid).findMany({
      where: { documentId },
      select: ['id'],
      populate: { items: { populate: { indicator: { select: ['code', 'name', 'unit'] } } } },
    });
    for (const item of records.flatMap((record: any) => record.items ?? [])) {
      const heading = itemHeading(item);
      if (item.heading !== heading) await strapi.db.query(LETTER_ITEM_UID as any).update({ where: { id: item.id }, data: { heading } });
    }
    return result;
  };

export default itemHeadings;
