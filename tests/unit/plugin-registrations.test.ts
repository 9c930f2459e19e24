/**
 * What the app hands the plugin instead of the plugin naming app types: admin routes declared by
 * modules (mounted under the plugin's admin router), and types singled out by a schema option.
 */
import createAdminRoutesService from '../../src/plugins/synergy/server/src/services/admin-routes';
import adminRouter from '../../src/plugins/synergy/server/src/routes/admin';
import { declaredType, linkPluginTypesToOrgTree } from '../../src/plugins/synergy/server/src/utils/uids';

const boardController = {
  calls: [] as unknown[],
  board(this: { calls: unknown[] }, ctx: unknown) {
    this.calls.push(ctx);
  },
};

/** Just enough of Strapi for the admin router: one app controller, the plugin's admin-routes service. */
const fakeStrapi = () => {
  const strapi: any = { controller: (uid: string) => (uid === 'api::board.board' ? boardController : undefined) };
  const service = createAdminRoutesService({ strapi });
  strapi.plugin = () => ({ service: () => service });
  return { strapi, service };
};

describe('admin routes declared by the app', () => {
  it("are served under the plugin's admin router before its own routes, behind the admin session and their own policies", async () => {
    // Given a module that declares a board endpoint, forwarded to its controller
    const { strapi, service } = fakeStrapi();
    service.register([
      { method: 'GET', path: '/board', handler: 'api::board.board.board', config: { policies: ['plugin::synergy.admin-role'] } },
    ]);

    // When Strapi builds the plugin's admin router
    const router = adminRouter({ strapi });

    // Then the endpoint comes first, checks the admin session first, and calls the controller action
    expect(router.type).toBe('admin');
    expect(router.routes[0]).toMatchObject({
      method: 'GET',
      path: '/board',
      config: { policies: ['admin::isAuthenticatedAdmin', 'plugin::synergy.admin-role'] },
    });
    expect(router.routes.map((route: { path: string }) => route.path)).toEqual(
      expect.arrayContaining(['/:collection/:documentId/transitions', '/health'])
    );
    const ctx = { params: {} };
    await (router.routes[0].handler as (ctx: unknown) => unknown)(ctx);
    expect(boardController.calls).toEqual([ctx]);
  });

  it('stop the boot when a handler names no controller action, or a path is taken', () => {
    const unknown = fakeStrapi();
    unknown.service.register([{ method: 'GET', path: '/board', handler: 'api::board.board.gone' }]);
    expect(() => adminRouter({ strapi: unknown.strapi })).toThrow('admin route handler not found "api::board.board.gone"');

    const taken = fakeStrapi();
    taken.service.register([{ method: 'GET', path: '/health', handler: () => undefined }]);
    expect(() => adminRouter({ strapi: taken.strapi })).toThrow('admin route GET /health is declared twice');
  });

  it('are refused once the router is built (after register)', () => {
    const { strapi, service } = fakeStrapi();
    adminRouter({ strapi });
    expect(() => service.register([{ method: 'GET', path: '/late', handler: () => undefined }])).toThrow(/registered in register\(\)/);
  });
});

describe('types singled out by a schema option', () => {
  const orgUnit = () => ({ pluginOptions: { synergy: { orgTree: true } }, attributes: {} });

  it('is the one type declaring it; none or two stop the boot', () => {
    expect(declaredType({ contentTypes: { 'api::unit.unit': orgUnit(), 'api::other.other': { attributes: {} } } } as any, 'orgTree')).toBe(
      'api::unit.unit'
    );
    expect(() => declaredType({ contentTypes: {} } as any, 'orgTree')).toThrow('found none');
    expect(() => declaredType({ contentTypes: { 'api::a.a': orgUnit(), 'api::b.b': orgUnit() } } as any, 'orgTree')).toThrow(
      'found api::a.a, api::b.b'
    );
  });

  it("points the plugin's own relations to the org tree at the app's unit type", () => {
    // Given the plugin's membership, whose unit relation targets "the org tree"
    const unit = { type: 'relation', relation: 'manyToOne', pluginOptions: { synergy: { target: 'orgTree' } } };
    const membership = { attributes: { unit: { ...unit } }, __schema__: { attributes: { unit: { ...unit } } } };
    const strapi = { contentTypes: { 'api::unit.unit': orgUnit(), 'plugin::synergy.membership': membership } } as any;

    // When the plugin registers
    linkPluginTypesToOrgTree(strapi);

    // Then the relation, and the schema Strapi keeps of it, lead to the app's unit type
    expect(membership.attributes.unit).toMatchObject({ target: 'api::unit.unit' });
    expect(membership.__schema__.attributes.unit).toMatchObject({ target: 'api::unit.unit' });
  });
});
