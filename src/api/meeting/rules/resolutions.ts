/**
 * What the minutes must hold before they are published, as a list of problems (pure): minutes
 * text, at least one resolution, and for each resolution a title, an owner unit the organiser
 * may give work to (its own subtree, or a participating unit), an owner person of that unit, and
 * a due date no earlier than the meeting and no earlier than today (a task cannot be due before
 * it is assigned).
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { isDate } from '../../task/rules/dates';

export interface ResolutionFacts {
  title: string | null;
  ownerUnit: { id: number; path: string; name: string } | null;
  ownerPersonId: number | null;
  dueDate: string | null;
}

export interface PublishFacts {
  minutes: string | null;
  /** The meeting's date in the group's time zone. */
  meetingDate: string | null;
  /** The publish date in the group's time zone: the tasks' assignment date. */
  today: string;
  organiser: { id: number; path: string } | null;
  participatingUnitIds: number[];
  resolutions: ResolutionFacts[];
  /** Whether the person is a member of the unit. */
  isMember: (personId: number, unitId: number) => boolean;
}

const blank = (text: string | null | undefined) => !text || text.trim() === '';

type ResolutionField = 'title' | 'ownerUnit' | 'ownerPerson' | 'dueDate';

/** One problem of one resolution, at its field: `Resolution 2 "x": …` / `决议2「x」：…`. */
export const resolutionProblem = (
  index: number,
  title: string | null,
  field: ResolutionField,
  english: string,
  chinese: string
): Problem => {
  const n = index + 1;
  const path = ['resolutions', String(index), field];
  return blank(title)
    ? problemAt(path, `Resolution ${n}: ${english}`, `决议${n}：${chinese}`)
    : problemAt(path, `Resolution ${n} "${title}": ${english}`, `决议${n}「${title}」：${chinese}`);
};

/** Whether the organiser may give a resolution to `unit`: its own unit or below, or a participating unit. */
export const mayOwnResolution = (organiser: { path: string }, participatingUnitIds: number[], unit: { id: number; path: string }) =>
  unit.path.startsWith(organiser.path) || participatingUnitIds.includes(unit.id);

export const resolutionProblems = (facts: PublishFacts, resolution: ResolutionFacts, index: number): Problem[] => {
  const problems: Array<[ResolutionField, string, string]> = [];
  if (blank(resolution.title)) problems.push(['title', 'no title', '未填写决议事项']);
  const unit = resolution.ownerUnit;
  if (!unit) {
    problems.push(['ownerUnit', 'no owner unit', '未指定责任单位']);
  } else if (facts.organiser && !mayOwnResolution(facts.organiser, facts.participatingUnitIds, unit)) {
    problems.push([
      'ownerUnit',
      `${unit.name} is neither the organiser's unit or below it nor a participating unit`,
      `${unit.name}不是组织单位及其下级单位，也不是参会单位；责任单位须为组织单位及其下级单位或参会单位`,
    ]);
  }
  if (resolution.ownerPersonId === null) problems.push(['ownerPerson', 'no owner person', '未指定责任人']);
  else if (unit && !facts.isMember(resolution.ownerPersonId, unit.id))
    problems.push(['ownerPerson', 'the owner person is not a member of the owner unit', '责任人须为责任单位人员']);
  const due = resolution.dueDate;
  if (!isDate(due)) problems.push(['dueDate', 'no due date YYYY-MM-DD', '未填写完成时限']);
  else if (facts.meetingDate && due < facts.meetingDate)
    problems.push(['dueDate', `due ${due}, before the meeting on ${facts.meetingDate}`, '完成时限不能早于会议日期']);
  else if (due < facts.today) problems.push(['dueDate', `due ${due}, before today ${facts.today}`, '完成时限不能早于纪要发布日期']);
  return problems.map(([field, english, chinese]) => resolutionProblem(index, resolution.title, field, english, chinese));
};

export const publishProblems = (facts: PublishFacts): Problem[] => {
  const problems: Problem[] = [];
  if (!facts.organiser) problems.push(problemAt('ownerUnit', 'The meeting has no organiser unit', '会议未指定组织单位'));
  if (blank(facts.minutes)) problems.push(problemAt('minutes', 'Write the minutes before publishing them', '请先填写会议纪要'));
  if (facts.resolutions.length === 0)
    problems.push(problemAt('resolutions', 'The minutes need at least one resolution', '会议纪要至少包含一项决议'));
  facts.resolutions.forEach((resolution, index) => problems.push(...resolutionProblems(facts, resolution, index)));
  return problems;
};
