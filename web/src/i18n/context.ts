// The current language for every component, and `t` to read a label with {placeholders}.
import { createContext, useContext } from 'react';
import type { Lang } from '../route.ts';
import { MESSAGES, type MessageKey } from './messages.ts';

export const LangContext = createContext<Lang>('zh');

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function useLang(): { lang: Lang; t: Translate } {
  const lang = useContext(LangContext);
  const t: Translate = (key, values = {}) =>
    MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  return { lang, t };
}

/** The name to show: English when asked for and known, the Chinese name otherwise. */
export const nameIn = (e: { name: string; nameEn: string | null }, lang: Lang): string =>
  lang === 'en' ? (e.nameEn ?? e.name) : e.name;
