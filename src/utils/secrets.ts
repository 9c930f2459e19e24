/**
 * Secrets with development/test defaults. In production a missing secret stops the boot:
 * a default key there would let anyone forge sessions.
 */
type EnvReader = (name: string, fallback?: string) => string | undefined;

export const isProduction = () => process.env.NODE_ENV === 'production';

export const secret = (env: EnvReader, name: string, developmentDefault: string): string => {
  const value = env(name);
  if (value) return value;
  if (isProduction()) {
    throw new Error(`${name} must be set when NODE_ENV=production (see README, "Environment").`);
  }
  return developmentDefault;
};

export const secretList = (env: EnvReader, name: string, developmentDefault: string[]): string[] =>
  secret(env, name, developmentDefault.join(','))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
