/**
 * The plugin boundary: application code (src/ outside the plugin, database/, bench/) reaches the
 * synergy plugin only through its public entry, src/plugins/synergy/public.ts (bench/, which runs
 * compiled code, through dist/public.js). Any deeper import, require or path into the plugin fails
 * this test with the file and line. Comments may name plugin files; code may not.
 */
import fs from 'fs';
import path from 'path';
import { withoutComments } from '../harness/source-text';

const APP_DIR = path.resolve(__dirname, '../..');
const PLUGIN_DIR = path.join(APP_DIR, 'src/plugins/synergy');
const PUBLIC_ENTRIES = ['public', 'dist/public'].map((entry) => path.join(PLUGIN_DIR, entry));
const SCANNED = ['src', 'database', 'bench'];
const EXTENSIONS = /\.(ts|tsx|js|cjs|mjs)$/;

const stripExtension = (file: string) => file.replace(/\.(ts|tsx|js|cjs|mjs|json)$/, '').replace(/\/index$/, '');

const isPublicEntry = (resolved: string) => PUBLIC_ENTRIES.includes(stripExtension(resolved));

const insidePlugin = (resolved: string) => resolved === PLUGIN_DIR || resolved.startsWith(PLUGIN_DIR + path.sep);

/** Imports, requires and path strings of a file that reach into the plugin past its public entry. */
export const boundaryViolations = (file: string, source: string): string[] => {
  const code = withoutComments(source);
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  const found: string[] = [];
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"`])([^'"`]+)\1/gm;
  const checked = new Set<number>();
  for (const match of code.matchAll(specifier)) {
    const target = match[2];
    checked.add(match.index! + match[0].length - target.length - 2);
    if (!target.startsWith('.')) {
      if (/plugins\/synergy\//.test(target)) found.push(`${file}:${lineOf(match.index!)} ${target}`);
      continue;
    }
    const resolved = path.resolve(path.dirname(path.join(APP_DIR, file)), target);
    if (insidePlugin(resolved) && !isPublicEntry(resolved)) found.push(`${file}:${lineOf(match.index!)} ${target}`);
  }
  // Paths built by hand (path.join(appDir, 'src/plugins/synergy/dist/server/…')).
  for (const match of code.matchAll(/(['"`])([^'"`\n]*plugins\/synergy\/(?:server|shared|admin|dist)[^'"`\n]*)\1/g)) {
    if (checked.has(match.index!)) continue;
    if (/plugins\/synergy\/(dist\/)?public(\.[cm]?[jt]s)?$/.test(match[2])) continue;
    found.push(`${file}:${lineOf(match.index!)} ${match[2]}`);
  }
  return found;
};

const appFiles = (): string[] => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name === 'dist' || full === PLUGIN_DIR) continue;
        walk(full);
      } else if (EXTENSIONS.test(entry.name)) {
        files.push(path.relative(APP_DIR, full));
      }
    }
  };
  for (const root of SCANNED) walk(path.join(APP_DIR, root));
  return files;
};

describe('the plugin boundary', () => {
  it('finds deep imports, requires and hand-built paths, and lets the public entry through', () => {
    const sample = [
      "import type { Scope } from '../../plugins/synergy/server/src/services/scope';",
      "import { getService } from '../../plugins/synergy/public';",
      "export * from '../../plugins/synergy/shared/contracts';",
      "const engine = require('../../plugins/synergy/dist/server/src/services/matching/engine');",
      "const built = path.join(appDir, 'src/plugins/synergy/dist/server/src');",
      '// see src/plugins/synergy/server/src/services/scheduler/tables.ts',
      "/* import x from '../../plugins/synergy/shared/contracts'; */",
      "const link = '/plugins/synergy/supervision';",
    ].join('\n');
    expect(boundaryViolations('src/api/task/example.ts', sample)).toEqual([
      'src/api/task/example.ts:1 ../../plugins/synergy/server/src/services/scope',
      'src/api/task/example.ts:3 ../../plugins/synergy/shared/contracts',
      'src/api/task/example.ts:4 ../../plugins/synergy/dist/server/src/services/matching/engine',
      'src/api/task/example.ts:5 src/plugins/synergy/dist/server/src',
    ]);
    expect(boundaryViolations('bench/example.js', "require('../src/plugins/synergy/dist/public');")).toEqual([]);
  });

  it('holds: application code imports the plugin through src/plugins/synergy/public.ts only', () => {
    const files = appFiles();
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) => boundaryViolations(file, fs.readFileSync(path.join(APP_DIR, file), 'utf8')));
    expect(violations).toEqual([]);
  });
});
