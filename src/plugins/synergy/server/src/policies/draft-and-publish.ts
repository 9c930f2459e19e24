/**
 * The content manager's publish, unpublish and discard actions are for types with drafts: on a
 * type without draft and publish the document service has no such method and the action was a
 * 500. Every type of ours but the articles has none, so the action is refused as the caller's
 * mistake (400), before the content manager reaches for it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const draftAndPublish = async (ctx: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const model: any = ctx.params?.model ? strapi.getModel(ctx.params.model) : undefined;
  if (!model || model.options?.draftAndPublish) return true;
  throw new errors.ValidationError(
    `${model.info?.displayName ?? ctx.params.model} has no drafts: there is nothing to publish, unpublish or discard (该类型没有草稿，不能发布、取消发布或放弃草稿)`
  );
};

export default draftAndPublish;
