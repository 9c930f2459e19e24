/**
 * Hook Admin/CM/pages/EditView/mutate-edit-view-layout: a field's hint stored in both languages
 * ("提交前必填 (Required to submit)", server services/admin-labels/apply.ts) shows in the admin's
 * language only. The content manager shows stored hints as they are; the layout is mutated
 * before it renders. The language is the one the admin chose (Strapi keeps it in localStorage).
 */
import { inLanguage } from '../utils/bilingual';

interface LayoutField {
  hint?: unknown;
  [key: string]: unknown;
}
interface EditLayoutArgs {
  layout: { layout: LayoutField[][][]; [key: string]: unknown };
  [key: string]: unknown;
}

const adminLanguage = () => {
  try {
    return window.localStorage.getItem('strapi-admin-language') ?? 'zh-Hans';
  } catch {
    return 'zh-Hans';
  }
};

export const hintsInLanguage = (args: EditLayoutArgs): EditLayoutArgs => {
  const locale = adminLanguage();
  const field = (f: LayoutField) => (typeof f.hint === 'string' && f.hint ? { ...f, hint: inLanguage(f.hint, locale) } : f);
  return { ...args, layout: { ...args.layout, layout: args.layout.layout.map((panel) => panel.map((row) => row.map(field))) } };
};
