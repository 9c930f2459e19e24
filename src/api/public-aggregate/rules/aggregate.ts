/**
 * Group-wide synergy figures for intranet pages, per segment: published demands, active and
 * completed projects, confirmed benefit. Pure: the service hands in rows that are public already
 * (records in public states, no titles); units above the segments count as the group itself.
 */
import { idsOnPath } from '../../../plugins/synergy/public';
import { rollupBenefits, type BenefitForRollup } from '../../benefit-record/rules/benefits';

export interface SegmentFigures {
  code: string;
  name: string;
  publishedDemands: number;
  activeProjects: number;
  completedProjects: number;
  confirmedBenefit: number;
}

export interface AggregateInput {
  group: { id: number; code: string; name: string; path: string };
  segments: Array<{ id: number; code: string; name: string; path: string }>;
  demands: Array<{ ownerPath: string | null }>;
  projects: Array<{ ownerPath: string | null; state: string }>;
  benefits: BenefitForRollup[];
}

export const aggregatePublic = (input: AggregateInput): { segments: SegmentFigures[]; total: Omit<SegmentFigures, 'code' | 'name'> } => {
  const buckets = [...input.segments, input.group];
  const segmentIds = new Set(input.segments.map((s) => s.id));
  const bucketOf = (path: string | null) => {
    const id = path ? idsOnPath(path)[1] : undefined;
    return id !== undefined && segmentIds.has(id) ? id : input.group.id;
  };
  const figures = new Map<number, SegmentFigures>(
    buckets.map((b) => [
      b.id,
      { code: b.code, name: b.name, publishedDemands: 0, activeProjects: 0, completedProjects: 0, confirmedBenefit: 0 },
    ])
  );
  for (const demand of input.demands) figures.get(bucketOf(demand.ownerPath))!.publishedDemands += 1;
  for (const project of input.projects) {
    const row = figures.get(bucketOf(project.ownerPath))!;
    if (project.state === 'active') row.activeProjects += 1;
    if (project.state === 'completed') row.completedProjects += 1;
  }
  // Shares of units outside every segment (HQ and its departments) go to the group's row.
  const benefitUnits = input.segments.map((s) => ({ id: s.id, path: s.path }));
  const bySegment = rollupBenefits(input.benefits, benefitUnits);
  const allShares = rollupBenefits(input.benefits, [{ id: input.group.id, path: input.group.path }]).get(input.group.id) ?? 0;
  const inSegments = [...bySegment.values()].reduce((sum, v) => sum + v, 0);
  for (const [id, value] of bySegment) figures.get(id)!.confirmedBenefit = value;
  figures.get(input.group.id)!.confirmedBenefit = Math.round((allShares - inSegments) * 100) / 100;

  const segments = buckets.map((b) => figures.get(b.id)!);
  const sum = (key: keyof Omit<SegmentFigures, 'code' | 'name'>) =>
    Math.round(segments.reduce((total, s) => total + s[key], 0) * 100) / 100;
  return {
    segments,
    total: {
      publishedDemands: sum('publishedDemands'),
      activeProjects: sum('activeProjects'),
      completedProjects: sum('completedProjects'),
      confirmedBenefit: sum('confirmedBenefit'),
    },
  };
};
