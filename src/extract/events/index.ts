export { createEventsStage, extractEvents } from './stage.js';
export { loadEventLexicon } from './lexicon.js';
