/**
 * The intranet: what group members and anonymous intranet pages read — published news, the
 * current catalogue with Chinese search, guidelines in force, the public figures, published assessment bulletins — served from the
 * plugin's public cache (src/api/intranet), and an example page (public/intranet/index.html).
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';

const READS = ['news', 'article', 'catalogue', 'guidelines', 'figures', 'bulletins', 'bulletin'];

const intranet: ModuleManifest = {
  name: 'intranet',
  contentTypes: [],
  grants: READS.map((handler) => ({ action: `api::intranet.intranet.${handler}`, roles: ['public', ...MEMBER_ROLES] })),
};

export default intranet;
