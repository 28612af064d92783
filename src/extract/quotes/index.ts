import { defineStage, type Stage } from '../../pipeline/stage.js';
import { loadTextTables, matchKey } from '../../text/index.js';
import { findQuotes } from './extract.js';
import { loadQuoteLexicon, type QuoteLexicon } from './lexicon.js';

export { formatQuote } from './format.js';

/**
 * The `quotes` stage: direct and reported statements with their cue, speaker (an actor mention, a
 * carried earlier speaker, or unnamed sources), content, speech act, target and channel.
 * Reads the actor mentions (speakers are actors); data is loaded once, when the stage is created.
 */
export function createQuotesStage(lex: QuoteLexicon = loadQuoteLexicon()): Stage<'mentions' | 'actors', 'quotes'> {
  const enclitics = loadTextTables().clitics.enclitics.map((e) => matchKey(e)).sort((a, b) => b.length - a.length);
  return defineStage({
    name: 'quotes',
    version: 1,
    description: 'Quotations and reported statements: cue, speaker, content, direct/mixed, speech act, target, channel.',
    reads: ['mentions', 'actors'],
    adds: ['quotes'],
    run(article) {
      return {
        quotes: findQuotes(article.text, article.sentences, article.tokens, article.layers.mentions, article.layers.actors, lex, enclitics),
      };
    },
  });
}
