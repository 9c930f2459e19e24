import { secret, secretList } from '../../src/utils/secrets';

describe('secrets', () => {
  const env = (values: Record<string, string>) => (name: string) => values[name];
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('uses the development default outside production', () => {
    process.env.NODE_ENV = 'development';
    expect(secret(env({}), 'JWT_SECRET', 'dev')).toBe('dev');
    expect(secretList(env({ APP_KEYS: 'a, b' }), 'APP_KEYS', ['x'])).toEqual(['a', 'b']);
  });

  it('refuses to start in production without the real secret', () => {
    process.env.NODE_ENV = 'production';
    expect(() => secret(env({}), 'ADMIN_JWT_SECRET', 'dev')).toThrow(/ADMIN_JWT_SECRET must be set/);
    expect(secret(env({ ADMIN_JWT_SECRET: 'real' }), 'ADMIN_JWT_SECRET', 'dev')).toBe('real');
  });
});
