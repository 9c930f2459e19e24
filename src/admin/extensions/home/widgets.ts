/**
 * What the home page shows: 我的待办 (the to-do inbox), 我的单位关键数据 and 最近通知 (the synergy
 * plugin's widgets), 常用功能 (shortcuts), the profile, and the content manager's last
 * edited and last published entries (both read through the user's permissions, so a reporter sees
 * its own unit's). Strapi's project statistics and entry counts are left out: they are about the
 * Strapi project, and the entry count (content-manager's count-documents) counts every unit's
 * records whoever asks. The home route shows them with ./HomePage.
 */
import { Link as LinkIcon } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

type Widgets = StrapiApp['widgets'];
type WidgetReducer = Extract<Parameters<Widgets['register']>[0], (...args: any[]) => unknown>;
type RegisteredWidget = Parameters<WidgetReducer>[0][number];

/**
 * The home's widgets, in this order. 我的待办 (the to-do inbox's widget, `synergy.todos`)
 * opens the page; then the unit's key figures and the recent notifications (the synergy plugin's).
 */
const ORDER = [
  'synergy.todos',
  'synergy.unit-figures',
  'synergy.recent-notifications',
  'synergy-shell.shortcuts',
  'admin.profile-info',
  'content-manager.last-edited-entries',
  'content-manager.last-published-entries',
];
const keyOf = (widget: RegisteredWidget) => `${widget.pluginId ?? ''}.${widget.id}`;

const shortcuts: RegisteredWidget = {
  id: 'shortcuts',
  pluginId: 'synergy-shell',
  icon: LinkIcon,
  title: { id: 'synergy-shell.shortcuts.title', defaultMessage: 'Shortcuts' },
  component: async () => (await import('./ShortcutsWidget')).ShortcutsWidget,
};

/** Registers the shortcuts and keeps the widgets named in ORDER, in that order. */
export const homeWidgets: WidgetReducer = (registered) =>
  [shortcuts, ...registered]
    .filter((widget) => ORDER.includes(keyOf(widget)))
    .sort((a, b) => ORDER.indexOf(keyOf(a)) - ORDER.indexOf(keyOf(b)));

/** The home route (the admin's index route) shows ./HomePage instead of Strapi's. */
export const showOwnHomePage = (app: StrapiApp) =>
  app.router.addRoute((routes) =>
    routes.map((route) => (route.index ? { ...route, lazy: async () => ({ Component: (await import('./HomePage')).HomePage }) } : route))
  );
