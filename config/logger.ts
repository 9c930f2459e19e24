import { winston, formats } from '@strapi/logger';

/** Log level from STRAPI_LOG_LEVEL (tests and benchmarks run at "error"). */
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.STRAPI_LOG_LEVEL || 'http',
      format: winston.format.combine(
        formats.levelFilter(process.env.STRAPI_LOG_LEVEL || 'http'),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })
      ),
    }),
  ],
};
