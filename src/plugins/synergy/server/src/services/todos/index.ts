/**
 * The to-do inbox service: the registry of sources modules declare, the inbox of a caller (page
 * and count from one query), delegation, and which scope a caller takes a transition with (its
 * own, or a colleague's whose to-dos it holds today).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { TodoCaller, TodoContext, TodoItem, TodoLanguage, TodoListResponse, TodoSource } from '../../../../shared/contracts/todos';
import type { AllowedAction } from '../../../../shared/contracts';
import type { Scope } from '../scope';
import { getService } from '../../utils/get-service';
import { orgUnitUid } from '../../utils/uids';
import { sourceProblems, waitingWho, type RegisteredSource } from './registry';
import { createInboxQuery, type Identity, type InboxFilters } from './inbox-query';
import { createItems } from './items';
import { actingName, createDelegations } from './delegations';
import { parseTodoQuery, type TodoQuery } from './list-query';
import { dayNumber } from './sql';

export const callerOfScope = (scope: Scope): TodoCaller => ({
  role: scope.role,
  unitId: scope.unit?.id ?? null,
  unitPath: scope.unit?.path ?? null,
  unitName: scope.unit?.name ?? null,
  userId: scope.actor.kind === 'user' ? scope.actor.id : null,
});

const createTodosService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = new Map<string, RegisteredSource>();
  const inboxQuery = createInboxQuery(strapi);
  const items = createItems(strapi);
  const delegations = createDelegations(strapi);

  const contextFor = (scope: Scope, now: Date): TodoContext => {
    const calendarService = getService(strapi, 'calendar');
    const today = calendarService.today(now);
    const calendar = calendarService.calendar();
    return {
      caller: callerOfScope(scope),
      today,
      todayOrdinal: calendar.ordinal(today),
      todayDay: dayNumber(today),
      calendar,
      dialect: strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite',
    };
  };

  /**
   * Whom the caller's inbox is computed for today: itself and the colleagues whose to-dos it
   * holds; nobody while it has handed its own away.
   */
  const identitiesOf = async (scope: Scope, now: Date) => {
    const { away, holding } = await delegations.runningFor(scope, now);
    if (away)
      return { identities: [] as Identity[], delegatedTo: { name: away.delegateName, delegation: away.documentId, endsOn: away.endsOn } };
    const identities: Identity[] = [{ scope, context: contextFor(scope, now), via: 0, delegation: null }];
    for (const delegation of holding) {
      const theirs = await delegations.delegatorScope(delegation, scope.unit!.id);
      if (!theirs) continue;
      identities.push({
        scope: theirs,
        context: contextFor(theirs, now),
        via: identities.length,
        delegation: { documentId: delegation.documentId, delegatorName: delegation.delegatorName },
      });
    }
    return { identities, delegatedTo: null };
  };

  const filtersOf = (query: TodoQuery): InboxFilters => ({
    kinds: query.kinds,
    dueBy: query.dueBefore ? dayNumber(query.dueBefore) : null,
    overdue: query.overdue,
  });

  const registered = () => [...sources.values()];

  /** The scopes a caller acts with: its own first, then those of the colleagues whose to-dos it holds (named for both in the history). */
  const actingScopes = async (scope: Scope): Promise<Scope[]> => {
    const { holding } = await delegations.runningFor(scope);
    if (holding.length === 0 || !scope.unit) return [scope];
    const scopes = [scope];
    for (const delegation of holding) {
      const theirs = await delegations.delegatorScope(delegation, scope.unit.id);
      if (theirs)
        scopes.push({
          ...theirs,
          door: scope.door,
          actor: { ...theirs.actor, name: actingName(scope.actor.name, delegation.delegatorName) },
        });
    }
    return scopes;
  };

  return {
    /** Adds sources (in register, after the workflows): a source naming what the schemas or workflows lack stops the boot. */
    register(...added: TodoSource[]) {
      const workflow = getService(strapi, 'workflow');
      for (const source of added) {
        const problems = sourceProblems(
          source,
          (uid) => strapi.getModel(uid as any)?.attributes as any,
          (uid) => workflow.get(uid),
          orgUnitUid(strapi)
        );
        if (sources.has(source.id)) problems.push('registered twice');
        if (problems.length > 0) throw new Error(`To-do source "${source.id}" is unsound: ${problems.join('; ')}`);
        const def = workflow.get(source.uid) ?? null;
        sources.set(source.id, { source, workflow: def, who: def ? waitingWho(source, def) : null });
      }
    },

    sources: (): TodoSource[] => registered().map((r) => r.source),

    parseQuery: parseTodoQuery,

    /** One page of the caller's inbox, with the total of the same query. */
    async list(
      scope: Scope,
      query: TodoQuery,
      language: TodoLanguage,
      now = new Date()
    ): Promise<{ data: TodoItem[]; meta: TodoListResponse['meta'] }> {
      const { identities, delegatedTo } = await identitiesOf(scope, now);
      const context = contextFor(scope, now);
      const filters = filtersOf(query);
      const offset = (query.page - 1) * query.pageSize;
      const { rows, total } = identities.length
        ? await inboxQuery.page(registered(), identities, filters, context.todayDay, { offset, limit: query.pageSize })
        : { rows: [], total: 0 };
      const data = await items.describe(rows, sources, identities, language, scope.door, context.todayDay);
      return {
        data,
        meta: {
          pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
          today: context.today,
          delegatedTo,
        },
      };
    },

    /** How many items the caller's inbox holds: the `total` of the same query (the menu badge, the home widget). */
    async count(scope: Scope, query: TodoQuery, now = new Date()) {
      const { identities, delegatedTo } = await identitiesOf(scope, now);
      const context = contextFor(scope, now);
      const count = identities.length ? await inboxQuery.count(registered(), identities, filtersOf(query), context.todayDay) : 0;
      return { count, today: context.today, delegatedTo };
    },

    delegations,
    actingScopes,

    /** The actions the caller may take on a record now, as itself or for a colleague whose to-dos it holds. */
    async allowedActions(uid: string, documentId: string, scope: Scope): Promise<{ status: string; actions: AllowedAction[] }> {
      const workflow = getService(strapi, 'workflow');
      const [own, ...delegated] = await actingScopes(scope);
      const mine = await workflow.allowedActions(uid, documentId, own);
      const actions = [...mine.actions];
      for (const theirs of delegated) {
        const offered = await workflow.allowedActions(uid, documentId, theirs).catch((error: unknown) => {
          if (error instanceof errors.NotFoundError) return { actions: [] as AllowedAction[] };
          throw error;
        });
        for (const action of offered.actions) if (!actions.some((a) => a.action === action.action)) actions.push(action);
      }
      return { status: mine.status, actions };
    },

    /**
     * The scope to take `action` with: the caller's own when it may (or when no delegation
     * helps, so the engine answers its usual 403/409), else that of the colleague it stands in for.
     */
    async scopeFor(uid: string, documentId: string, action: string, scope: Scope): Promise<Scope> {
      const scopes = await actingScopes(scope);
      if (scopes.length === 1) return scope;
      const workflow = getService(strapi, 'workflow');
      for (const candidate of scopes) {
        const offered = await workflow.allowedActions(uid, documentId, candidate).catch(() => ({ actions: [] as AllowedAction[] }));
        if (offered.actions.some((a) => a.action === action)) return candidate;
      }
      return scope;
    },
  };
};

export default createTodosService;
