/**
 * The to-dos of the marketplace lifecycle that demands and resources share: a submission waits on
 * the units above the submitter (the reviewers of `publish`), and a record returned to draft waits
 * on its own unit's reporters to correct and submit it again.
 */
import type { Bilingual, TodoSource } from '../../plugins/synergy/public';

interface MarketplaceTodos {
  uid: string;
  /** The source ids' first word: 'demand' → 'demand-review', 'demand-returned'. */
  name: string;
  /** The record, as a word: 需求 / demand. */
  noun: Bilingual;
}

export const marketplaceTodoSources = ({ uid, name, noun }: MarketplaceTodos): TodoSource[] => [
  {
    id: `${name}-review`,
    kind: 'review',
    uid,
    label: { zh: `${noun.zh}审核`, en: `${noun.en[0].toUpperCase()}${noun.en.slice(1)} review` },
    reason: {
      zh: `{from} 提交了${noun.zh}，待上级单位审核；{mine} 是其上级单位`,
      en: `{from} submitted this ${noun.en} for review by the units above it; {mine} is one of them`,
    },
    states: ['submitted'],
    waitsOn: { action: 'publish' },
    sinceActions: ['submit'],
    title: (record) => record.title,
    actions: ['publish'],
  },
  {
    id: `${name}-returned`,
    kind: 'returned',
    uid,
    label: { zh: `${noun.zh}被退回`, en: `${noun.en[0].toUpperCase()}${noun.en.slice(1)} returned` },
    reason: {
      zh: `{from} 退回了本单位的${noun.zh}，请按意见修改后重新提交；{mine} 是其填报单位`,
      en: `{from} returned this ${noun.en}: correct it as commented and submit it again; {mine} owns it`,
    },
    states: ['draft'],
    enteredBy: ['return'],
    waitsOn: { action: 'submit' },
    fromActor: true,
    title: (record) => record.title,
  },
];
