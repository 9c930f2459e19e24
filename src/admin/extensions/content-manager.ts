/**
 * The content manager's edit view, fitted to people who edit records rather than models:
 *
 * - its menu offers "edit the model" only to whoever may open the content-type builder (see
 *   withoutDeveloperTools in ./quiet.ts: nobody outside `strapi develop`), and "configure the view"
 *   only to whoever may configure views (the list view's own rule);
 * - deleting a record in its edit view no longer asks the server for that record again: Strapi
 *   refetches the deleted document before it leaves the page, which gave a 404 in the console and,
 *   when the answer came back in time, a "Not Found" toast after "Deleted";
 * - reopening a record shows the server's copy, never one cached from an earlier visit.
 */
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { adminApi, useRBAC } from '@strapi/strapi/admin';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];
type DocumentAction = ContentManagerPlugin['documentActions'][number];

/** The action, shown only to a user holding `action` (checked like every permission, through the RBAC middlewares). */
const onlyWith = (permission: string, action: DocumentAction): DocumentAction => {
  const permissions = [{ action: permission, subject: null }];
  const guarded = ((props: Parameters<DocumentAction>[0]) => {
    const { allowedActions, isLoading } = useRBAC(permissions);
    const description = action(props);
    return !isLoading && Object.values(allowedActions).some(Boolean) ? description : null;
  }) as DocumentAction;
  guarded.type = action.type;
  guarded.position = action.position;
  return guarded;
};

const GUARDS: Partial<Record<NonNullable<DocumentAction['type']>, string>> = {
  'edit-the-model': 'plugin::content-type-builder.read',
  'configure-the-view': 'plugin::content-manager.collection-types.configure-view',
};

export const fitEditView = (contentManager: ContentManagerApis) => {
  contentManager.addDocumentAction((actions: DocumentAction[]) =>
    actions.map((action) => {
      const permission = action.type && GUARDS[action.type];
      return permission ? onlyWith(permission, action) : action;
    })
  );
};

type Tag = { type: string; id: string } | string;

/**
 * Deleting a document invalidates its lists and counts, not the cached documents of its type (the
 * deleted one is among them, still shown by the edit view; the others fetch their relations apart).
 */
export const noRefetchOfDeletedDocuments = () => {
  adminApi.enhanceEndpoints({
    endpoints: {
      deleteDocument: {
        invalidatesTags: (
          _result: unknown,
          _error: unknown,
          { collectionType, model }: { collectionType: string; model: string }
        ): Tag[] => [
          { type: 'Document', id: collectionType !== 'single-types' ? `${model}_LIST` : model },
          'RecentDocumentList',
          'CountDocuments',
          'UpcomingReleasesList',
        ],
      },
    },
  } as never);
};

/**
 * A document the edit view no longer shows is not kept: reopening a record always fetches the
 * server's copy. Strapi keeps an unused document for a minute and shows it again when the record
 * is reopened, so a record changed meanwhile (returned by a reviewer, moved by a progress report
 * filed in another form, changed in another tab) showed as it was until the page was reloaded.
 */
export const alwaysFreshDocuments = () => {
  adminApi.enhanceEndpoints({ endpoints: { getDocument: { keepUnusedDataFor: 0 } } } as never);
};
