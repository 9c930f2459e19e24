/** The annual plan tree as the API answers it (GET …/annual-plans/:documentId/tree): one shape for the server and the admin page. */

/** One indicator's figures at one node; money as decimal text with two places ("128000.00"). */
export interface NodeFigures {
  indicator: string;
  target: string | null;
  childrenSum: string | null;
  /** target − children's sum; null when either is missing or the indicator is a ratio. */
  gap: string | null;
  proposed: string | null;
  compiled: string | null;
  /** compiled − target. */
  compiledGap: string | null;
}

export interface PlanNode {
  unit: { id: number; documentId: string; code: string; name: string; level: string };
  figures: NodeFigures[];
  children: PlanNode[];
}

export interface PlanTree {
  plan: { documentId: string; year: number; title: string; state: string };
  indicators: Array<{ code: string; name: string; unit: string | null; additive: boolean }>;
  nodes: PlanNode[];
  superiors: Array<{ unit: PlanNode['unit']; targets: Array<{ indicator: string; target: string | null }> }>;
}

/** A plan in the admin page's list. */
export interface PlanSummary {
  documentId: string;
  year: number;
  title: string;
}
