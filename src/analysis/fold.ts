// Folding for comparison, from the one folding module (text/fold.ts).
export { foldedWords, foldText } from '../text/fold.ts';
