/**
 * The admin views the schemas on disk declare (`pluginOptions.synergy.admin`), by uid, as the
 * server reads them from its loaded models: the app's content types and components, the plugin's
 * own types, and the intranet user as the users-permissions extension declares it.
 */
import fs from 'fs';
import path from 'path';
import { declaredViews, type AdminView, type ModelOptions } from '../../src/plugins/synergy/shared/admin-views';
import extendUsersPermissions from '../../src/extensions/users-permissions/strapi-server';

const SRC = path.join(__dirname, '..', '..', 'src');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const dirs = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

export const schemaViews = (): Record<string, AdminView> => {
  const models: Record<string, ModelOptions> = {};
  for (const api of dirs(path.join(SRC, 'api'))) {
    const types = path.join(SRC, 'api', api, 'content-types');
    if (!fs.existsSync(types)) continue;
    for (const name of dirs(types)) models[`api::${api}.${name}`] = readJson(path.join(types, name, 'schema.json'));
  }
  for (const category of dirs(path.join(SRC, 'components'))) {
    for (const file of fs.readdirSync(path.join(SRC, 'components', category)).filter((f) => f.endsWith('.json'))) {
      models[`${category}.${path.basename(file, '.json')}`] = readJson(path.join(SRC, 'components', category, file));
    }
  }
  const pluginTypes = path.join(SRC, 'plugins', 'synergy', 'server', 'src', 'content-types');
  for (const name of dirs(pluginTypes)) models[`plugin::synergy.${name}`] = readJson(path.join(pluginTypes, name, 'schema.json'));
  const usersPermissions = extendUsersPermissions({ contentTypes: { user: { schema: { attributes: {} } } } });
  models['plugin::users-permissions.user'] = usersPermissions.contentTypes.user.schema;
  return declaredViews(models);
};
