import { unstable_useDocument as useDocument } from '@strapi/strapi/admin';

/** The plural name the workflow routes use for a content type (its `info.pluralName`, e.g. "tasks"). */
export const useCollectionName = (model: string, collectionType: string): string | undefined => {
  // skip: only the schema is wanted; the edit view already holds the document.
  const { schema } = useDocument({ model, collectionType }, { skip: true });
  return schema?.info.pluralName;
};
