/**
 * The admin views the schemas declare (`pluginOptions.synergy.admin`), and the messages the
 * content manager looks field labels up by. Pure: the models in, views and messages out.
 */
import { COMMON_LABELS } from './common';
import { isComponentUid, type AdminLanguage, type AdminView, type Label } from './types';

export { COMMON_LABELS } from './common';
export { isComponentUid, type AdminLanguage, type AdminView, type Label } from './types';

/** What a content type or component schema is read for here. */
export interface ModelOptions {
  pluginOptions?: { synergy?: { admin?: AdminView } } & Record<string, unknown>;
}

/** The admin view of every model that declares one, by uid. */
export const declaredViews = (models: Record<string, ModelOptions>): Record<string, AdminView> => {
  const views: Record<string, AdminView> = {};
  for (const [uid, model] of Object.entries(models)) {
    const view = model?.pluginOptions?.synergy?.admin;
    if (view) views[uid] = view;
  }
  return views;
};

/** The type that plays each part of the plugin's admin pages (`pageModel`), by part; a part has one type. */
export const pageModels = (views: Record<string, AdminView>): Record<string, string> => {
  const models: Record<string, string> = {};
  for (const [uid, view] of Object.entries(views)) {
    if (!view.pageModel) continue;
    if (models[view.pageModel])
      throw new Error(`synergy: ${models[view.pageModel]} and ${uid} both declare the admin page model ${view.pageModel}`);
    models[view.pageModel] = uid;
  }
  return models;
};

/** Every label of a view: the common ones of content types, then its own. */
export const viewLabels = (uid: string, view: AdminView): Record<string, Label> =>
  isComponentUid(uid) ? view.labels : { ...COMMON_LABELS, ...view.labels };

/** The message id the content manager looks a field's label up by, in lists, filters and forms. */
export const fieldLabelId = (uid: string, attribute: string) =>
  `content-manager.${isComponentUid(uid) ? 'components' : 'content-types'}.${uid}.${attribute}`;

/** The field labels of every view as messages of one admin language. */
export const fieldLabelMessages = (language: AdminLanguage, views: Record<string, AdminView>) => {
  const index = language === 'zh' ? 0 : 1;
  const messages: Record<string, string> = {};
  for (const [uid, view] of Object.entries(views)) {
    for (const [attribute, label] of Object.entries(viewLabels(uid, view))) messages[fieldLabelId(uid, attribute)] = label[index];
  }
  return messages;
};

/** The label stored in the content manager's configuration, shown where Strapi does not translate (the column picker, "Configure the view"). */
export const storedLabel = ([zh, en]: Label) => `${zh} ${en}`;
