/**
 * The admin view of every content type and component the content manager shows. A type that
 * does not exist (yet) is skipped, so a new type only needs its entry here.
 */
import { CATALOGUE_VIEWS } from './catalogue';
import { COMMON_LABELS } from './common';
import { DEALS_VIEWS } from './deals';
import { MARKETPLACE_VIEWS } from './marketplace';
import { MEETING_VIEWS } from './meetings';
import { NOTIFICATION_VIEWS } from './notifications';
import { ORG_VIEWS } from './org';
import { SUPERVISION_VIEWS } from './supervision';
import { isComponentUid, type AdminLanguage, type AdminView, type Label } from './types';

export { COMMON_LABELS, STATE_LABEL } from './common';
export { isComponentUid, type AdminLanguage, type AdminView, type Label } from './types';

export const ADMIN_VIEWS: Record<string, AdminView> = {
  ...ORG_VIEWS,
  ...MARKETPLACE_VIEWS,
  ...CATALOGUE_VIEWS,
  ...DEALS_VIEWS,
  ...SUPERVISION_VIEWS,
  ...MEETING_VIEWS,
  ...NOTIFICATION_VIEWS,
};

/** Every label of a view: the common ones of content types, then its own. */
export const viewLabels = (uid: string, view: AdminView): Record<string, Label> =>
  isComponentUid(uid) ? view.labels : { ...COMMON_LABELS, ...view.labels };

/** The message id the content manager looks a field's label up by, in lists, filters and forms. */
export const fieldLabelId = (uid: string, attribute: string) =>
  `content-manager.${isComponentUid(uid) ? 'components' : 'content-types'}.${uid}.${attribute}`;

/** The field labels of every view as messages of one admin language. */
export const fieldLabelMessages = (language: AdminLanguage, views: Record<string, AdminView> = ADMIN_VIEWS) => {
  const index = language === 'zh' ? 0 : 1;
  const messages: Record<string, string> = {};
  for (const [uid, view] of Object.entries(views)) {
    for (const [attribute, label] of Object.entries(viewLabels(uid, view))) messages[fieldLabelId(uid, attribute)] = label[index];
  }
  return messages;
};

/** The label stored in the content manager's configuration, shown where Strapi does not translate (the column picker, "Configure the view"). */
export const storedLabel = ([zh, en]: Label) => `${zh} ${en}`;
