/**
 * Every content type's and component's display name ("中文 English", as the schema writes it) has
 * its translation in the admin's zh-Hans and English messages: the admin shows it in the menu,
 * the list and the component headings, and a missing one is a console error on every page that
 * names the type (found by the browser suite when a new type was added without it).
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const schemas = [
  ...fs
    .readdirSync(path.join(ROOT, 'src', 'api'))
    .flatMap((api) => {
      const dir = path.join(ROOT, 'src', 'api', api, 'content-types');
      return fs.existsSync(dir) ? fs.readdirSync(dir).map((type) => path.join(dir, type, 'schema.json')) : [];
    })
    .filter((file) => fs.existsSync(file)),
  ...fs.readdirSync(path.join(ROOT, 'src', 'components')).flatMap((category) =>
    fs
      .readdirSync(path.join(ROOT, 'src', 'components', category))
      .filter((file) => file.endsWith('.json'))
      .map((file) => path.join(ROOT, 'src', 'components', category, file))
  ),
];
const displayNames = schemas.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')).info.displayName as string);
const messages = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'admin', 'translations', `${language}.json`), 'utf8'));

describe("the admin's messages", () => {
  it.each(['zh-Hans', 'en'])('translate every content type and component display name (%s)', (language) => {
    expect(displayNames.length).toBeGreaterThan(40);
    const known = messages(language);
    expect(displayNames.filter((name) => typeof known[name] !== 'string' || known[name] === '')).toEqual([]);
  });
});
