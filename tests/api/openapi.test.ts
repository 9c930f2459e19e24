/** The OpenAPI document of the content API: generated at boot or on request, served as JSON, no CDN. */
import fs from 'fs';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

describe('the OpenAPI document', () => {
  it('is served as JSON with the synergy collections, regenerated when its file is missing', async () => {
    // Given the generated file is gone (it is not committed)
    fs.rmSync(strapi.plugin('documentation').service('documentation').getFullDocumentationPath(), { recursive: true, force: true });
    // When an intranet developer fetches the spec without signing in
    const res = await http().get('/documentation/v1.0.0/openapi.json');
    // Then it is the content API's spec, with the new collections and their workflow endpoints
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.info.title).toBe('Synergy 内容 API');
    expect(res.body.servers[0].url).toMatch(/\/api$/);
    const paths = Object.keys(res.body.paths);
    for (const collection of ['synergy-demands', 'synergy-resources', 'exemption-requests', 'articles']) {
      expect(paths).toContain(`/${collection}`);
      expect(paths).toContain(`/${collection}/{id}`);
    }
    expect((await http().get('/documentation/openapi.json')).body.info.title).toBe('Synergy 内容 API');
    expect((await http().get('/documentation/v9.9.9/openapi.json')).status).toBe(404);
  });

  it('has a Swagger UI whose scripts and styles come from this server', async () => {
    const page = await http().get('/documentation/v1.0.0');
    expect(page.status).toBe(200);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets)
      expect(asset).toMatch(/^(https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?)?\/plugins\/documentation\//);
    expect((await http().get('/plugins/documentation/swagger-ui-bundle.js')).status).toBe(200);
  });
});
