/**
 * Writes each type's admin view (shared/admin-views: labels, list columns, hidden and read-only
 * fields) into the content manager's stored configuration on every boot, so a fresh database has
 * the same layouts as a long-running one. Only configurations that differ are written.
 */
import type { Core } from '@strapi/strapi';
import { ADMIN_VIEWS, isComponentUid } from '../../../../shared/admin-views';
import { applyAdminView, submitHints, type Configuration, type ModelShape } from './apply';
import { getService } from '../../utils/get-service';

type FieldSizes = { getFieldSize(type: string): { default: number } };
type ConfigurationService = {
  findConfiguration(target: { uid: string }): Promise<Configuration & { uid?: string; category?: string; isComponent?: boolean }>;
  updateConfiguration(target: { uid: string }, configuration: Configuration): Promise<unknown>;
};

const createAdminLabelsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply() {
    const contentManager = strapi.plugin('content-manager');
    const fieldSizes = contentManager.service('field-sizes') as FieldSizes;
    for (const [uid, view] of Object.entries(ADMIN_VIEWS)) {
      const component = isComponentUid(uid);
      const model = (component ? strapi.components[uid as never] : strapi.contentTypes[uid as never]) as ModelShape | undefined;
      if (!model) continue;
      const service = contentManager.service(component ? 'components' : 'content-types') as ConfigurationService;
      const { uid: _uid, category: _category, isComponent: _isComponent, ...config } = await service.findConfiguration({ uid });
      const sizeOf = (name: string) => {
        const attribute = model.attributes[name] as { type: string; customField?: string };
        return fieldSizes.getFieldSize(attribute.customField ?? attribute.type).default;
      };
      const workflow = component ? undefined : getService(strapi, 'workflow').get(uid);
      // A column linking owned records cannot be sorted: the sort would order by records the
      // caller may not read (the unit scope refuses such sorts; utils/scope-sort).
      const scope = getService(strapi, 'scope');
      const unsortable = Object.entries(model.attributes as Record<string, { type: string; target?: string }>)
        .filter(([, attribute]) => attribute.type === 'relation' && !!attribute.target && scope.isOwned(attribute.target))
        .map(([name]) => name);
      const next = applyAdminView(uid, config, model, view, sizeOf, submitHints(workflow?.transitions ?? []), unsortable);
      if (next) await service.updateConfiguration({ uid }, next);
    }
  },
});

export default createAdminLabelsService;
