// Chinese words with their parts of speech, from jieba (@node-rs/jieba: the Rust jieba behind a
// prebuilt native module; its dictionary loads once per process, in under a second).
import type { TaggedWord } from '@node-rs/jieba';

export type { TaggedWord };
export type Tagger = (text: string) => TaggedWord[];

let tagger: Promise<Tagger> | null = null;

/** The tagger, its dictionary loaded on first use. */
export function loadTagger(): Promise<Tagger> {
  tagger ??= (async () => {
    const [{ Jieba }, { dict }] = await Promise.all([
      import('@node-rs/jieba'),
      import('@node-rs/jieba/dict.js'),
    ]);
    const jieba = Jieba.withDict(dict);
    return (text: string) => jieba.tag(text, true);
  })();
  return tagger;
}
