/** Drops the template database global-setup.js made. */
const { dropTemplate } = require('./template');

module.exports = async () => {
  if (process.env.SYNERGY_TEST_TEMPLATE) await dropTemplate(process.env.SYNERGY_TEST_TEMPLATE);
};
