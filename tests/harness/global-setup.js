/** Compiles the app once (config, src, database seeds) into dist/ before any test file boots it. */
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi({ appDir: process.cwd(), ignoreDiagnostics: false });
};
