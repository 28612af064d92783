import type { LabelKind } from '../../doc/annotations.js';

/**
 * A mention found but not yet resolved: what it refers to is a `Ref`, resolved in text order once
 * every mention is known (role phrases and pronouns look back at earlier mentions).
 */
export type Ref =
  | { readonly type: 'fixed'; readonly id: string }
  /** A role phrase: an office of a body or state («وزير الخارجية الأميركي»). */
  | { readonly type: 'role'; readonly role: string; readonly of: Ref | null; readonly text: string; readonly host?: string | null }
  /** A possessive: «بلاده», «قواته», «حكومته»: the pronoun's referent's state/forces/government. */
  | { readonly type: 'possessive'; readonly target: 'state' | 'forces' | 'government'; readonly pronoun: string; readonly inQuote: boolean }
  /** A bare definite head («الجيش», «البعثة»): the latest actor whose name starts with it. */
  | { readonly type: 'head'; readonly head: string }
  /** A bare loaded word used as a noun («الانقلابيين», «المستعمر»). */
  | { readonly type: 'epithet'; readonly cls: string; readonly plural: boolean }
  /** A title standing alone («المشير»): the latest actor that carried it. */
  | { readonly type: 'titled'; readonly key: string }
  /** The forces of something («قوات X», «مليشيا X»). */
  | { readonly type: 'forcesOf'; readonly of: Ref }
  /** The government headed by someone («حكومة السراج»). */
  | { readonly type: 'governmentOf'; readonly of: Ref }
  /** A possessive pronoun's referent itself («باسمها», «دفاعها»). */
  | { readonly type: 'referent'; readonly pronoun: string }
  /** A state's organ («وزارة الدفاع التركية»), or the state itself for organ `state`. */
  | { readonly type: 'organ'; readonly country: string; readonly organ: string; readonly host: string | null }
  /**
   * A bare organ («الخارجية», «جهاز المخابرات», «الوفد»): the organ of the state the context gives.
   * `country`: the state of a coordinated organ that carries a nisba («السفارة والقنصلية المصرية»).
   */
  | { readonly type: 'contextOrgan'; readonly organ: string; readonly use: 'state' | 'earlier'; readonly country: string | null }
  /** An organ with a possessive pronoun («وزارة خارجيتها», «سفارتها»): that organ of the pronoun's referent's owner. */
  | { readonly type: 'organOf'; readonly organ: string; readonly of: Ref }
  /** «الطرف الآخر»: the other party of the article's two-sided conflict. */
  | { readonly type: 'otherParty' }
  /** A new actor unknown to the KB. */
  | { readonly type: 'new'; readonly key: string; readonly nameAr: string; readonly actorType: 'PER' | 'ORG' | 'GPE'; readonly descriptor: string | null };

export interface LabelDraft {
  readonly kind: LabelKind;
  readonly start: number;
  readonly end: number;
}

export interface Draft {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly ref: Ref;
  readonly mentionKind: 'name' | 'nominal';
  labels: LabelDraft[];
  /** Role phrases attached as labels: they tell later role phrases who holds which office. */
  roleInfo: { role: string; of: Ref | null }[];
}
