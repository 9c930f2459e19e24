/**
 * What the schemas declare for the admin (GET /synergy/admin-views, built from each type's
 * `pluginOptions.synergy.admin`): field labels, loaded with the translations before the admin
 * renders, and the types the plugin's pages open (`pageModel`). Asked once per page load; asked
 * again when a page needs it and the first request failed.
 */
import { getFetchClient } from '@strapi/strapi/admin';
import type { AdminViewsResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';

export type AdminViews = AdminViewsResponse['data'];

let loading: Promise<AdminViews | null> | null = null;
let loaded: AdminViews | null = null;

export const loadAdminViews = (): Promise<AdminViews | null> =>
  (loading ??= getFetchClient()
    .get<AdminViewsResponse>(`/${PLUGIN_ID}/admin-views`)
    .then(({ data }) => (loaded = data.data))
    .catch(() => {
      loading = null;
      return null;
    }));

/** The views if loaded already (they are by the time anything renders, unless the request failed). */
export const loadedAdminViews = () => loaded;

/** The content-manager path of a type's records, e.g. for links to one record's edit view. */
export const collectionPath = (model: string) => `/content-manager/collection-types/${model}`;
