/**
 * One module of content-type UIDs (issue 12): app code names a content type by the constants of
 * src/kernel/uids.ts, never by a literal of its own — a literal redefined in eight files drifts.
 * Service and controller UIDs (`strapi.service('api::task.scans')`, a route's handler) are not
 * content types and stay literal. Comments may name UIDs; code may not.
 */
import fs from 'fs';
import path from 'path';
import { withoutComments } from '../harness/source-text';

const APP_DIR = path.resolve(__dirname, '../..');
const UIDS_FILE = 'src/kernel/uids.ts';

const appFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(APP_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return rel === 'src/plugins' || rel === 'src/admin' ? [] : appFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });

/** The content-type UIDs of the app, from its schema files. */
const contentTypeUids = (): Set<string> => {
  const uids = new Set<string>();
  for (const api of fs.readdirSync(path.join(APP_DIR, 'src/api'))) {
    const types = path.join(APP_DIR, 'src/api', api, 'content-types');
    if (!fs.existsSync(types)) continue;
    for (const type of fs.readdirSync(types)) uids.add(`api::${api}.${type}`);
  }
  return uids;
};

/** Lines of `source` that spell a content-type UID as a literal outside a service/controller look-up or a route handler. */
export const uidLiterals = (file: string, source: string, uids: Set<string>): string[] =>
  withoutComments(source)
    .split('\n')
    .flatMap((line, index) =>
      [...line.matchAll(/(['"`])(api::[a-z0-9-]+\.[a-z0-9-]+)(\.[A-Za-z]+)?\1/g)]
        .filter((match) => uids.has(match[2]) && !match[3])
        .filter(
          (match) => !/(service|controller)\(\s*$/.test(line.slice(0, match.index)) && !/handler:\s*$/.test(line.slice(0, match.index))
        )
        .map((match) => `${file}:${index + 1} ${match[2]}`)
    );

describe('content-type UIDs', () => {
  it('are spelled once, in src/kernel/uids.ts', () => {
    const uids = contentTypeUids();
    expect(uids.size).toBeGreaterThan(15);
    const files = appFiles('src').filter((file) => file !== UIDS_FILE);
    expect(files.length).toBeGreaterThan(100);
    const literals = files.flatMap((file) => uidLiterals(file, fs.readFileSync(path.join(APP_DIR, file), 'utf8'), uids));
    expect(literals).toEqual([]);
  });

  it('finds a literal, and leaves service look-ups and route handlers alone', () => {
    const uids = new Set(['api::task.task']);
    expect(uidLiterals('x.ts', "const TASK = 'api::task.task';", uids)).toEqual(['x.ts:1 api::task.task']);
    expect(uidLiterals('x.ts', "strapi.service('api::task.task').refresh();\nconst h = { handler: 'api::task.task.urge' };", uids)).toEqual(
      []
    );
    expect(uidLiterals('x.ts', "// the type 'api::task.task'", uids)).toEqual([]);
  });
});
