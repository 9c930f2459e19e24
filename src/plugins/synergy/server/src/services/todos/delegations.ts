/**
 * Delegation: a person hands their to-dos to a colleague of the same unit for a date range. The
 * one stored thing of the inbox (`plugin::synergy.todo-delegation`, owned by the unit, so the unit
 * scope applies to reading it). While it runs, the delegator's inbox is empty and the delegate's
 * holds the delegator's items too — those already waiting included, since items are derived, not
 * copied — and the delegate acts on them as the delegator; the history names both
 * ("李四（代 张三）"), and the delegation keeps both names.
 *
 * No chains: a person away may not hold someone else's to-dos, nor hand them on, in the same days.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TODO_DELEGATION_UID, type TodoColleague, type TodoDelegationView } from '../../../../shared/contracts/todos';
import type { MemberRole } from '../../../../shared/contracts';
import type { Scope } from '../scope';
import { getService } from '../../utils/get-service';
import { ConflictError, bilingual } from '../../utils/errors';
import { MEMBERSHIP_UID } from '../../utils/uids';
import { PERSON_FIELDS, personName } from '../../utils/person';
import { intranetUserOfAdmin } from '../notifier/people';
import { parseDelegationBody, type DelegationInput } from './delegation-body';

export type PersonKind = 'user' | 'admin';
export interface Person {
  kind: PersonKind;
  id: number;
}

/** The person behind a scope (an intranet user or an admin user), or null (the system, a token, anonymous). */
export const personOf = (scope: Scope): Person | null =>
  (scope.actor.kind === 'user' || scope.actor.kind === 'admin') && scope.actor.id !== null
    ? { kind: scope.actor.kind, id: scope.actor.id }
    : null;

/**
 * The person behind a scope, one per human: an admin user whose membership also names an
 * intranet user is that intranet user — one person with two sign-ins, as notifications count
 * them — so a delegation given or held through one door holds on the other too.
 */
export const personIn = async (strapi: Core.Strapi, scope: Scope): Promise<Person | null> => {
  const person = personOf(scope);
  if (person?.kind !== 'admin') return person;
  const userId = await intranetUserOfAdmin(strapi, person.id);
  return userId === null ? person : { kind: 'user', id: userId };
};

const adminName = (admin: { firstname?: string | null; lastname?: string | null; email?: string | null }) =>
  [admin.firstname, admin.lastname].filter(Boolean).join(' ') || admin.email || '';

/** The name the history gives a delegate acting for a delegator. */
export const actingName = (delegate: string, delegator: string) => `${delegate}（代 ${delegator}）`;

const asServer = <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

export interface ActiveDelegation {
  documentId: string;
  delegator: Person;
  delegatorName: string;
  delegate: Person;
  delegateName: string;
  endsOn: string;
}

export const createDelegations = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(TODO_DELEGATION_UID as any);
  const today = () => getService(strapi, 'calendar').today();

  const as = (role: 'delegator' | 'delegate', person: Person) => ({ [`${role}Kind`]: person.kind, [`${role}Id`]: person.id });
  const running = (from: string, to: string) => ({ endedAt: { $null: true }, startsOn: { $lte: to }, endsOn: { $gte: from } });

  const toActive = (row: any): ActiveDelegation => ({
    documentId: row.documentId,
    delegator: { kind: row.delegatorKind, id: row.delegatorId },
    delegatorName: row.delegatorName ?? '',
    delegate: { kind: row.delegateKind, id: row.delegateId },
    delegateName: row.delegateName ?? '',
    endsOn: String(row.endsOn).slice(0, 10),
  });

  const view = (row: any, me: Person | null, on: string): TodoDelegationView => {
    const isMe = (kind: string, id: number) => !!me && me.kind === kind && me.id === id;
    const startsOn = String(row.startsOn).slice(0, 10);
    const endsOn = String(row.endsOn).slice(0, 10);
    return {
      documentId: row.documentId,
      delegator: { name: row.delegatorName ?? '', me: isMe(row.delegatorKind, row.delegatorId) },
      delegate: { name: row.delegateName ?? '', me: isMe(row.delegateKind, row.delegateId) },
      startsOn,
      endsOn,
      note: row.note ?? null,
      endedAt: row.endedAt ? new Date(row.endedAt).toISOString() : null,
      active: !row.endedAt && startsOn <= on && on <= endsOn,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  };

  const requireMember = async (scope: Scope) => {
    const me = await personIn(strapi, scope);
    if (!me || !scope.unit)
      throw new errors.PolicyError('Sign in as a member of the group to delegate your to-dos (请以集团成员身份登录后再委托待办)');
    return { me, unit: scope.unit };
  };

  /** The membership `delegate` names, as a person of the caller's unit; 400 when it is not a colleague. */
  const colleague = async (documentId: string, unitId: number, me: Person) => {
    const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({
      where: { documentId },
      populate: {
        unit: { select: ['id'] },
        user: { select: PERSON_FIELDS },
        adminUser: { select: ['id', 'firstname', 'lastname', 'email'] },
      },
    });
    if (!membership || (!membership.user && !membership.adminUser)) {
      throw new errors.ValidationError('delegate: no such colleague (被委托人不存在)');
    }
    if (membership.unit?.id !== unitId) {
      throw new errors.ValidationError('You may only hand your to-dos to a colleague of your own unit (只能委托给本单位的同事)');
    }
    const person: Person = membership.user ? { kind: 'user', id: membership.user.id } : { kind: 'admin', id: membership.adminUser.id };
    if (person.kind === me.kind && person.id === me.id)
      throw new errors.ValidationError('You cannot delegate to yourself (不能委托给自己)');
    const name = membership.user ? personName(membership.user)! : adminName(membership.adminUser);
    return { person, name };
  };

  const nameOf = async (scope: Scope, me: Person): Promise<string> => {
    if (me.kind === 'user') {
      return (
        personName(await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: me.id }, select: PERSON_FIELDS })) ??
        scope.actor.name
      );
    }
    return scope.actor.name;
  };

  const conflict = (message: string) => new errors.ValidationError(message);

  /** A delegation of `input` must not overlap another of the same people: no one away twice, no chains. */
  const checkOverlaps = async (unitId: number, me: Person, delegate: Person, input: DelegationInput) => {
    const within = { ownerUnit: { id: unitId }, ...running(input.startsOn, input.endsOn) };
    const found = (where: object) =>
      query().findOne({ where: { ...within, ...where }, select: ['id', 'delegateName', 'delegatorName', 'startsOn', 'endsOn'] });
    const mine = await found(as('delegator', me));
    if (mine)
      throw conflict(
        `You already hand your to-dos to ${mine.delegateName} from ${mine.startsOn} to ${mine.endsOn} (该期间您已委托给${mine.delegateName})`
      );
    const away = await found(as('delegator', delegate));
    if (away) throw conflict(`The colleague hands their own to-dos to ${away.delegateName} in these days (该同事在此期间已委托他人办理)`);
    const holding = await found(as('delegate', me));
    if (holding)
      throw conflict(
        `You hold ${holding.delegatorName}'s to-dos in these days; end that first (该期间您正代${holding.delegatorName}办理，不能再委托)`
      );
  };

  return {
    /** The delegations running today that concern `me`: the one handing my to-dos away, and those I hold. */
    async runningFor(scope: Scope, now = new Date()): Promise<{ away: ActiveDelegation | null; holding: ActiveDelegation[] }> {
      const me = await personIn(strapi, scope);
      if (!me || !scope.unit) return { away: null, holding: [] };
      const on = getService(strapi, 'calendar').today(now);
      const rows = await query().findMany({
        where: { ownerUnit: { id: scope.unit.id }, ...running(on, on), $or: [as('delegator', me), as('delegate', me)] },
        orderBy: [{ startsOn: 'asc' }, { id: 'asc' }],
      });
      const active = rows.map(toActive);
      return {
        away: active.find((d: ActiveDelegation) => d.delegator.kind === me.kind && d.delegator.id === me.id) ?? null,
        holding: active.filter((d: ActiveDelegation) => d.delegate.kind === me.kind && d.delegate.id === me.id),
      };
    },

    /** The delegator's scope, when it still is a member of the delegation's unit (a person who moved takes nothing along). */
    async delegatorScope(delegation: ActiveDelegation, unitId: number): Promise<Scope | null> {
      const scopes = getService(strapi, 'scope');
      const scope =
        delegation.delegator.kind === 'user'
          ? await scopes.forUser(delegation.delegator.id).catch(() => null)
          : await scopes.forAdmin(delegation.delegator.id);
      return scope && scope.unit?.id === unitId ? scope : null;
    },

    async create(scope: Scope, body: unknown): Promise<TodoDelegationView> {
      const { me, unit } = await requireMember(scope);
      const input = parseDelegationBody(body, today());
      const delegate = await colleague(input.delegate, unit.id, me);
      await checkOverlaps(unit.id, me, delegate.person, input);
      const delegatorName = await nameOf(scope, me);
      const created = await asServer(strapi, () =>
        strapi.documents(TODO_DELEGATION_UID as any).create({
          data: {
            ...as('delegator', me),
            delegatorName,
            ...as('delegate', delegate.person),
            delegateName: delegate.name,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            note: input.note,
            ownerUnit: unit.id,
          } as any,
        })
      );
      return view(created, me, today());
    },

    /** Ends a delegation early (its delegator, or HQ); the record stays, with who ended it and when. */
    async end(scope: Scope, documentId: string): Promise<TodoDelegationView> {
      const me = await personIn(strapi, scope);
      const readable = getService(strapi, 'scope').readFilter(scope, TODO_DELEGATION_UID);
      const row = await query().findOne({ where: readable ? { $and: [{ documentId }, readable] } : { documentId } });
      if (!row) throw new errors.NotFoundError('Delegation not found (委托不存在或无权查看)');
      const isDelegator = !!me && row.delegatorKind === me.kind && row.delegatorId === me.id;
      if (!isDelegator && scope.role !== 'hq')
        throw new errors.PolicyError('Only the person who delegated may end it (只有委托人可以结束委托)');
      const on = today();
      if (row.endedAt || String(row.endsOn).slice(0, 10) < on) {
        throw new ConflictError(bilingual('This delegation is already over', '该委托已结束'), {
          code: 'delegation-over',
          facts: { status: 'ended', allowed: [] },
        });
      }
      const updated = await asServer(strapi, () =>
        strapi.documents(TODO_DELEGATION_UID as any).update({
          documentId,
          data: { endedAt: new Date(), endedByName: me ? scope.actor.name : 'system' } as any,
        })
      );
      return view(updated, me, on);
    },

    /** The delegations the caller gave or holds, newest first. */
    async mine(scope: Scope): Promise<TodoDelegationView[]> {
      const me = await personIn(strapi, scope);
      if (!me) return [];
      const rows = await query().findMany({
        where: { $or: [as('delegator', me), as('delegate', me)] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 100,
      });
      const on = today();
      return rows.map((row: any) => view(row, me, on));
    },

    /** The members of the caller's unit it may hand its to-dos to. */
    async colleagues(scope: Scope): Promise<TodoColleague[]> {
      const { me, unit } = await requireMember(scope);
      const signedIn = personOf(scope);
      const rows = await strapi.db.query(MEMBERSHIP_UID).findMany({
        where: { unit: { id: unit.id } },
        populate: {
          user: { select: [...PERSON_FIELDS, 'blocked'] },
          adminUser: { select: ['id', 'firstname', 'lastname', 'email', 'isActive'] },
        },
        orderBy: { id: 'asc' },
      });
      return rows
        .filter((m: any) => (m.user && !m.user.blocked) || (m.adminUser && m.adminUser.isActive !== false))
        .filter(
          (m: any) =>
            !(m.user && me.kind === 'user' && m.user.id === me.id) &&
            !(m.adminUser && me.kind === 'admin' && m.adminUser.id === me.id) &&
            !(m.adminUser && signedIn?.kind === 'admin' && m.adminUser.id === signedIn.id)
        )
        .map((m: any) => ({
          id: m.documentId,
          name: m.user ? personName(m.user)! : adminName(m.adminUser),
          role: m.role as MemberRole,
          door: m.user ? 'intranet' : 'admin',
        }));
    },
  };
};
