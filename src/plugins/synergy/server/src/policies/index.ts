import relationOptions from './relation-options';
import bodyShape from './body-shape';
import readsEverything from './reads-everything';
import draftAndPublish from './draft-and-publish';

export default {
  'relation-options': relationOptions,
  'body-shape': bodyShape,
  'reads-everything': readsEverything,
  'draft-and-publish': draftAndPublish,
};
