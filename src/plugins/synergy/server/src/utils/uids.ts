/**
 * The content types the plugin works with. Its own are named here; the app's are found by what
 * their schemas declare in `pluginOptions.synergy` (`orgTree: true` on the org unit type,
 * `notificationStore: true` on the type the notifier writes), so the plugin names none of them.
 */
import type { Core } from '@strapi/strapi';

export const MEMBERSHIP_UID = 'plugin::synergy.membership';
export const TRANSITION_UID = 'plugin::synergy.transition';

/** Schema options that single out one of the app's content types for the plugin. */
export type DeclaredType = 'orgTree' | 'notificationStore';

const found = new WeakMap<Core.Strapi, Map<DeclaredType, string>>();

/**
 * The one content type whose schema declares `pluginOptions.synergy.<option>: true`. Content types
 * are all loaded before any register() runs, so this answers from the plugin's register on; none
 * or two stop the boot.
 */
export const declaredType = (strapi: Core.Strapi, option: DeclaredType): string => {
  let byOption = found.get(strapi);
  if (!byOption) found.set(strapi, (byOption = new Map()));
  const known = byOption.get(option);
  if (known) return known;
  const uids = Object.entries(strapi.contentTypes as Record<string, any>)
    .filter(([, type]) => type.pluginOptions?.synergy?.[option] === true)
    .map(([uid]) => uid);
  if (uids.length !== 1) {
    throw new Error(
      `synergy: exactly one content type must declare pluginOptions.synergy.${option}: true (found ${uids.length ? uids.join(', ') : 'none'})`
    );
  }
  byOption.set(option, uids[0]);
  return uids[0];
};

/** The org tree's unit type: every scope, owner and reader relation points at it. */
export const orgUnitUid = (strapi: Core.Strapi) => declaredType(strapi, 'orgTree');

/** The type notifications are stored in (one row per person and notice). */
export const notificationUid = (strapi: Core.Strapi) => declaredType(strapi, 'notificationStore');

/**
 * Points the plugin's own relations to the org tree (`pluginOptions.synergy.target: "orgTree"`
 * in their schemas: a membership's unit, a transition's acting unit) at the app's unit type. Runs
 * in register, before the database reads the schemas.
 */
export const linkPluginTypesToOrgTree = (strapi: Core.Strapi) => {
  const target = orgUnitUid(strapi);
  for (const [uid, type] of Object.entries(strapi.contentTypes as Record<string, any>)) {
    if (!uid.startsWith('plugin::synergy.')) continue;
    for (const [name, attribute] of Object.entries(type.attributes as Record<string, any>)) {
      if (attribute.type !== 'relation' || attribute.pluginOptions?.synergy?.target !== 'orgTree') continue;
      attribute.target = target;
      const declared = type.__schema__?.attributes?.[name];
      if (declared) declared.target = target;
    }
  }
};
