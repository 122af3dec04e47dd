// Names of particular shapes a report prints, for candidateNames.ts: a quoted name nothing
// follows, a person between their post and what they say, and the check that a name cut from a
// longer one does not start inside a quotation.
import type { EntityKind } from '../data/vocabulary.ts';
import type { TaggedWord, Tagger } from './segmenter.ts';
import { CLOSE_QUOTE, NOT_A_PERSON, QUOTES, SPEAKER, WORDLIKE, inName } from './nameWords.ts';

export interface Found {
  name: string;
  kind: EntityKind;
  strength: number;
}

/** Whether every closing quotation mark or bracket in `name` has its opening one before it. */
export function balanced(name: string): boolean {
  const open: string[] = [];
  for (const c of name) {
    if (Object.values(CLOSE_QUOTE).includes(c) && !(c in CLOSE_QUOTE)) open.push(c);
    else if (c in CLOSE_QUOTE && CLOSE_QUOTE[c] !== c && open.pop() !== CLOSE_QUOTE[c])
      return false;
  }
  return true;
}

/** Text in quotes that nothing follows: 青英弄潮 in 实施“青英弄潮”“青苗回归”等系列行动. */
export function quotedNames(tokens: readonly TaggedWord[]): Found[] {
  const found: Found[] = [];
  tokens.forEach((t, i) => {
    const opener = QUOTES[t.word];
    if (opener === undefined) return;
    let j = i - 1;
    while (j >= 0 && i - j <= 8 && WORDLIKE.test((tokens[j] as TaggedWord).word)) j--;
    const inner = tokens
      .slice(j + 1, i)
      .map((w) => w.word)
      .join('');
    const next = tokens[i + 1];
    if ((tokens[j]?.word ?? '') !== opener || inner.length < 2 || inner.length > 12) return;
    if (next && inName(next)) return;
    found.push({ name: inner, kind: 'PROGRAM', strength: 2 });
  });
  return found;
}

/** People named after their post and before what they say (SPEAKER), unless a word is no name's. */
export function speakers(tokens: readonly TaggedWord[], tag: Tagger): Found[] {
  const text = tokens.map((w) => w.word).join('');
  return [...text.matchAll(SPEAKER)]
    .map((m) => m[1] ?? '')
    .filter((name) => !tag(name).some((w) => NOT_A_PERSON.test(w.tag)))
    .map((name) => ({ name, kind: 'TALENT' as const, strength: 1 }));
}
