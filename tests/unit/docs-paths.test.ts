/**
 * Keeps the documentation true: every repository path that README.md and docs/**\/*.md name must
 * exist. A path is named
 *   - as a token that starts at a top-level folder (`src/…`, `tests/…`, `docs/…`, `bench/…`,
 *     `database/…`, `config/…`, `public/…`, `.ci/…`), in prose, in backticks or in code blocks,
 *     read from the repository root;
 *   - as the target of a Markdown link, read from the linking file's folder, with its `#anchor`
 *     checked against the headings of the file it points to.
 * Placeholders and globs (`src/api/<type>/`, `tests/**\/*.test.ts`, `…`) are skipped. A path that is
 * right although it is not in the repository is listed in NOT_IN_REPOSITORY with the reason.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const TOP_FOLDERS = ['src', 'tests', 'docs', 'bench', 'database', 'config', 'public', '.ci'];

/** Folders (with their trailing slash) the documents name on purpose although the repository does not hold them. */
const NOT_IN_REPOSITORY: Record<string, string> = {
  'config/calendar/': "the administrator's working-day calendar folder: created on a server, not shipped",
};

const escaped = TOP_FOLDERS.map((folder) => folder.replace('.', '\\.')).join('|');
/** A token starting at a top-level folder, not inside a longer path or word (`@strapi/database`, `../tests`). */
const PATH_TOKEN = new RegExp(`(?<![\\w./@-])((?:${escaped})/[^\\s\`'"()\\[\\]|,;]*)`, 'g');
const LINK = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

const isPlaceholder = (p: string) => /[<>*{}]|…|\.\.\./.test(p);

const markdownFiles = (): string[] => {
  const found = [path.join(ROOT, 'README.md')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) found.push(full);
    }
  };
  walk(path.join(ROOT, 'docs'));
  return found;
};

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
const anchorsOf = (markdown: string): Set<string> => {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
};

const exists = (relative: string) => {
  const full = path.join(ROOT, relative);
  if (!fs.existsSync(full)) return false;
  return relative.endsWith('/') ? fs.statSync(full).isDirectory() : true;
};

/** Every path a document names that is not there, as "file: path (why)". */
export const missingPaths = (file: string, markdown: string): string[] => {
  const where = path.relative(ROOT, file);
  const problems: string[] = [];

  for (const match of markdown.matchAll(PATH_TOKEN)) {
    const named = match[1].replace(/[.:]+$/, '');
    if (isPlaceholder(named) || `${named.replace(/\/$/, '')}/` in NOT_IN_REPOSITORY) continue;
    if (!exists(named)) problems.push(`${where}: ${named}`);
  }

  for (const match of markdown.matchAll(LINK)) {
    const target = match[1];
    if (/^[a-z]+:/i.test(target) || isPlaceholder(target)) continue;
    const [linked, anchor] = target.split('#');
    if (linked === '') {
      if (!anchorsOf(markdown).has(anchor)) problems.push(`${where}: link ${target} (no heading #${anchor} here)`);
      continue;
    }
    const full = path.resolve(path.dirname(file), linked);
    const relative = path.relative(ROOT, full) + (linked.endsWith('/') ? '/' : '');
    if (relative.startsWith('..') || !exists(relative)) {
      problems.push(`${where}: link ${target} (no ${relative})`);
      continue;
    }
    if (anchor && full.endsWith('.md') && !anchorsOf(fs.readFileSync(full, 'utf8')).has(anchor)) {
      problems.push(`${where}: link ${target} (no heading #${anchor} in ${relative})`);
    }
  }
  return [...new Set(problems)];
};

describe('paths named in the documentation', () => {
  it('exist in the repository', () => {
    const missing = markdownFiles().flatMap((file) => missingPaths(file, fs.readFileSync(file, 'utf8')));
    expect(missing).toEqual([]);
  });

  it('are found in prose, backticks, code blocks and links, and placeholders are skipped', () => {
    const doc = [
      'See `src/no-such-file.ts` and tests/unit/nowhere.test.ts.',
      '```',
      'bench/missing.bench.js   a benchmark',
      '```',
      'Each type lives in `src/api/<type>/`; every `tests/**/*.test.ts` runs; `@strapi/database` is a package.',
      '[a page](no-such-page.md), [a heading](#no-such-heading), [the web](https://example.org/x.md).',
      '## A real heading',
      '[here](#a-real-heading), `package.json` is not under a checked folder.',
    ].join('\n');
    expect(missingPaths(path.join(ROOT, 'docs', 'example.md'), doc)).toEqual([
      'docs/example.md: src/no-such-file.ts',
      'docs/example.md: tests/unit/nowhere.test.ts',
      'docs/example.md: bench/missing.bench.js',
      'docs/example.md: link no-such-page.md (no docs/no-such-page.md)',
      'docs/example.md: link #no-such-heading (no heading #no-such-heading here)',
    ]);
  });
});
