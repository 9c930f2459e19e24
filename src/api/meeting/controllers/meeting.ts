/**
 * Meetings: the core actions (with the users a meeting names carried past input validation),
 * the minutes (re)rendered from a template, and the state of the meeting's resolutions.
 */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { restorePeople, takePeople } from '../rules/people';
import { writesWithPeople } from '../../../kernel/people-writes';
import { MEETING_UID, TEMPLATE_UID } from '../../../kernel/uids';
import { isRecordId } from '../../../plugins/synergy/public';

const scopeService = () => strapi.plugin('synergy').service('scope');

export default factories.createCoreController(MEETING_UID, () => ({
  ...writesWithPeople(MEETING_UID, { take: takePeople, restore: restorePeople }, 'Meeting not found (会议不存在或无权查看)'),

  /** POST /meetings/:documentId/minutes-from-template { template }: the minutes rendered again from a template. */
  async minutesFromTemplate(this: any, ctx: any) {
    const body = ctx.request.body ?? {};
    const ref = typeof body === 'object' && !Array.isArray(body) ? body.template : undefined;
    // An id beyond the id column is refused here: PostgreSQL answers a lookup by it with an error, not with no row.
    if (!(typeof ref === 'string' && ref !== '') && !isRecordId(ref)) {
      throw new errors.ValidationError('Send { "template": "<documentId of a minutes template>" } (请选择会议纪要模板)', {
        field: 'template',
      });
    }
    const template = await strapi.db
      .query(TEMPLATE_UID)
      .findOne({ where: typeof ref === 'string' ? { documentId: ref } : { id: ref }, select: ['id'] });
    if (!template) throw new errors.ValidationError('template: no such minutes template (会议纪要模板不存在)', { field: 'template' });
    // An update as the caller: the unit scope admits the organiser only; emptied minutes are rendered anew.
    const meeting = await strapi.documents(MEETING_UID).update({
      documentId: ctx.params.documentId,
      data: { minutesTemplate: { set: [{ id: template.id }] }, minutes: null } as any,
    });
    if (!meeting) throw new errors.NotFoundError('Meeting not found (会议不存在或无权查看)');
    return this.transformResponse(await this.sanitizeOutput(meeting, ctx));
  },

  /** GET /meetings/:documentId/resolutions: each resolution with the state of its task. */
  async resolutions(ctx: any) {
    const scope = await scopeService().current();
    ctx.body = await strapi.service(MEETING_UID).resolutionsView(String(ctx.params.documentId), scope);
  },
}));
