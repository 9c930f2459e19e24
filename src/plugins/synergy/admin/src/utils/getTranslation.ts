import { PLUGIN_ID } from '../pluginId';

/** Message ids of this plugin are prefixed with its id, as registerTrads stores them. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export const prefixPluginTranslations = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [getTranslation(key), value]));
