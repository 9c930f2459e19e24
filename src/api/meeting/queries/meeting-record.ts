/**
 * A meeting as the server's rules read it (below the unit scope: callers check access first):
 * its organiser, participating units and people, template, minutes and resolutions with names.
 */
import { PERSON_FIELDS, personName } from '../../../plugins/synergy/public';
import { MEETING_UID, MEMBERSHIP_UID } from '../../../kernel/uids';
export const RESOLUTION_UID = 'meeting.resolution';

/** A person as minutes and the resolutions panel name them. */
export interface Person {
  id: number;
  username: string;
  name: string;
}

export interface UnitFacts {
  id: number;
  path: string;
  name: string;
}

export interface ResolutionRecord {
  id: number;
  title: string | null;
  description: string | null;
  category: string | null;
  dueDate: string | null;
  taskDocumentId: string | null;
  ownerUnit: UnitFacts | null;
  ownerPerson: Person | null;
}

export interface MeetingRecord {
  id: number;
  documentId: string;
  title: string;
  kind: string | null;
  startsAt: string | null;
  location: string | null;
  agenda: string | null;
  minutes: string | null;
  state: string;
  organiser: UnitFacts | null;
  participatingUnits: UnitFacts[];
  participants: Person[];
  template: { id: number; body: string } | null;
  resolutions: ResolutionRecord[];
}

const UNIT = { select: ['id', 'path', 'name'] };
const PERSON = { select: PERSON_FIELDS };
const personOf = (row: any): Person => ({ id: row.id, username: row.username, name: personName(row)! });

const unitOf = (row: any): UnitFacts | null => (row ? { id: row.id, path: row.path, name: row.name } : null);

export const loadMeeting = async (documentId: string, readFilter: Record<string, unknown> | null = null): Promise<MeetingRecord | null> => {
  const row = await strapi.db.query(MEETING_UID).findOne({
    where: readFilter ? { $and: [{ documentId }, readFilter] } : { documentId },
    populate: {
      ownerUnit: UNIT,
      participatingUnits: UNIT,
      participants: PERSON,
      minutesTemplate: { select: ['id', 'body'] },
      resolutions: { populate: { ownerUnit: UNIT, ownerPerson: PERSON } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    documentId: row.documentId,
    title: row.title,
    kind: row.kind ?? null,
    startsAt: row.startsAt ?? null,
    location: row.location ?? null,
    agenda: row.agenda ?? null,
    minutes: row.minutes ?? null,
    state: row.state,
    organiser: unitOf(row.ownerUnit),
    participatingUnits: (row.participatingUnits ?? []).map(unitOf),
    participants: (row.participants ?? []).map(personOf),
    template: row.minutesTemplate ? { id: row.minutesTemplate.id, body: row.minutesTemplate.body ?? '' } : null,
    resolutions: (row.resolutions ?? []).map((r: any) => ({
      id: r.id,
      title: r.title ?? null,
      description: r.description ?? null,
      category: r.category ?? null,
      dueDate: r.dueDate ?? null,
      taskDocumentId: r.taskDocumentId ?? null,
      ownerUnit: unitOf(r.ownerUnit),
      ownerPerson: r.ownerPerson ? personOf(r.ownerPerson) : null,
    })),
  };
};

/** Which (person, unit) pairs of the resolutions are memberships, as "person:unit" keys. */
export const membershipsOf = async (resolutions: ResolutionRecord[]): Promise<Set<string>> => {
  const persons = [...new Set(resolutions.map((r) => r.ownerPerson?.id).filter((id): id is number => id !== undefined))];
  const units = [...new Set(resolutions.map((r) => r.ownerUnit?.id).filter((id): id is number => id !== undefined))];
  if (persons.length === 0 || units.length === 0) return new Set();
  const rows = await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: { $in: persons } }, unit: { id: { $in: units } } },
    populate: { user: { select: ['id'] }, unit: { select: ['id'] } },
  });
  return new Set(rows.map((row: any) => `${row.user?.id}:${row.unit?.id}`));
};
