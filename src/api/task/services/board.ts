/**
 * The supervision board for the admin UI's plugin routes (/synergy/supervision/...): the board's
 * data, and urging (催办) from the board — the same urging service as the content API, with the
 * caller's scope.
 */
import type { Core } from '@strapi/strapi';
import type { BoardTask, SupervisionBoardResponse, Scope } from '../../../plugins/synergy/public';
import { boardTask, supervisionBoard } from '../queries/board';
import { urgeComment } from '../rules/urging';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  board(scope: Scope, query: Record<string, unknown>, now?: Date): Promise<SupervisionBoardResponse> {
    return supervisionBoard(scope, query, now);
  },

  /** Urges the task with the body's comment; answers the task as the board now shows it. */
  async urge(scope: Scope, documentId: string, body: unknown): Promise<BoardTask> {
    await strapi.service('api::task.urging').urge(documentId, urgeComment(body), scope);
    return (await boardTask(scope, documentId))!;
  },
});
