/** API and unit tests: jest + supertest against a real Strapi on a fresh database per test file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // The browser suite has its own runner (tests/e2e/run.js, npm run test:e2e).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
  testTimeout: 120000,
  // One worker, files one after another (each boots Strapi on its own database); the worker is
  // replaced when a file leaves it above this heap, so 60 files do not pile up one process's garbage.
  workerIdleMemoryLimit: '700MB',
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
};
