/** The answers of the guideline module's admin routes (GET /synergy/guidelines/...), as the page reads them. */
export interface ReadStatusUnit {
  unit: { documentId: string; code: string; name: string };
  read: boolean;
  confirmedBy: string | null;
  confirmedAt: string | null;
}

export interface ReadStatusGuideline {
  documentId: string;
  title: string;
  documentNumber: string | null;
  version: number;
  state: string;
  mustRead: boolean;
  mustReadScope: string | null;
  issuedAt: string | null;
}

export type MyUnitReading = (ReadStatusUnit & { mayConfirm: boolean }) | null;

export interface ReadStatusResponse {
  data: ReadStatusUnit[];
  meta: { guideline: ReadStatusGuideline; expected: number; read: number; unread: number; myUnit: MyUnitReading };
}

export interface ReadOverviewResponse {
  data: Array<ReadStatusGuideline & { expected: number; read: number; unread: number; myUnit: MyUnitReading }>;
  meta: { total: number };
}
