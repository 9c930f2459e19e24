/**
 * The `modules` service: the app hands it its module manifests in register(), and it declares
 * each module's workflows, grants, shared and admin-read-only types, jobs, admin routes and offer
 * loader, and registers its Document Service middlewares in manifest order (after the plugin's own, registered before the
 * app's register runs). bootstrap() runs the modules' hooks from the app's bootstrap; destroy() runs
 * them from the plugin's own destroy (Strapi calls it before the app's), before the plugin waits for
 * the database to fall quiet, so a module's background work (a bulk match run) stops at its next
 * batch instead of being waited for to its end.
 */
import type { Core } from '@strapi/strapi';
import type { ModuleManifest } from '../../../shared/contracts/modules';
import { getService } from '../utils/get-service';

/** Why a list of manifests cannot be registered: unknown, doubly claimed or unclaimed types, repeated names. */
export const manifestProblems = (manifests: ModuleManifest[], apiTypes: string[]): string[] => {
  const problems: string[] = [];
  const names = new Set<string>();
  const owner = new Map<string, string>();
  for (const manifest of manifests) {
    if (names.has(manifest.name)) problems.push(`module "${manifest.name}" is listed twice`);
    names.add(manifest.name);
    for (const uid of manifest.contentTypes) {
      if (!apiTypes.includes(uid)) problems.push(`module "${manifest.name}" names ${uid}, which is not a content type of the app`);
      const claimed = owner.get(uid);
      if (claimed && claimed !== manifest.name) problems.push(`${uid} is named by modules "${claimed}" and "${manifest.name}"`);
      owner.set(uid, manifest.name);
    }
  }
  for (const uid of apiTypes.filter((uid) => !owner.has(uid))) problems.push(`${uid} belongs to no module`);
  return problems;
};

const createModulesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const registered: ModuleManifest[] = [];
  let destroying: Promise<void> | null = null;

  return {
    register(manifests: ModuleManifest[]): void {
      const apiTypes = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
      const problems = manifestProblems([...registered, ...manifests], apiTypes);
      if (problems.length > 0) throw new Error(`Module manifests are inconsistent: ${problems.join('; ')}`);
      const workflow = getService(strapi, 'workflow');
      const access = getService(strapi, 'access');
      const scheduler = getService(strapi, 'scheduler');
      const adminRoutes = getService(strapi, 'admin-routes');
      for (const manifest of manifests) {
        for (const def of manifest.workflows ?? []) workflow.register(def);
        for (const def of manifest.sharedTypes ?? []) access.declareSharedType(def);
        for (const def of manifest.readRestrictions ?? []) getService(strapi, 'scope').restrictRead(def);
        access.grant(...(manifest.grants ?? []));
        for (const def of manifest.adminReadOnlyTypes ?? []) access.declareAdminReadOnly(def);
        for (const job of manifest.jobs ?? []) scheduler.register(job);
        for (const middleware of manifest.documentMiddlewares ?? []) strapi.documents.use(middleware({ strapi }));
        if (manifest.adminRoutes) adminRoutes.register(manifest.adminRoutes);
        if (manifest.offerLoader) getService(strapi, 'matching').useOfferLoader(manifest.offerLoader);
        registered.push(manifest);
      }
      // A to-do source reads its workflow's `who`, which may be another module's: after every workflow.
      getService(strapi, 'todos').register(...manifests.flatMap((manifest) => manifest.todoSources ?? []));
    },

    /** The registered manifests, in order. */
    all: (): readonly ModuleManifest[] => registered,

    /** The modules' boot work, in module order. */
    async bootstrap(): Promise<void> {
      for (const manifest of registered) await manifest.bootstrap?.({ strapi });
    },

    /** The modules' shutdown work, in reverse module order; once, however often it is called. */
    async destroy(): Promise<void> {
      destroying ??= (async () => {
        for (const manifest of [...registered].reverse()) await manifest.destroy?.({ strapi });
      })();
      await destroying;
    },
  };
};

export default createModulesService;
