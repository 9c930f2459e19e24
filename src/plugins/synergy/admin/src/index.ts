import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import {
  Book,
  ChartBubble,
  ChartPie,
  ClockCounterClockwise,
  FilePdf,
  FileXls,
  Files,
  GridFour,
  ManyWays,
  NumberList,
  Pencil,
  PresentationChart,
  TrendUp,
} from '@strapi/icons';
import { WorkflowPanel } from './components/WorkflowPanel';
import { ResolutionsPanel } from './components/ResolutionsPanel';
import { LetterVersionsPanel } from './pages/LetterVersions/VersionsPanel';
import { ReadOnlyPanel } from './components/ReadOnlyPanel';
import { ReadStatusPanel } from './pages/GuidelinesReadStatus/ReadStatusPanel';
import { recordPermissions } from './rbac/record-permissions';
import { addListCells, translateFilters } from './components/list/list-view-hooks';
import { IntegerInput } from './components/forms/IntegerInput';
import { hintsInLanguage } from './components/edit-view-hints';
import { loadAdminViews } from './services/admin-views';
import { PLUGIN_ID } from './pluginId';
import { prefixPluginTranslations } from './utils/getTranslation';
import { NotificationsMenuIcon } from './notifications/NotificationsMenuIcon';
import { TodosMenuIcon } from './todos/TodosMenuIcon';
import { homeWidgets } from './widgets';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];

/** The field labels the schemas declare, in the admin language of `locale` (none when the server did not answer). */
const fieldLabels = async (locale: string) => (await loadAdminViews())?.labels[locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'] ?? {};

export default {
  register(app: StrapiApp) {
    loadAdminViews();
    // Years, versions and ranks as digits in the content manager's forms (components/forms/plain-integers.ts).
    app.addFields({ type: 'integer', Component: IntegerInput });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    app.addRBACMiddleware(recordPermissions);
    // 我的待办 and 通知 carry their counts on every page.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/todos`,
      icon: TodosMenuIcon,
      intlLabel: { id: `${PLUGIN_ID}.todos.title`, defaultMessage: 'My to-dos' },
      permissions: [],
      Component: () => import('./pages/Todos'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/notifications`,
      icon: NotificationsMenuIcon,
      intlLabel: { id: `${PLUGIN_ID}.notifications.title`, defaultMessage: 'Notifications' },
      permissions: [],
      Component: () => import('./pages/Notifications'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/catalogue`,
      icon: FileXls,
      intlLabel: { id: `${PLUGIN_ID}.catalogue.title`, defaultMessage: 'Catalogue import/export' },
      permissions: [],
      Component: () => import('./pages/CatalogueSpreadsheets'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/matching`,
      icon: ManyWays,
      intlLabel: { id: `${PLUGIN_ID}.matching.title`, defaultMessage: 'Matching' },
      permissions: [],
      Component: () => import('./pages/MatchingWorkbench'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/supervision`,
      icon: PresentationChart,
      intlLabel: { id: `${PLUGIN_ID}.board.title`, defaultMessage: 'Supervision board' },
      permissions: [],
      Component: () => import('./pages/SupervisionBoard'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/plans`,
      icon: ChartBubble,
      intlLabel: { id: `${PLUGIN_ID}.plans.title`, defaultMessage: 'Annual plans' },
      permissions: [],
      Component: () => import('./pages/PlanTree'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/achievement`,
      icon: TrendUp,
      intlLabel: { id: `${PLUGIN_ID}.achievement.title`, defaultMessage: 'Indicator achievement' },
      permissions: [],
      Component: () => import('./pages/Achievement'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/values`,
      icon: GridFour,
      intlLabel: { id: `${PLUGIN_ID}.grid.title`, defaultMessage: 'Value entry' },
      permissions: [],
      Component: () => import('./pages/ValueGrid'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/cockpit`,
      icon: ChartPie,
      intlLabel: { id: `${PLUGIN_ID}.cockpit.title`, defaultMessage: 'Cockpit' },
      permissions: [],
      Component: () => import('./pages/Cockpit'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/guidelines`,
      icon: Book,
      intlLabel: { id: `${PLUGIN_ID}.guidelines.title`, defaultMessage: 'Guideline reading' },
      permissions: [],
      Component: () => import('./pages/GuidelinesReadStatus'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/letters`,
      icon: ClockCounterClockwise,
      intlLabel: { id: `${PLUGIN_ID}.letters.title`, defaultMessage: 'Letter versions' },
      permissions: [],
      Component: () => import('./pages/LetterVersions'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/quarterly-reports`,
      icon: Files,
      intlLabel: { id: `${PLUGIN_ID}.reports.title`, defaultMessage: 'Quarterly reports' },
      permissions: [],
      Component: () => import('./pages/QuarterlyReports'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/assessment`,
      icon: NumberList,
      intlLabel: { id: `${PLUGIN_ID}.assessment.title`, defaultMessage: 'Assessment scoring' },
      permissions: [],
      Component: () => import('./pages/AssessmentScoring'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/assessment-schemes`,
      icon: Pencil,
      intlLabel: { id: `${PLUGIN_ID}.assessment.editor.title`, defaultMessage: 'Assessment schemes' },
      permissions: [],
      Component: () => import('./pages/SchemeEditor'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/analysis-reports`,
      icon: FilePdf,
      intlLabel: { id: `${PLUGIN_ID}.analysis.title`, defaultMessage: 'Analysis reports' },
      permissions: [],
      Component: () => import('./pages/AnalysisReports'),
    });
    app.widgets.register(homeWidgets);
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin' | 'registerHook'>) {
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([ReadOnlyPanel, WorkflowPanel, ResolutionsPanel, ReadStatusPanel, LetterVersionsPanel]);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addListCells);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', translateFilters);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', hintsInLanguage);
  },

  /**
   * The plugin's own messages, plus every content type's field labels under the ids the content
   * manager looks them up by (declared in the schemas, served by GET /synergy/admin-views), so
   * lists, filters and forms name fields in the admin's language.
   */
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          const { default: home } = await import(`./translations/home/${locale}.json`);
          const { default: todos } = await import(`./translations/todos/${locale}.json`);
          const { default: guidelines } = await import(`./translations/guidelines/${locale}.json`);
          const { default: letters } = await import(`./translations/letters/${locale}.json`);
          const { default: cockpit } = await import(`./translations/cockpit/${locale}.json`);
          const { default: reports } = await import(`./translations/reports/${locale}.json`);
          const { default: assessment } = await import(`./translations/assessment/${locale}.json`);
          const { default: analysis } = await import(`./translations/analysis/${locale}.json`);
          return {
            data: {
              ...(await fieldLabels(locale)),
              ...prefixPluginTranslations({
                ...data,
                ...home,
                ...todos,
                ...guidelines,
                ...letters,
                ...reports,
                ...cockpit,
                ...assessment,
                ...analysis,
              }),
            },
            locale,
          };
        } catch {
          return { data: await fieldLabels(locale), locale };
        }
      })
    );
  },
};
