export const PLUGIN_ID = 'synergy';
