import relationOptions from './relation-options';
import bodyShape from './body-shape';
import readsEverything from './reads-everything';
import draftAndPublish from './draft-and-publish';
import adminRole from './admin-role';

export default {
  'relation-options': relationOptions,
  'body-shape': bodyShape,
  'reads-everything': readsEverything,
  'draft-and-publish': draftAndPublish,
  'admin-role': adminRole,
};
