import relationOptions from './relation-options';
import bodyShape from './body-shape';
import readsEverything from './reads-everything';

export default {
  'relation-options': relationOptions,
  'body-shape': bodyShape,
  'reads-everything': readsEverything,
};
