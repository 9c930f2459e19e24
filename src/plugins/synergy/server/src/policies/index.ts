import relationOptions from './relation-options';
import bodyShape from './body-shape';

export default {
  'relation-options': relationOptions,
  'body-shape': bodyShape,
};
