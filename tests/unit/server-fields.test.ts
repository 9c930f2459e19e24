/** Fields the server keeps (`writable: false`) are dropped from a request's write, inside components too (middlewares/server-fields). */
import { withoutServerFields } from '../../src/plugins/synergy/server/src/middlewares/server-fields';

const TYPES: Record<string, Record<string, any>> = {
  'api::meeting.meeting': {
    title: { type: 'string' },
    minutesPublishedAt: { type: 'datetime', writable: false },
    resolutions: { type: 'component', repeatable: true, component: 'meeting.resolution' },
    lead: { type: 'component', component: 'meeting.resolution' },
    blocks: { type: 'dynamiczone', components: ['meeting.resolution'] },
  },
  'meeting.resolution': { title: { type: 'string' }, taskDocumentId: { type: 'string', writable: false } },
};

describe('fields the server keeps', () => {
  it('are dropped at every depth, the rest kept as sent', () => {
    // Given a write naming server-kept fields on the record, in components and in a dynamic zone
    const data = {
      title: '会',
      minutesPublishedAt: '2026-01-01T00:00:00.000Z',
      resolutions: [{ id: 4, title: '决议', taskDocumentId: 'abc' }, null],
      lead: { title: '牵头', taskDocumentId: 'abc' },
      blocks: [{ __component: 'meeting.resolution', title: 'b', taskDocumentId: 'abc' }],
    };

    // When the server's fields are taken out
    const kept = withoutServerFields('api::meeting.meeting', data, (uid) => TYPES[uid]);

    // Then only they are gone
    expect(kept).toEqual({
      title: '会',
      resolutions: [{ id: 4, title: '决议' }, null],
      lead: { title: '牵头' },
      blocks: [{ __component: 'meeting.resolution', title: 'b' }],
    });
    expect(data.minutesPublishedAt).toBeDefined();
  });
});
