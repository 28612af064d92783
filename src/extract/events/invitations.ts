import { readWordKinds } from '../../lexicons/word-kinds.js';
import type { PlaceMention } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { matchKey } from '../../text/normalize.js';
import type { TriggerHit } from './triggers.js';
import { tokenRange, type ActorGroup } from './view.js';

/**
 * «دعونا القادة الرئيسيين حفتر والسراج»: the same verb calls on a party to do something («دعا الأطراف
 * إلى ضبط النفس», REQUEST) or invites it (AGREE, README). It invites when no deed called for follows
 * its object, or when the deed's masdar carries a pronoun («لإبلاغه», «لزيارته»): done between the
 * caller and the invitee, it is not asked of the invitee. Which verbs and prepositions: invitations.tsv.
 */
export interface Invitations {
  readonly lemmas: ReadonlySet<string>;
  readonly complements: ReadonlySet<string>;
}

export function loadInvitations(file = dataPath('events', 'invitations.tsv')): Invitations {
  const { lemma, complement } = readWordKinds(file, ['lemma', 'complement']);
  return { lemmas: lemma, complements: complement };
}

/** Words a comma-delimited parenthetical after the object may hold («، في بيان صادر عن وزارة الخارجية،»). */
const PARENTHETICAL = 12;

/**
 * Words that may stand between the object's last named party and the complement: the object noun phrase
 * runs on past the name («الأميركيين ومواطني بقية بلدان العالم الغربي إلى اعتناق …»), a time word
 * («الجمعة») may follow. Checked on ANERcorp calls (docs/DESIGN.md, events): with two words, calls whose
 * object phrase ran on were read as invitations.
 */
const OBJECT_RUN_ON = 6;

/** Words (a time word: «الجمعة», «اليوم») that may stand between a closed parenthetical and the complement: past it a new clause may start («…، في يناير الماضي، لم يكن الجيش مستعداً للتوقيع»). */
const AFTER_PARENTHETICAL = 2;

/** Punctuation that ends the call's reach: the sentence or the speaker's words end, a colon opens words. */
const END = /^[.:!?؟"«»“”]+$/u;

const isComma = (t: Token): boolean => t.text === '،' || t.text === ',';

/**
 * Whether the call `hit` with recipients `target` is an invitation: a verb of invitations.tsv whose
 * recipients are its direct object (no preposition), with no complement after them, or one whose
 * masdar carries a pronoun, or one naming the place invited to («دعاه إلى موسكو»).
 */
export function isInvitation(tokens: readonly Token[], hit: TriggerHit, end: number, groups: readonly ActorGroup[],
  target: readonly string[], places: readonly PlaceMention[], inv: Invitations): boolean {
  if (hit.form.form === 'noun' || !inv.lemmas.has(matchKey(hit.form.entry.lemma)) || target.length === 0) return false;
  const object = groups.find((g) => g.first > hit.last && g.first < end && g.ids.some((id) => target.includes(id)));
  if (!object || object.prep !== null) return false;
  // «ودعت الأمم المتحدة الأطراف إلى طرد المرتزقة»: a party named after the complement is the deed's, not the call's object.
  for (let k = hit.last + 1; k < object.first; k++) if (complementAt(tokens[k]!, inv)) return false;
  // The complement follows the object, past comma-delimited parentheticals and a time word or two.
  let words = 0;
  let limit = OBJECT_RUN_ON;
  for (let k = object.last + 1; k < end; k++) {
    const t = tokens[k]!;
    if (isComma(t)) {
      let close = k + 1;
      while (close < Math.min(end, k + 1 + PARENTHETICAL) && !isComma(tokens[close]!)) close++;
      // «… في رام الله، إلى إنهاء الاحتلال»: a comma right before the complement sets off an adverbial, not the clause.
      if (close >= end || !isComma(tokens[close]!)) {
        if (k + 1 < end && complementAt(tokens[k + 1]!, inv) !== null) continue;
        return true;
      }
      k = close;
      words = 0;
      limit = AFTER_PARENTHETICAL;
      continue;
    }
    if (t.kind !== 'word') {
      if (END.test(t.text)) return true;
      continue;
    }
    // «دعا … للأمم المتحدة»: a preposition on a party's name introduces no deed.
    const g = groups.find((x) => x.first === k);
    if (g) {
      k = g.last;
      continue;
    }
    const c = complementAt(t, inv);
    const masdar = c === 'word' ? tokens[k + 1] : c === 'proclitic' ? t : undefined;
    if (masdar) return masdar.parts.some((p) => p.role === 'enclitic') || places.some((p) => tokenRange(tokens, p.span).first === masdar.index);
    if (++words > limit) return true;
  }
  return true;
}

/** Whether a token is a complement preposition written as a word («إلى») or carries one as a proclitic («لإبلاغه»). */
function complementAt(t: Token, inv: Invitations): 'word' | 'proclitic' | null {
  if (t.kind !== 'word') return null;
  if (inv.complements.has(t.norm) && t.parts.length === 1) return 'word';
  return t.parts.some((p) => p.role === 'proclitic' && inv.complements.has(p.form)) ? 'proclitic' : null;
}
