/** Names the list view's hooks need while they run, outside any component that could ask react-intl. */
import enMessages from '../../translations/en.json';
import zhMessages from '../../translations/zh-Hans.json';

/** The content type of the list view at a location (its uid, as the content manager's URL names it). */
export const listModel = (pathname: string): string | null => {
  const match = /\/content-manager\/collection-types\/([^/?#]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
};

/** The name of a lifecycle state in an admin locale, as the workflow panel shows it. */
export const stateName = (state: string, locale: string): string => {
  const messages: Record<string, string> = locale.toLowerCase().startsWith('zh') ? zhMessages : enMessages;
  return messages[`state.${state}`] ?? (enMessages as Record<string, string>)[`state.${state}`] ?? state;
};
