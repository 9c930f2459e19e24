/**
 * Strapi rebuilds an admin caller's ability on every request: it reads the roles' permissions,
 * runs every permission through the engine's hooks and every condition's handler (ours read the
 * caller's unit scope). That is about half the CPU of an admin request the body fuzzer sends
 * (tests/api/body-fuzzer.test.ts), and none of it depends on the body.
 *
 * `reuseAdminAbilities` keeps the ability built for a user until `forget()`; the fuzzer calls
 * `forget()` whenever its write log (./write-log.ts) shows any row written. The ability is a
 * function of the user and the database, so while nothing is written the one kept is the one
 * Strapi would build again.
 */
import type { Core } from '@strapi/strapi';

export const reuseAdminAbilities = (strapi: Core.Strapi) => {
  const engine = strapi.service('admin::permission').engine as { generateUserAbility: (user: any) => Promise<unknown> };
  const build = engine.generateUserAbility;
  const kept = new Map<string, Promise<unknown>>();
  engine.generateUserAbility = (user: { id: number; roles?: Array<{ id: number }> }) => {
    const key = `${user.id}:${(user.roles ?? []).map((role) => role.id).join(',')}`;
    if (!kept.has(key)) {
      const ability = build.call(engine, user);
      kept.set(key, ability);
      ability.catch(() => kept.delete(key));
    }
    return kept.get(key)!;
  };
  return {
    forget: () => kept.clear(),
    restore: () => {
      engine.generateUserAbility = build;
    },
  };
};
