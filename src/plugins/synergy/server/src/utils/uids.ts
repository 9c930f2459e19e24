export const ORG_UNIT_UID = 'api::org-unit.org-unit';
export const MEMBERSHIP_UID = 'plugin::synergy.membership';
export const TRANSITION_UID = 'plugin::synergy.transition';
