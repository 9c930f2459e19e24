/** The caller of the current request, as the plugin's scope service resolved it (internal code has none and is trusted). */
import type { Core } from '@strapi/strapi';
import { getService, type Scope } from '../plugins/synergy/public';

export const currentScope = (strapi: Core.Strapi): Promise<Scope> => getService(strapi, 'scope').current();
