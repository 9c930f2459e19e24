/**
 * The group's quarterly report compiled from the companies' reports: each company's figures, the
 * sum per segment and for the group, and who has not handed in. Only submitted and accepted
 * reports count; a draft is a missing report. Amounts are summed in hundredths so 0.1 + 0.2 is 0.3.
 */
export const FIGURES = [
  { key: 'demandsPublished', zh: '发布需求数', en: 'Demands published', amount: false },
  { key: 'demandsDocking', zh: '进入对接数', en: 'Demands in docking', amount: false },
  { key: 'demandsAgreed', zh: '达成合作数', en: 'Demands agreed', amount: false },
  { key: 'projectsLanded', zh: '落地项目数', en: 'Projects landed', amount: false },
  { key: 'projectAmount', zh: '落地项目合同额（元）', en: 'Contract amount of landed projects', amount: true },
  { key: 'benefitsConfirmed', zh: '确认效益笔数', en: 'Benefits confirmed', amount: false },
  { key: 'benefitAmount', zh: '确认效益金额（元）', en: 'Confirmed benefit amount', amount: true },
  { key: 'tendersAwarded', zh: '完成招标数', en: 'Tenders awarded', amount: false },
  { key: 'exemptionsApproved', zh: '批准例外采购数', en: 'Exemptions approved', amount: false },
] as const;

export type FigureKey = (typeof FIGURES)[number]['key'];
export type Figures = Record<FigureKey, number>;

/** The states in which a report counts as handed in. */
export const HANDED_IN_STATES = ['submitted', 'accepted'] as const;

export interface CompanyUnit {
  id: number;
  documentId: string;
  code: string | null;
  name: string;
  segment: { id: number; code: string | null; name: string } | null;
}

export interface HandedInReport {
  documentId: string;
  unitId: number;
  state: string;
  figures: Partial<Record<FigureKey, number | string | null>>;
}

export interface CompiledUnit {
  unit: { documentId: string; code: string | null; name: string };
  report: { documentId: string; state: string } | null;
  figures: Figures | null;
}

export interface CompiledSegment {
  segment: { code: string | null; name: string } | null;
  units: CompiledUnit[];
  handedIn: number;
  missing: number;
  totals: Figures;
}

export interface CompiledQuarter {
  quarter: string;
  segments: CompiledSegment[];
  group: { handedIn: number; missing: number; totals: Figures };
  missing: Array<{ documentId: string; code: string | null; name: string; segment: string | null }>;
}

const zero = (): Figures => Object.fromEntries(FIGURES.map((f) => [f.key, 0])) as Figures;

const toNumber = (value: number | string | null | undefined, amount: boolean) => {
  const n = Number(value ?? 0);
  if (!Number.isFinite(n)) return 0;
  return amount ? Math.round(n * 100) / 100 : Math.round(n);
};

const figuresOf = (report: HandedInReport): Figures =>
  Object.fromEntries(FIGURES.map((f) => [f.key, toNumber(report.figures[f.key], f.amount)])) as Figures;

const add = (sum: Figures, figures: Figures): Figures =>
  Object.fromEntries(
    FIGURES.map((f) => [f.key, f.amount ? Math.round(sum[f.key] * 100 + figures[f.key] * 100) / 100 : sum[f.key] + figures[f.key]])
  ) as Figures;

export const compileQuarter = (quarter: string, units: CompanyUnit[], reports: HandedInReport[]): CompiledQuarter => {
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  const segments = new Map<string, CompiledSegment>();
  for (const unit of units) {
    const key = unit.segment ? String(unit.segment.id) : '-';
    if (!segments.has(key)) {
      segments.set(key, {
        segment: unit.segment ? { code: unit.segment.code, name: unit.segment.name } : null,
        units: [],
        handedIn: 0,
        missing: 0,
        totals: zero(),
      });
    }
    const segment = segments.get(key)!;
    const report = byUnit.get(unit.id) ?? null;
    const figures = report ? figuresOf(report) : null;
    segment.units.push({
      unit: { documentId: unit.documentId, code: unit.code, name: unit.name },
      report: report ? { documentId: report.documentId, state: report.state } : null,
      figures,
    });
    if (figures) {
      segment.handedIn += 1;
      segment.totals = add(segment.totals, figures);
    } else {
      segment.missing += 1;
    }
  }
  const list = [...segments.values()];
  return {
    quarter,
    segments: list,
    group: {
      handedIn: list.reduce((n, s) => n + s.handedIn, 0),
      missing: list.reduce((n, s) => n + s.missing, 0),
      totals: list.reduce((sum, s) => add(sum, s.totals), zero()),
    },
    missing: list.flatMap((s) => s.units.filter((u) => !u.report).map((u) => ({ ...u.unit, segment: s.segment?.name ?? null }))),
  };
};
