/**
 * The admin views the schemas declare (`pluginOptions.synergy.admin`: labels, list columns, hidden
 * and read-only fields), written into the content manager's stored configuration on every boot so
 * a fresh database has the same layouts as a long-running one (only configurations that differ
 * are written), and served to the admin as field-label messages and page models.
 */
import type { Core } from '@strapi/strapi';
import { declaredViews, fieldLabelMessages, isComponentUid, pageModels, type AdminView } from '../../../../shared/admin-views';
import type { AdminViewsResponse } from '../../../../shared/contracts';
import { applyAdminView, submitHints, type Configuration, type ModelShape } from './apply';
import { getService } from '../../utils/get-service';

type FieldSizes = { getFieldSize(type: string): { default: number } };
type ConfigurationService = {
  findConfiguration(target: { uid: string }): Promise<Configuration & { uid?: string; category?: string; isComponent?: boolean }>;
  updateConfiguration(target: { uid: string }, configuration: Configuration): Promise<unknown>;
};

const createAdminLabelsService = ({ strapi }: { strapi: Core.Strapi }) => {
  // Schemas are final once every register() has run; views are read after that.
  let views: Record<string, AdminView> | null = null;
  let served: AdminViewsResponse['data'] | null = null;

  const service = {
    /** The declared view of every content type and component, by uid. */
    views(): Record<string, AdminView> {
      return (views ??= declaredViews({ ...strapi.contentTypes, ...strapi.components } as Record<string, any>));
    },

    /** What the admin reads at start: field labels in both languages, and the page models. */
    served(): AdminViewsResponse['data'] {
      const all = service.views();
      const collection = (uid: string) => (strapi.getModel(uid as any) as any).info.pluralName as string;
      return (served ??= {
        labels: { zh: fieldLabelMessages('zh', all), en: fieldLabelMessages('en', all) },
        pageModels: Object.fromEntries(Object.entries(pageModels(all)).map(([part, uid]) => [part, { uid, collection: collection(uid) }])),
      });
    },

    async apply() {
      const contentManager = strapi.plugin('content-manager');
      const fieldSizes = contentManager.service('field-sizes') as FieldSizes;
      for (const [uid, view] of Object.entries(service.views())) {
        const component = isComponentUid(uid);
        const model = (component ? strapi.components[uid as never] : strapi.contentTypes[uid as never]) as ModelShape;
        const configurations = contentManager.service(component ? 'components' : 'content-types') as ConfigurationService;
        const { uid: _uid, category: _category, isComponent: _isComponent, ...config } = await configurations.findConfiguration({ uid });
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
        const views = service.views() as Record<string, { mainField?: string }>;
        const relationMainFields = Object.fromEntries(
          Object.entries(model.attributes as Record<string, { type: string; target?: string }>).flatMap(([name, attribute]) => {
            const declared = attribute.type === 'relation' && attribute.target ? views[attribute.target]?.mainField : undefined;
            return declared ? [[name, declared]] : [];
          })
        );
        const next = applyAdminView(
          uid,
          config,
          model,
          view,
          sizeOf,
          submitHints(workflow?.transitions ?? []),
          unsortable,
          relationMainFields
        );
        if (next) await configurations.updateConfiguration({ uid }, next);
      }
    },
  };
  return service;
};

export default createAdminLabelsService;
