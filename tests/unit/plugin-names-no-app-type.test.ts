/**
 * The plugin boundary, one way: the synergy plugin names none of the app's content types. The app
 * declares what the plugin needs in its schemas' `pluginOptions.synergy` and registers its loaders
 * and admin routes; a UID `api::<api>.<type>` in the plugin's server, admin or shared code (tests
 * and build output aside) would tie the plugin to one app again.
 */
import fs from 'fs';
import path from 'path';

const PLUGIN = path.join(__dirname, '..', '..', 'src', 'plugins', 'synergy');
const SOURCES = ['server', 'admin', 'shared'];
const SKIPPED = new Set(['dist', 'node_modules', 'tests', '__tests__']);
const APP_UID = /api::[\w-]+\.[\w-]+/g;

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.test\.[jt]sx?$/.test(entry.name) ? [] : [full];
  });

describe('the synergy plugin', () => {
  it('names no content type of the app', () => {
    // Given every file of the plugin's server, admin and shared code
    const files = SOURCES.flatMap((source) => filesUnder(path.join(PLUGIN, source)));
    expect(files.length).toBeGreaterThan(100);

    // Then none holds an app UID
    const named = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(APP_UID)].map((match) => `${path.relative(PLUGIN, file)}: ${match[0]}`)
    );
    expect(named).toEqual([]);
  });
});
