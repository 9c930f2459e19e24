/** The to-do inbox's routes, the same on both doors: /api/todos/… and /synergy/todos/…. */
export const TODO_ROUTES = [
  { method: 'GET', path: '/todos', handler: 'todos.find' },
  { method: 'GET', path: '/todos/count', handler: 'todos.count' },
  { method: 'GET', path: '/todos/delegations', handler: 'todos.delegations' },
  { method: 'POST', path: '/todos/delegations', handler: 'todos.delegate' },
  { method: 'POST', path: '/todos/delegations/:documentId/end', handler: 'todos.endDelegation' },
  { method: 'GET', path: '/todos/colleagues', handler: 'todos.colleagues' },
];

/** Content-API actions of these routes: every member may use its own inbox. */
export const TODO_GRANTS = ['find', 'count', 'delegations', 'delegate', 'endDelegation', 'colleagues'].map((name) => ({
  action: `plugin::synergy.todos.${name}`,
  roles: ['hq', 'segment', 'reporter', 'employee'] as Array<'hq' | 'segment' | 'reporter' | 'employee'>,
}));
