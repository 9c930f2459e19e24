/**
 * The signed-in admin's to-do count, shared by the 我的待办 menu badge on every page, the home
 * widget and the inbox page (utils/polled-count.ts). It is the inbox's own count
 * (GET /synergy/todos/count), so it always equals the list's length.
 */
import type { TodoCountResponse } from '../../../shared/contracts/todos';
import { PLUGIN_ID } from '../pluginId';
import { polledCount } from '../utils/polled-count';

const todos = polledCount(`/${PLUGIN_ID}/todos/count`, (body: TodoCountResponse) => body.data.count);

export const refreshTodoCount = todos.refresh;
export const setTodoCount = todos.set;
export const useTodoCount = todos.use;
