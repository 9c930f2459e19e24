/**
 * The group's working-day calendar: the year files shipped with the plugin (server/calendar,
 * copied into dist by tsc) overlaid by an administrator's files in `calendarDir`
 * (config/calendar by default). An administrator's file for a shipped year replaces it.
 * Loaded at bootstrap; an invalid file stops the boot with its name and problem.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { localDate, parseCalendarYear, WorkingCalendar, type CalendarYear } from '../utils/working-days';

/** dist/server/src/services → dist/server/calendar (and the same from the sources). */
const SHIPPED_DIR = path.resolve(__dirname, '..', '..', 'calendar');
const FILE_YEAR = /(\d{4})\.json$/;

export interface LoadedYear extends CalendarYear {
  /** The file the year was read from. */
  file: string;
}

const readYear = (file: string): LoadedYear => {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Invalid working-day calendar: ${file} is not readable JSON (${(error as Error).message})`, { cause: error });
  }
  const year = parseCalendarYear(data, file);
  const named = FILE_YEAR.exec(path.basename(file));
  if (named && Number(named[1]) !== year.year) {
    throw new Error(`Invalid working-day calendar: ${file} is named for ${named[1]} but holds year ${year.year}`);
  }
  return { ...year, file };
};

/** The year files of one folder; a missing folder holds none. */
const readYears = (dir: string): LoadedYear[] => {
  if (!fs.existsSync(dir)) return [];
  const years = new Map<number, LoadedYear>();
  for (const name of fs
    .readdirSync(dir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()) {
    const year = readYear(path.join(dir, name));
    const twin = years.get(year.year);
    if (twin) throw new Error(`Invalid working-day calendar: ${twin.file} and ${year.file} both give year ${year.year}`);
    years.set(year.year, year);
  }
  return [...years.values()];
};

const calendar = ({ strapi }: { strapi: Core.Strapi }) => {
  let loaded: { calendar: WorkingCalendar; years: Map<number, LoadedYear> } | null = null;

  const adminDir = () => path.resolve(strapi.dirs.app.root, strapi.config.get('plugin::synergy.calendarDir') as string);

  /** Reads the shipped and the administrator's files; throws, keeping the previous calendar, if any is invalid. */
  const read = () => {
    const years = new Map<number, LoadedYear>();
    for (const year of [...readYears(SHIPPED_DIR), ...readYears(adminDir())]) years.set(year.year, year);
    loaded = { calendar: new WorkingCalendar([...years.values()]), years };
    return loaded;
  };

  const current = () => loaded ?? read();

  return {
    /** (Re)reads the year files; called at bootstrap. */
    load(): void {
      read();
    },

    calendar: (): WorkingCalendar => current().calendar,

    /** The data of one covered year and the file it came from. */
    year: (year: number): LoadedYear | undefined => current().years.get(year),

    /** Today's date in the group's time zone, 'YYYY-MM-DD'. */
    today: (now = new Date()): string => localDate(now),

    /** Warns when the current or next year has no calendar, or only a provisional one. */
    warnAboutCoverage(now = new Date()) {
      const thisYear = Number(localDate(now).slice(0, 4));
      for (const year of [thisYear, thisYear + 1]) {
        const data = current().years.get(year);
        if (!data) {
          strapi.log.warn(
            `No working-day calendar for ${year}: due dates count Monday to Friday. Add ${path.join(adminDir(), `cn-${year}.json`)} (${year}年无工作日历，按周一至周五计算)`
          );
        } else if (data.provisional) {
          strapi.log.warn(
            `The working-day calendar for ${year} is provisional (${data.file}): replace it with the State Council notice (${year}年工作日历为推算，请按国务院办公厅通知替换)`
          );
        }
      }
    },
  };
};

export default calendar;
