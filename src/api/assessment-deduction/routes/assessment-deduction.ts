import { factories } from '@strapi/strapi';

/** Deductions are recorded by the system; units and intranet pages read them. */
export default factories.createCoreRouter('api::assessment-deduction.assessment-deduction', { only: ['find', 'findOne'] });
