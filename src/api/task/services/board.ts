/**
 * The supervision board for the admin UI's plugin routes (/synergy/supervision/...): the board's
 * data, and urging (催办) from the board — the same urgeTask as the content API, with the caller's scope.
 */
import type { BoardTask, SupervisionBoardResponse, Scope } from '../../../plugins/synergy/public';
import { boardTask, supervisionBoard } from '../queries/board';
import { urgeComment, urgeTask } from '../queries/urging';

export default () => ({
  board(scope: Scope, query: Record<string, unknown>, now?: Date): Promise<SupervisionBoardResponse> {
    return supervisionBoard(scope, query, now);
  },

  /** Urges the task with the body's comment; answers the task as the board now shows it. */
  async urge(scope: Scope, documentId: string, body: unknown): Promise<BoardTask> {
    await urgeTask(documentId, urgeComment(body), scope);
    return (await boardTask(scope, documentId))!;
  },
});
