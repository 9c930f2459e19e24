/**
 * Intranet users a meeting write names — its participants and each resolution's owner person.
 * The content API's input validation refuses to link users (callers may not read users), so the
 * controller takes these out before validation and puts them back afterwards; the meeting rules
 * then check them (an owner person belongs to the resolution's owner unit). Pure.
 */
import { errors } from '@strapi/utils';
import { isRecordId } from '../../../plugins/synergy/public';

export interface PeopleInWrite {
  participants?: number[];
  /** Owner person per resolution, by position; undefined where the write does not name one. */
  ownerPersons: Array<number | null | undefined>;
}

const userId = (value: unknown, field: string): number | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value;
  if (id === null) return null;
  if (!isRecordId(id)) {
    throw new errors.ValidationError(`${field} must be a user id (须为用户编号)`, { field });
  }
  return id as number;
};

/** Removes the user links from `data` (mutating it) and returns them. */
export const takePeople = (data: Record<string, any>): PeopleInWrite => {
  const people: PeopleInWrite = { ownerPersons: [] };
  if ('participants' in data) {
    const value = data.participants;
    delete data.participants;
    if (value !== null && !Array.isArray(value))
      throw new errors.ValidationError('participants must be a list of user ids (参会人员须为用户编号列表)', { field: 'participants' });
    people.participants = [
      ...new Set((value ?? []).map((v: unknown) => userId(v, 'participants')).filter((id: number | null): id is number => id !== null)),
    ] as number[];
  }
  if (Array.isArray(data.resolutions)) {
    people.ownerPersons = data.resolutions.map((resolution: unknown, index: number) => {
      if (!resolution || typeof resolution !== 'object' || !('ownerPerson' in resolution)) return undefined;
      const item = resolution as Record<string, unknown>;
      const value = item.ownerPerson;
      delete item.ownerPerson;
      return userId(value, `resolutions[${index}].ownerPerson`);
    });
  }
  return people;
};

/** Puts the user links back into sanitized data, in the shape the Document Service takes. */
export const restorePeople = (data: Record<string, any>, people: PeopleInWrite): Record<string, any> => {
  const result = { ...data };
  if (people.participants) result.participants = { set: people.participants.map((id) => ({ id })) };
  if (Array.isArray(result.resolutions)) {
    result.resolutions = result.resolutions.map((resolution: Record<string, unknown>, index: number) => {
      const person = people.ownerPersons[index];
      if (person === undefined) return resolution;
      return { ...resolution, ownerPerson: person === null ? null : { set: [{ id: person }] } };
    });
  }
  return result;
};
