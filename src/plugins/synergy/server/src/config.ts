import { matchingConfigProblems } from './services/matching/config-rules';
import { schedulerConfigProblems } from './services/scheduler/rules';
import { notificationConfigProblems } from './services/notifier/config-rules';

/** Cron runs in development and production; tests (NODE_ENV=test) start it only where they test it. */
const schedulerOnByDefault = () =>
  process.env.SCHEDULER_ENABLED ? process.env.SCHEDULER_ENABLED === 'true' : process.env.NODE_ENV !== 'test';

export default {
  default: {
    /** Only the scope benchmark's baseline switches this off, in-process. */
    enforceScope: true,
    /** How long a resolved caller scope is reused across requests on one instance. */
    scopeCacheSeconds: 5,
    /** Public reads kept ready (services/public-cache): at most this old, at most this many answers. */
    publicCache: {
      /** An answer is read again after this long even if no write was seen (writes by another instance). */
      maxAgeSeconds: 5,
      maxEntries: 500,
      /** After a write to a type, its answers are not kept for this long (the write's transaction may still be open). */
      settleMs: 2000,
    },
    /** Days a mediator has to resolve a dispute before it goes one level up. */
    disputeEscalationDays: 15,
    /** Administrator's working-day calendar files (cn-YYYY.json), relative to the app root; they replace shipped years. */
    calendarDir: 'config/calendar',
    /** Base URL of the platform (e.g. https://synergy.group.local) for links in e-mails; empty: no links. */
    publicUrl: '',
    /** E-mail of notifications (services/notifier/outbox). */
    notificationEmail: {
      /** Tries per e-mail before it stays failed. */
      maxAttempts: 5,
      /** E-mails one flush claims. */
      batchSize: 100,
      /** Wait after a failed try before the next. */
      retryAfterSeconds: 300,
      /** A claim older than this belongs to a flush that died; its e-mails are taken again. */
      claimTimeoutSeconds: 900,
    },
    /** Ranking of catalogue entries and resources for a demand (services/matching). */
    matching: {
      /** BM25 term-frequency saturation and length normalisation. */
      k1: 1.2,
      b: 0.75,
      /**
       * A part of a word (a shorter word inside it, a bigram of unknown characters) counts less than
       * a whole word; a dictionary near-term less than the demand's own word; a word only in the
       * demand's description less than one of its title.
       */
      partWeight: 0.3,
      synonymWeight: 0.8,
      descriptionWeight: 0.3,
      /**
       * The core word of a demand's title — its last meaningful word, the head of a Chinese noun
       * phrase (检修现场午饭盒饭: 盒饭) — weighs this many times its other words; a must entry binds
       * only when it holds it (see the must rule below).
       */
      coreWeight: 2,
      /** A word of the demand no offer holds still counts, at this share of a rare word: detail no offer speaks of does not drown the rest. */
      unseenWeight: 0.3,
      weights: { text: 0.6, category: 0.15, region: 0.1, supplierClass: 0.1, rating: 0.05 },
      categoryFit: { exact: 1, type: 0.6, none: 0 },
      regionFit: { covered: 1, nationwide: 0.8, unknown: 0.4, 'not-covered': 0 },
      classValue: { must: 1, priority: 0.6, encouraged: 0.3, none: 0 },
      /** Internal-supplier ratings run from 1 to 5; an unrated supplier counts as a middling one. */
      ratingScale: 5,
      unratedValue: 0.5,
      /** Text scores (share of the demand's meaning found) of a strong and a medium match. */
      bands: { strong: 0.5, medium: 0.25 },
      /**
       * The must rule: a "must" entry binds a demand when it holds the title's core word, its text
       * holds at least this share of the demand's meaning, and at least `mustLead` of what the best
       * candidate's text holds.
       */
      mustThreshold: 0.15,
      mustLead: 0.9,
    },
    /** Named cron jobs (services/scheduler); per job `{ cron?, enabled? }` overrides its default schedule. */
    scheduler: {
      enabled: schedulerOnByDefault(),
      timezone: 'Asia/Shanghai',
      jobs: {},
    },
  },
  validator(config: {
    scheduler?: unknown;
    enforceScope?: unknown;
    scopeCacheSeconds?: unknown;
    disputeEscalationDays?: unknown;
    matching?: unknown;
    publicUrl?: unknown;
    notificationEmail?: unknown;
  }) {
    if (typeof config.enforceScope !== 'boolean') throw new Error('synergy.enforceScope must be a boolean');
    const seconds = config.scopeCacheSeconds;
    if (typeof seconds !== 'number' || seconds < 0 || seconds > 60) {
      throw new Error('synergy.scopeCacheSeconds must be a number of seconds between 0 and 60');
    }
    const days = config.disputeEscalationDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
      throw new Error('synergy.disputeEscalationDays must be a whole number of days, at least 1');
    }
    const { calendarDir } = config as { calendarDir?: unknown };
    if (typeof calendarDir !== 'string' || calendarDir.trim() === '') {
      throw new Error('synergy.calendarDir must name the folder of the working-day calendar files');
    }
    const problems = notificationConfigProblems(config.publicUrl, config.notificationEmail);
    if (problems.length > 0) throw new Error(problems.join('; '));
    const matchingProblems = matchingConfigProblems(config.matching);
    if (matchingProblems.length > 0) throw new Error(matchingProblems.join('; '));
    const schedulerProblems = schedulerConfigProblems(config.scheduler);
    if (schedulerProblems.length > 0) throw new Error(schedulerProblems.join('; '));
  },
};
