/**
 * The module manifests (src/modules/<name>/index.ts) as src/index.ts hands them to the plugin:
 * every content type of the app belongs to exactly one module, and the Document Service rules
 * run in the order they always did.
 */
import fs from 'fs';
import path from 'path';
import { modules } from '../../src/index';
import { manifestProblems } from '../../src/plugins/synergy/server/src/services/modules';
import type { ModuleManifest } from '../../src/plugins/synergy/public';

/** The api:: UIDs of the schemas under src/api/<api>/content-types/<type>/schema.json. */
const apiTypesOnDisk = (): string[] => {
  const apiDir = path.resolve(__dirname, '../../src/api');
  return fs
    .readdirSync(apiDir, { withFileTypes: true })
    .filter((api) => api.isDirectory() && fs.existsSync(path.join(apiDir, api.name, 'content-types')))
    .flatMap((api) =>
      fs
        .readdirSync(path.join(apiDir, api.name, 'content-types'))
        .filter((type) => fs.existsSync(path.join(apiDir, api.name, 'content-types', type, 'schema.json')))
        .map((type) => `api::${api.name}.${type}`)
    )
    .sort();
};

const manifest = (name: string, contentTypes: string[]): ModuleManifest => ({ name, contentTypes });

describe('module manifests', () => {
  it('are refused when a type is unknown, named twice or by nobody, or a module is listed twice', () => {
    const types = ['api::a.a', 'api::b.b', 'api::c.c'];
    expect(manifestProblems([manifest('one', ['api::a.a', 'api::b.b']), manifest('two', ['api::c.c'])], types)).toEqual([]);
    expect(
      manifestProblems([manifest('one', ['api::a.a', 'api::x.x']), manifest('two', ['api::a.a', 'api::c.c']), manifest('two', [])], types)
    ).toEqual([
      'module "one" names api::x.x, which is not a content type of the app',
      'api::a.a is named by modules "one" and "two"',
      'module "two" is listed twice',
      'api::b.b belongs to no module',
    ]);
  });

  it('name every content type of the app, each in one module', () => {
    expect(modules.map((m) => m.name)).toEqual([
      'organisation',
      'marketplace',
      'catalogue',
      'matching',
      'deals',
      'supervision',
      'meetings',
      'notifications',
      'targets',
      'guidelines',
      'assessment',
      'intranet',
      'cockpit',
      'reports',
      'analysis',
      'home',
    ]);
    expect(manifestProblems(modules, apiTypesOnDisk())).toEqual([]);
  });

  it('register the Document Service rules in the order they run: marketplace first, notifications last', () => {
    expect(modules.flatMap((m) => m.documentMiddlewares ?? []).map((factory) => factory.name)).toEqual([
      'demandRules',
      'resourceRules',
      'exemptionRules',
      'tenderRules',
      'publishedArticles',
      'catalogueEditionRules',
      'catalogueEntryRules',
      'mustEntryOnEdit',
      'projectGuard',
      'benefitGuard',
      'disputeGuard',
      'internalSupplierGuard',
      'supplierClassChangeGuard',
      'supplierEvaluationGuard',
      'taskRules',
      'taskAssignmentNotice',
      'progressReportRules',
      'deductionGuard',
      'meetingRules',
      'notificationRules',
      'indicatorRules',
      'valueRules',
      'correctionRules',
      'annualPlanRules',
      'planTargetRules',
      'letterRules',
      'itemHeadings',
      'versionGuard',
      'guidelineRules',
      'receiptGuard',
      'schemeRules',
      'sheetGuard',
      'bulletinRules',
      'quarterlyReportRules',
      'analysisTemplateRules',
      'analysisReportRules',
    ]);
  });

  it('declare each job once, under its module', () => {
    const jobs = modules.flatMap((m) => (m.jobs ?? []).map((job) => `${m.name}/${job.name}`));
    expect(jobs).toEqual([
      'catalogue/catalogue-renewal-reminder',
      'deals/dispute-escalation',
      'supervision/task-lights',
      'supervision/task-reminders',
      'supervision/task-escalation',
      'notifications/mail-outbox',
      'reports/quarterly-report-reminder',
    ]);
  });
});
