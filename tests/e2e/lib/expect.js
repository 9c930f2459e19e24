/**
 * Assertions on what a user sees. Each waits a little (the admin renders after its requests) and
 * fails with what the page showed instead.
 */
const DEFAULT_TIMEOUT = 10000;

const squash = (text, max = 500) => {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** The visible text of a page or locator, for failure messages. */
const visibleText = async (scope, max = 400) => {
  try {
    let root = scope;
    if (typeof scope.goto === 'function') {
      // A page: its main part, without the menus, when it has one.
      const main = scope.getByRole('main').first();
      root = (await main.count()) > 0 ? main : scope.locator('body');
    }
    return squash(await root.innerText({ timeout: 2000 }), max);
  } catch {
    return '(could not read the page)';
  }
};

const describe = (text) => (text instanceof RegExp ? String(text) : JSON.stringify(text));

/** Waits until `text` (string or RegExp) is visible inside `scope` (a page or a locator). */
const see = async (scope, text, { timeout = DEFAULT_TIMEOUT, exact = false, where = '' } = {}) => {
  const target = scope.getByText(text, { exact }).first();
  try {
    await target.waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`expected to see ${describe(text)}${where ? ` in ${where}` : ''}; it shows: ${await visibleText(scope)}`);
  }
  return target;
};

/** Fails when `text` is visible inside `scope`, after giving the page `settleMs` to render. */
const dontSee = async (scope, text, { settleMs = 500, where = '' } = {}) => {
  await new Promise((r) => setTimeout(r, settleMs));
  const count = await scope.getByText(text).filter({ visible: true }).count();
  if (count > 0)
    throw new Error(`expected not to see ${describe(text)}${where ? ` in ${where}` : ''}; it shows: ${await visibleText(scope)}`);
};

/** Waits until a locator is visible; `what` names it in the failure. */
const visible = async (locator, what, { timeout = DEFAULT_TIMEOUT } = {}) => {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    const page = locator.page();
    throw new Error(`expected to see ${what}; the page (${page.url()}) shows: ${await visibleText(page)}`);
  }
  return locator.first();
};

/** Polls `read` until `check(value)` holds; fails with the last value. */
const eventually = async (read, check, what, { timeout = DEFAULT_TIMEOUT, interval = 250 } = {}) => {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      last = `(error: ${error.message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) throw new Error(`expected ${what}; got ${describe(typeof last === 'string' ? squash(last) : last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
};

const equal = (actual, expected, what) => {
  if (actual !== expected) throw new Error(`expected ${what} to be ${describe(expected)}, got ${describe(actual)}`);
};

const ok = (condition, message) => {
  if (!condition) throw new Error(message);
};

/**
 * Named steps of one test that go on after a failure, so one broken step (say a save) does not
 * hide whether the rest of the flow works. done() fails with every failed step.
 */
const steps = () => {
  const failures = [];
  const summary = () =>
    failures.length === 1 ? failures[0] : `${failures.length} steps failed:\n${failures.map((f) => `- ${f}`).join('\n')}`;
  return {
    /** A step the flow goes on after. */
    async step(name, fn) {
      try {
        return await fn();
      } catch (error) {
        failures.push(`${name}: ${error.message.split('\n')[0]}`);
        return undefined;
      }
    },
    /** A step the flow cannot go on without: its failure ends the test, with the failed steps before it. */
    async must(name, fn) {
      try {
        return await fn();
      } catch (error) {
        failures.push(`${name}: ${error.message.split('\n')[0]}`);
        throw new Error(summary(), { cause: error });
      }
    },
    done() {
      if (failures.length > 0) throw new Error(summary());
    },
  };
};

module.exports = { steps, see, dontSee, visible, eventually, equal, ok, visibleText, squash };
