/**
 * The plugin's home page widgets: 我的待办, 我的单位关键数据 and 最近通知. The app's home
 * (src/admin/extensions/home/widgets.ts) decides which widgets show and in which order.
 */
import { Bell, BulletList, ChartPie } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

type Widget = Extract<Parameters<StrapiApp['widgets']['register']>[0], unknown[]>[number];

export const homeWidgets: Widget[] = [
  {
    id: 'todos',
    pluginId: PLUGIN_ID,
    icon: BulletList,
    title: { id: getTranslation('todos.title'), defaultMessage: 'My to-dos' },
    link: {
      label: { id: getTranslation('home.todos.all'), defaultMessage: 'All to-dos' },
      href: `/plugins/${PLUGIN_ID}/todos`,
    },
    component: async () => (await import('./TodosWidget')).TodosWidget,
  },
  {
    id: 'unit-figures',
    pluginId: PLUGIN_ID,
    icon: ChartPie,
    title: { id: getTranslation('home.figures.title'), defaultMessage: "My unit's key figures" },
    component: async () => (await import('./UnitFiguresWidget')).UnitFiguresWidget,
  },
  {
    id: 'recent-notifications',
    pluginId: PLUGIN_ID,
    icon: Bell,
    title: { id: getTranslation('home.notifications.title'), defaultMessage: 'Recent notifications' },
    link: {
      label: { id: getTranslation('home.notifications.all'), defaultMessage: 'All notifications' },
      href: `/plugins/${PLUGIN_ID}/notifications`,
    },
    component: async () => (await import('./RecentNotificationsWidget')).RecentNotificationsWidget,
  },
];
