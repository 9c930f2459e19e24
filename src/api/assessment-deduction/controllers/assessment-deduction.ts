import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::assessment-deduction.assessment-deduction');
