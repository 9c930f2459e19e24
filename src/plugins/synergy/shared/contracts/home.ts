/** The admin home page's key figures of the caller's unit (GET /synergy/home/figures). */
import type { TaskLight } from './index';

export interface HomeFigures {
  /**
   * Whose figures: the caller's unit, whose subtree they cover (HQ: the group, every record).
   * Null for an admin without a membership, whose figures are all zero.
   */
  unit: { documentId: string; code: string; name: string } | null;
  /** Today on the working-day calendar (Beijing time), and its year. */
  today: string;
  year: number;
  /** Demands owned by the unit's subtree, per lifecycle state (every state present, zeros included). */
  demands: { total: number; byState: Record<string, number> };
  tasks: {
    /** Open tasks (assigned or in progress, light.ts OPEN_STATES) owned by the subtree, per light. */
    open: number;
    byLight: Record<TaskLight, number>;
    /**
     * 落实率 of the year: tasks due this year up to today (or already accepted), and of them those
     * accepted with the completion submitted by the due date; null when none is due.
     */
    due: number;
    doneOnTime: number;
    landingRate: number | null;
  };
  /** Confirmed benefit records of the year: the shares credited to units of the subtree, in yuan. */
  benefit: { confirmed: number; records: number };
}

export interface HomeFiguresResponse {
  data: HomeFigures;
}
