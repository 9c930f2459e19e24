/**
 * Document Service middleware for responsibility letters, every door (after the unit scope
 * admitted the write): a letter is edited only while it is a draft — a signed one changes through
 * a revision (a new version), one under approval after it is returned; one letter per unit and
 * year; each item complete and its indicator named once; a new letter from a template starts with
 * the template's header text and items. The write and its checks are one transaction.
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, InvalidError, bilingual, readRelationChange } from '../../../plugins/synergy/public';
import { LETTER_TEMPLATE_UID, LETTER_UID } from '../../../kernel/uids';
import { itemFacts, loadLetter } from '../queries/letter-record';
import { itemProblems } from '../rules/items';

const NOT_EDITABLE: Record<string, [string, string]> = {
  signed: [
    'A signed letter is not edited in place: start a revision with its reason (action "start-revision"), which opens a new version',
    '已签订的责任书不能直接修改：请发起修订并填写修订原因，修订将形成新版本',
  ],
  submitted: ['A letter under approval is not edited: it is returned to its unit first', '责任书审批中，不能修改；如需修改请先退回'],
  approved: [
    'An approved letter waiting for signing is not edited: it is returned first',
    '责任书已批准待签订，不能修改；如需修改请先退回',
  ],
};

type TemplateItem = Record<string, any> & { indicator?: { id: number } | null };

/** The template's items as a write's component data. */
const itemsFromTemplate = (items: TemplateItem[]) =>
  items.map(({ indicator, target, weight, scoringRule, floor, ceiling, step, note }) => ({
    indicator: indicator ? { set: [{ id: indicator.id }] } : null,
    target,
    weight,
    scoringRule,
    floor,
    ceiling,
    step,
    note,
  }));

const letterRules = ({ strapi }: { strapi: Core.Strapi }) => {
  /** A new letter naming a template starts from it: its header text and, when none are sent, its items. */
  const fillFromTemplate = async (data: Record<string, any>) => {
    if (data.template === undefined) return;
    const ref = readRelationChange(data.template).linked[0];
    if (!ref) return;
    const template = await strapi.db.query(LETTER_TEMPLATE_UID).findOne({
      where: 'id' in ref ? { id: ref.id } : { documentId: ref.documentId },
      populate: { items: { populate: { indicator: { select: ['id'] } } } },
    });
    if (!template) {
      throw new InvalidError([{ path: ['template'], message: bilingual('No such letter template', '责任书模板不存在') }]);
    }
    if (!data.preamble) data.preamble = template.preamble;
    if (!Array.isArray(data.items) || data.items.length === 0) data.items = itemsFromTemplate(template.items ?? []);
  };

  const checkOnePerUnitAndYear = async (letter: { id: number; year: number | null; ownerUnit: { id: number; name: string } | null }) => {
    if (!letter.ownerUnit || letter.year === null) return;
    const count = await strapi.db.query(LETTER_UID).count({ where: { ownerUnit: { id: letter.ownerUnit.id }, year: letter.year } });
    if (count > 1) {
      throw new ConflictError(
        [
          {
            path: ['year'],
            message: bilingual(
              `${letter.ownerUnit.name} already has a responsibility letter for ${letter.year}`,
              `${letter.ownerUnit.name}已有${letter.year}年度经营目标责任书，每个单位每年只有一份`
            ),
          },
        ],
        { code: 'letter-exists' }
      );
    }
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== LETTER_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const before = params.documentId
      ? await strapi.db.query(LETTER_UID).findOne({ where: { documentId: params.documentId }, select: ['state', 'signedVersionNo'] })
      : null;
    if (context.action === 'delete') {
      if (before && (before.state !== 'draft' || before.signedVersionNo)) {
        throw new ConflictError(
          bilingual(
            'Only a letter never submitted for signing is deleted; a signed letter and its versions stay',
            '只能删除未签订过的草稿责任书；已签订的责任书及其版本须保留'
          ),
          { code: 'letter-kept' }
        );
      }
      return next();
    }
    if (before && before.state !== 'draft') {
      const [en, zh] = NOT_EDITABLE[before.state] ?? NOT_EDITABLE.submitted;
      throw new ConflictError(bilingual(en, zh), { code: before.state === 'signed' ? 'letter-signed' : 'letter-under-approval' });
    }

    const data = (params.data ?? {}) as Record<string, any>;
    if (context.action === 'create') {
      await fillFromTemplate(data);
      if (!data.title && Number.isInteger(Number(data.year))) data.title = `${data.year}年度经营目标责任书`;
    }
    params.data = data;

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = result?.documentId ?? params.documentId;
      const letter = documentId ? await loadLetter(documentId) : null;
      if (!letter) return result;
      await checkOnePerUnitAndYear(letter);
      const problems = itemProblems(itemFacts(letter));
      if (problems.length > 0) throw new InvalidError(problems);
      return result;
    });
  };
};

export default letterRules;
