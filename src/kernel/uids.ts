/**
 * The UIDs of the content types application code names, once. Strapi's factories and queries
 * take them as they are; a type's folder under src/api/ is the second half of its UID.
 */
export { MEMBERSHIP_UID, USER_UID } from '../plugins/synergy/public';

export const ORG_UNIT_UID = 'api::org-unit.org-unit';

export const DEMAND_UID = 'api::synergy-demand.synergy-demand';
export const RESOURCE_UID = 'api::synergy-resource.synergy-resource';
export const EXEMPTION_UID = 'api::exemption-request.exemption-request';
export const ARTICLE_UID = 'api::article.article';
export const TENDER_UID = 'api::tender.tender';

export const EDITION_UID = 'api::catalogue-edition.catalogue-edition';
export const ENTRY_UID = 'api::catalogue-entry.catalogue-entry';

export const MATCH_RUN_UID = 'api::match-run.match-run';
export const MATCH_RESULT_UID = 'api::match-run.match-result';

export const PROJECT_UID = 'api::synergy-project.synergy-project';
export const BENEFIT_UID = 'api::benefit-record.benefit-record';
export const DISPUTE_UID = 'api::dispute.dispute';
export const SUPPLIER_UID = 'api::internal-supplier.internal-supplier';
export const CLASS_CHANGE_UID = 'api::supplier-class-change.supplier-class-change';
export const EVALUATION_UID = 'api::supplier-evaluation.supplier-evaluation';

export const TASK_UID = 'api::task.task';
export const REPORT_UID = 'api::progress-report.progress-report';
export const DEDUCTION_UID = 'api::assessment-deduction.assessment-deduction';

export const MEETING_UID = 'api::meeting.meeting';
export const TEMPLATE_UID = 'api::minutes-template.minutes-template';

export const NOTIFICATION_UID = 'api::notification.notification';

export const INDICATOR_UID = 'api::indicator.indicator';
export const ANNUAL_PLAN_UID = 'api::annual-plan.annual-plan';
export const PLAN_TARGET_UID = 'api::plan-target.plan-target';

export const GUIDELINE_UID = 'api::guideline.guideline';
export const RECEIPT_UID = 'api::guideline-receipt.guideline-receipt';
export const INDICATOR_VALUE_UID = 'api::indicator-value.indicator-value';
export const INDICATOR_PERIOD_UID = 'api::indicator-period.indicator-period';
export const INDICATOR_CORRECTION_UID = 'api::indicator-correction.indicator-correction';
export const LETTER_UID = 'api::responsibility-letter.responsibility-letter';
export const LETTER_VERSION_UID = 'api::letter-version.letter-version';
export const LETTER_TEMPLATE_UID = 'api::letter-template.letter-template';

export const SCHEME_UID = 'api::assessment-scheme.assessment-scheme';
export const SHEET_UID = 'api::assessment-sheet.assessment-sheet';
export const MANUAL_SCORE_UID = 'api::manual-score.manual-score';
export const BULLETIN_UID = 'api::assessment-bulletin.assessment-bulletin';
export const QUARTERLY_REPORT_UID = 'api::quarterly-report.quarterly-report';
export const ANALYSIS_TEMPLATE_UID = 'api::analysis-template.analysis-template';
export const ANALYSIS_REPORT_UID = 'api::analysis-report.analysis-report';
