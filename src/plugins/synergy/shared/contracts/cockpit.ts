/** The cockpit's assessment ranking (GET /api/cockpit, /synergy/cockpit: `data.assessment`), as the server answers it and the page reads it. */

/** One unit's row of a published bulletin, ranked within its whole peer group. */
export interface CockpitRankingRow {
  unit: { documentId: string; code: string; name: string; level: string };
  /** The sheet the bulletin froze (the record behind the figure). */
  sheet: string | null;
  peerGroup: string;
  total: number | null;
  rank: number;
  /** How many subjects the peer group ranks (the "of" in "2nd of 6"). */
  of: number;
  eligibleRank: number | null;
  grade: string | null;
  award: string | null;
  veto: boolean;
  vetoReasons: string[];
}

/** One scheme's latest published bulletin, with its rows for the node's units. */
export interface CockpitAssessment {
  bulletin: { documentId: string; title: string; period: string; sheetVersion: number; issuedAt: string | null };
  scheme: { code: string; name: string; subjectType: string; periodKind: string };
  rows: CockpitRankingRow[];
}
