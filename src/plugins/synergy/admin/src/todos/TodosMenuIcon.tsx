/** The 我的待办 menu link's icon: a check list with the to-do count on it, on every admin page. */
import { BulletList } from '@strapi/icons';
import { countedMenuIcon } from '../components/CountedMenuIcon';
import { useTodoCount } from './todo-count';

export const TodosMenuIcon = countedMenuIcon(BulletList as any, useTodoCount, 'todos.count', '{count} to-dos');
