import * as React from 'react';
import type { PageModel } from '../../../shared/contracts';
import { loadAdminViews, loadedAdminViews } from '../services/admin-views';

/**
 * The type that plays a part of one of the plugin's pages, as its schema declares it
 * (`pluginOptions.synergy.admin.pageModel`, e.g. 'supervision.task'); undefined while unknown.
 */
export const usePageModel = (part: string): PageModel | undefined => {
  const [views, setViews] = React.useState(loadedAdminViews);
  React.useEffect(() => {
    if (views) return;
    let live = true;
    loadAdminViews().then((loaded) => live && loaded && setViews(loaded));
    return () => {
      live = false;
    };
  }, [views]);
  return views?.pageModels[part];
};
