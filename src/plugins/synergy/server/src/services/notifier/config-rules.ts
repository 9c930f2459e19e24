/** Checks of the notifier's plugin configuration (publicUrl, notificationEmail). */
const LIMITS: Record<string, [number, number]> = {
  maxAttempts: [1, 100],
  batchSize: [1, 10000],
  retryAfterSeconds: [0, 7 * 24 * 3600],
  claimTimeoutSeconds: [60, 7 * 24 * 3600],
};

export const notificationConfigProblems = (publicUrl: unknown, email: unknown): string[] => {
  const problems: string[] = [];
  if (publicUrl !== undefined && publicUrl !== '' && (typeof publicUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(publicUrl))) {
    problems.push('synergy.publicUrl must be empty or an http(s) URL');
  }
  if (email === undefined) return problems;
  if (!email || typeof email !== 'object') return [...problems, 'synergy.notificationEmail must be an object'];
  for (const [name, value] of Object.entries(email)) {
    const limit = LIMITS[name];
    if (!limit) problems.push(`synergy.notificationEmail.${name} is not a setting`);
    else if (!Number.isInteger(value) || (value as number) < limit[0] || (value as number) > limit[1]) {
      problems.push(`synergy.notificationEmail.${name} must be a whole number from ${limit[0]} to ${limit[1]}`);
    }
  }
  return problems;
};
