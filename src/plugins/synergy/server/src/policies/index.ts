import relationOptions from './relation-options';

export default {
  'relation-options': relationOptions,
};
