/** Organisation: the group's unit tree (the plugin keeps its paths and memberships), and the people in it. */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { ORG_UNIT_UID, USER_UID } from '../../kernel/uids';

const organisation: ModuleManifest = {
  name: 'organisation',
  contentTypes: [ORG_UNIT_UID],
  // People are picked by name in forms (a task's or a resolution's person in charge, a meeting's
  // participants): every admin role reads intranet users' login and real names, nothing more.
  adminReadOnlyTypes: [{ uid: USER_UID, roles: ['hq', 'segment', 'reporter'], fields: ['username', 'fullName'] }],
};

export default organisation;
