/**
 * The OpenAPI document of the content API as JSON, for intranet developers and code generators.
 * The documentation plugin (5.54) embeds the spec only in its Swagger UI page
 * (/documentation/v1.0.0) and writes it to a file it generates at boot outside production; this
 * serves that file, generating it on first request where the plugin did not (production).
 * The plugin's "restricted access" setting applies here too.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

export const serveOpenApiJson = (strapi: Core.Strapi) => {
  if (!strapi.plugin('documentation')) return;
  const docs = () => strapi.plugin('documentation').service('documentation');

  const handler = async (ctx: any) => {
    const config = await strapi.store({ type: 'plugin', name: 'documentation' }).get({ key: 'config' });
    if ((config as any)?.restrictedAccess && !ctx.session?.documentation?.logged) {
      ctx.status = 401;
      ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: 'Sign in to the documentation first (请先登录文档)' } };
      return;
    }
    const current = docs().getDocumentationVersion();
    const { major, minor, patch } = ctx.params;
    const version = major ? `${major}.${minor}.${patch}` : current;
    const file = path.join(docs().getFullDocumentationPath(), version, 'full_documentation.json');
    if (!fs.existsSync(file)) {
      if (version !== current) {
        ctx.status = 404;
        ctx.body = { error: { status: 404, name: 'NotFoundError', message: `No documentation for version ${version} (无此版本文档)` } };
        return;
      }
      await docs().generateFullDoc(version);
    }
    ctx.type = 'application/json';
    ctx.body = await fs.promises.readFile(file, 'utf8');
  };

  strapi.server.routes([
    { method: 'GET', path: '/documentation/openapi.json', handler, config: { auth: false } },
    { method: 'GET', path: '/documentation/v:major(\\d+).:minor(\\d+).:patch(\\d+)/openapi.json', handler, config: { auth: false } },
  ]);
};
