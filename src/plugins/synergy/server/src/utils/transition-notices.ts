/**
 * Whom a transition tells, decided on data: a transition may declare `notify` (the kind, who, the
 * record's name); the engine loads what the declarations name once the transition has committed,
 * and these pure functions pick the addressees and write the message. Declarations are checked
 * against the schemas when the table is registered, like the `who` rules.
 */
import { MEMBER_ROLES, NOTIFICATION_KINDS, type MemberRole, type TransitionNotice, type WorkflowDef } from '../../../shared/contracts';
import { namedBy } from './transitions';
import type { AttributesOf, Populate } from './transition-relations';

const USER_UID = 'plugin::users-permissions.user';
const DEFAULT_LABELS = ['title', 'name'];

export interface NoticeLoadPlan {
  /** Scalar fields of the record itself that the labels read. */
  select: string[];
  populate: Populate;
  problems: string[];
}

/** The fields and relations a type's notices read, planned once at registration; misspelt paths are problems. */
export const planNoticeLoad = (def: WorkflowDef, attributesOf: AttributesOf, orgUnit: string): NoticeLoadPlan => {
  const select = new Set<string>(['id', 'documentId']);
  const populate: Populate = {};
  const problems: string[] = [];
  const own = attributesOf(def.uid) ?? {};

  /** Walks a path of relations from the record, adding it to the tree with `leaf` selected at its end. */
  const addPath = (path: string, leaf: string[], target: string | null, label: string, endsInField: boolean) => {
    const fields = path.split('.');
    const relations = endsInField ? fields.slice(0, -1) : fields;
    let uid = def.uid;
    let tree = populate;
    let node: Populate[string] | null = null;
    for (const field of relations) {
      const attribute = attributesOf(uid)?.[field];
      if (attribute?.type !== 'relation' || !attribute.target) {
        problems.push(`${label}: "${path}" is not a relation path of ${def.uid}`);
        return;
      }
      if (node) tree = node.populate ??= {};
      node = tree[field] ??= { select: ['id'] };
      uid = attribute.target;
    }
    if (target && uid !== target) {
      problems.push(`${label}: "${path}" leads to ${uid}, not ${target}`);
      return;
    }
    const columns = endsInField ? [fields[fields.length - 1]] : leaf;
    if (endsInField && (!attributesOf(uid)?.[columns[0]] || attributesOf(uid)?.[columns[0]].type === 'relation')) {
      problems.push(`${label}: "${path}" does not end in a field`);
      return;
    }
    if (!node) columns.forEach((column) => select.add(column));
    else for (const column of columns) if (!node.select.includes(column)) node.select.push(column);
  };

  for (const t of def.transitions) {
    const notice = t.notify;
    if (!notice) continue;
    const label = `${t.action} notice`;
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(notice.kind)) problems.push(`${label}: unknown kind "${notice.kind}"`);
    if (notice.to.length === 0) problems.push(`${label}: tells nobody`);
    for (const entry of notice.to) {
      if ('person' in entry) addPath(entry.person, ['id'], USER_UID, label, false);
      else {
        addPath(entry.members ?? 'ownerUnit', ['id'], orgUnit, label, false);
        if (entry.roles.length === 0 || entry.roles.some((role) => !MEMBER_ROLES.includes(role)))
          problems.push(`${label}: roles must be member roles`);
      }
    }
    if (notice.label) addPath(notice.label, [], null, label, true);
    else for (const field of DEFAULT_LABELS) if (own[field] && own[field].type !== 'relation') select.add(field);
  }
  return { select: [...select], populate, problems: [...new Set(problems)] };
};

/** Who a notice tells on this record: the first entry of `to` that names anyone (people by id, or units whose members in `roles` are told). */
export const noticeAddressees = (
  notice: TransitionNotice,
  record: Record<string, any>
): { people: number[] } | { units: number[]; roles: MemberRole[] } | null => {
  for (const entry of notice.to) {
    const path = 'person' in entry ? entry.person : (entry.members ?? 'ownerUnit');
    const ids = [
      ...new Set(
        namedBy(record, path)
          .map((linked) => linked?.id)
          .filter((id): id is number => typeof id === 'number')
      ),
    ];
    if (ids.length === 0) continue;
    return 'person' in entry ? { people: ids } : { units: ids, roles: entry.roles };
  }
  return null;
};

/** The record's name in a message: the declared path, else its title or name, else its document id. */
export const noticeLabel = (notice: TransitionNotice, record: Record<string, any>): string => {
  const paths = notice.label ? [notice.label] : DEFAULT_LABELS;
  for (const path of paths) {
    const fields = path.split('.');
    const [holder] = fields.length > 1 ? namedBy(record, fields.slice(0, -1).join('.')) : [record];
    const value = holder?.[fields[fields.length - 1]];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return String(record.documentId ?? '');
};

/** The Chinese half of a schema's displayName "协同需求 Synergy demand"; the whole name when it has none. */
export const chineseName = (displayName: string | undefined): string => {
  const name = (displayName ?? '').trim();
  const chinese = name.split(/\s+(?=[A-Za-z])/)[0];
  return /[\u4e00-\u9fff]/.test(chinese) ? chinese : name;
};

const VERBS: Partial<Record<TransitionNotice['kind'], { verb: string; next: string }>> = {
  returned: { verb: '退回', next: '请按意见修改后重新提交。' },
  rejected: { verb: '驳回', next: '' },
  filed: { verb: '备案并发起', next: '本件无须审批，仅报上级单位备案。' },
};

export interface NoticeText {
  title: string;
  body: string;
}

/** Title and body of a transition's notification, in Chinese like every notification and e-mail. */
export const noticeText = (args: {
  kind: TransitionNotice['kind'];
  typeName: string;
  label: string;
  actorName: string;
  actorUnitName: string | null;
  comment: string | null;
  toState: string;
}): NoticeText => {
  const title = `${args.typeName}「${args.label}」`;
  const who = args.actorUnitName ? `${args.actorName}（${args.actorUnitName}）` : args.actorName;
  const wording = VERBS[args.kind];
  const did = wording ? `${wording.verb}了${title}` : `将${title}办理为「${args.toState}」`;
  // The sentence ends with 。 whatever punctuation the comment ends with.
  const said = args.comment?.trim().replace(/[。．.!！?？;；,，、\s]+$/u, '');
  const comment = said ? `，意见：${said}` : '';
  return { title, body: `${who}${did}${comment}。${wording?.next ?? ''}`.trim() };
};

/** One key per transition taken and person: the same transition never tells a person twice. */
export const noticeKey = (uid: string, documentId: string, action: string, at: Date, recipientId: number): string =>
  `transition:${uid}:${documentId}:${action}:${at.getTime()}:${recipientId}`;
