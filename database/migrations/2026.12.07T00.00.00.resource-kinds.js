'use strict';
/**
 * Resource kinds follow seed 001 (3.2.1 ④): tangible resources, physical or financial; intangible
 * resources; human resources (issue 14, item 6). Financial resources (归集资金, 应收账款, 有价证券)
 * had no fitting kind before. Rows written with the earlier kinds are moved to the kind seed 001
 * files them under. Idempotent: only the earlier values are rewritten.
 */
const KIND_OF_EARLIER = {
  'idle-asset': 'tangible-physical',
  capacity: 'tangible-physical',
  finance: 'tangible-financial',
  'customer-channel': 'intangible',
  technology: 'intangible',
  people: 'human',
};

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('synergy_resources'))) return;
    if (!(await knex.schema.hasColumn('synergy_resources', 'resource_type'))) return;
    for (const [earlier, kind] of Object.entries(KIND_OF_EARLIER)) {
      await knex('synergy_resources').where({ resource_type: earlier }).update({ resource_type: kind });
    }
  },
};
