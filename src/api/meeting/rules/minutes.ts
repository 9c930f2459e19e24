/**
 * Minutes from a template: the facts of a meeting as text, and the template with its
 * placeholders ({{title}}, {{resolutions}} …) filled in. Pure; an unknown placeholder stays as
 * it was written, so a typo shows in the minutes instead of vanishing.
 */
export const MEETING_KINDS = { docking: '对接会', operating: '经营会', special: '专题会' } as const;
export type MeetingKind = keyof typeof MEETING_KINDS;

export const PLACEHOLDERS = ['title', 'kind', 'date', 'location', 'organiser', 'participants', 'agenda', 'resolutions'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type MinutesFacts = Record<Placeholder, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

export const renderMinutes = (body: string, facts: Partial<Record<string, string>>): string =>
  body.replace(PLACEHOLDER, (written, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(facts, name) ? facts[name] : undefined;
    return typeof value === 'string' ? value : written;
  });

/** Placeholders a template uses that no meeting fills in. */
export const unknownPlaceholders = (body: string): string[] =>
  [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]))].filter(
    (name) => !(PLACEHOLDERS as readonly string[]).includes(name)
  );

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD HH:mm' of an instant in the group's time zone. */
export const localDateTime = (instant: Date, timeZone = 'Asia/Shanghai'): string => {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
};

/** A meeting as the template sees it: names, not ids. */
export interface MeetingForMinutes {
  title: string;
  kind: string | null;
  startsAt: Date | string | null;
  location: string | null;
  organiser: string | null;
  participatingUnits: string[];
  participants: string[];
  agenda: string | null;
  resolutions: Array<{ title: string | null; ownerUnit: string | null; ownerPerson: string | null; dueDate: string | null }>;
}

const orDash = (text: string | null | undefined) => (text && text.trim() !== '' ? text : '—');

export const minutesFacts = (meeting: MeetingForMinutes): MinutesFacts => {
  const resolutions = meeting.resolutions.map((r, index) => {
    const owner = [r.ownerUnit, r.ownerPerson].filter(Boolean).join(' ');
    const details = [owner && `责任：${owner}`, r.dueDate && `完成时限：${r.dueDate}`].filter(Boolean).join('；');
    return `${index + 1}. ${orDash(r.title)}${details ? `（${details}）` : ''}`;
  });
  const participants = [...meeting.participatingUnits, ...meeting.participants];
  return {
    title: meeting.title,
    kind: meeting.kind ? (MEETING_KINDS[meeting.kind as MeetingKind] ?? meeting.kind) : '—',
    date: meeting.startsAt ? localDateTime(new Date(meeting.startsAt)) : '—',
    location: orDash(meeting.location),
    organiser: orDash(meeting.organiser),
    participants: participants.length > 0 ? participants.join('、') : '—',
    agenda: orDash(meeting.agenda),
    resolutions: resolutions.length > 0 ? resolutions.join('\n') : '（暂无决议）',
  };
};
