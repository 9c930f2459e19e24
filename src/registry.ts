/**
 * What notifications declare to the synergy plugin, until they have a module manifest like the
 * other modules (src/modules/).
 */
import type { AdminReadOnlyType } from './plugins/synergy/public';
import { NOTIFICATION_UID } from './kernel/uids';

/** Types the admin UI shows read-only to some admin roles and to nobody else (a person's notifications: HQ). */
export const adminReadOnlyTypes: AdminReadOnlyType[] = [{ uid: NOTIFICATION_UID, roles: ['hq'] }];
