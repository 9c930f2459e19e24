/**
 * The matching workbench of the admin UI (admin session): the open demands the caller may match,
 * one demand's ranked candidates, and HQ's bulk runs. The demand API's controllers do the work,
 * so both doors keep the same rules (read scope, reporters their own unit, HQ-only bulk).
 */
import type { Core } from '@strapi/strapi';

const DEMAND_CONTROLLER = 'api::synergy-demand.synergy-demand';
const RUN_CONTROLLER = 'api::match-run.match-run';

const matchingWorkbench = ({ strapi }: { strapi: Core.Strapi }) => {
  const demands = () => strapi.controller(DEMAND_CONTROLLER as any) as any;
  const runs = () => strapi.controller(RUN_CONTROLLER as any) as any;

  return {
    demands: (ctx: any) => demands().matchable(ctx),
    matches: (ctx: any) => demands().matches(ctx),
    startRun: (ctx: any) => runs().start(ctx),
    findRun: (ctx: any) => runs().find(ctx),
  };
};

export default matchingWorkbench;
