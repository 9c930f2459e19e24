/**
 * The guard every test's pages run under: a request to a host other than the app's, a browser
 * console error or an uncaught page error is a problem, and any problem fails the test with the
 * offending message.
 */
const firstLines = (text, n = 3) => String(text).split('\n').slice(0, n).join(' | ');

/** What went wrong in a browser during one test, deduplicated, in order of first occurrence. */
class BrowserProblems {
  constructor(origin) {
    this.origin = origin;
    this.seen = new Map();
    this.expectedFailures = [];
  }
  /** A request the flow makes to be refused (a validation answer): Chromium logs it as a console error. */
  expectFailure(urlPattern, status) {
    this.expectedFailures.push({ urlPattern, status });
  }
  add(kind, message) {
    const failed = message.match(/status of (\d{3}) .*\(at (\S+)\)$/);
    if (
      kind === 'console error' &&
      failed &&
      this.expectedFailures.some((e) => e.urlPattern.test(failed[2]) && e.status === Number(failed[1]))
    )
      return;
    const key = `${kind}: ${message}`;
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
  }
  onRequest(request) {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== this.origin) this.add('request to another host', `${request.method()} ${url}`);
  }
  /** Listens to a page's console; `target` names the problems to report to (the running test's). */
  watchPage(page, target = () => this) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      target()?.add('console error', `${firstLines(message.text(), 1).slice(0, 300)}${where ? ` (at ${where})` : ''}`);
    });
    page.on('pageerror', (error) => target()?.add('page error', firstLines(error.stack || error.message, 4)));
  }
  get count() {
    return this.seen.size;
  }
  /** Every problem once, with how often it happened. */
  list() {
    return [...this.seen.entries()].map(([problem, times]) => ({ problem, times }));
  }
  /**
   * One line per problem, except missing translations, which come as one line per locale with the
   * message ids (there are dozens per page).
   */
  summary(limit = 8) {
    const missing = new Map();
    const lines = [];
    for (const [key, times] of this.seen) {
      const m = key.match(/MISSING_TRANSLATION\] Missing message: "([^"]+)" for locale "([^"]+)"/);
      if (m) {
        if (!missing.has(m[2])) {
          missing.set(m[2], new Set());
          lines.push({ locale: m[2] });
        }
        missing.get(m[2]).add(m[1]);
      } else {
        lines.push({ text: `${key}${times > 1 ? ` (×${times})` : ''}` });
      }
    }
    const rendered = lines.map((l) => {
      if (l.text) return `  - ${l.text}`;
      const ids = [...missing.get(l.locale)];
      return `  - console error: [@formatjs/intl] MISSING_TRANSLATION for locale "${l.locale}", ${ids.length} message ids: ${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''}`;
    });
    if (rendered.length > limit)
      return [...rendered.slice(0, limit), `  - … and ${rendered.length - limit} more (see report.json)`].join('\n');
    return rendered.join('\n');
  }
}

module.exports = { BrowserProblems, firstLines };
