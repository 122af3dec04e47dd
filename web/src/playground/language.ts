// The playground's own words in Chinese and English. GraphiQL's interface is English and offers
// no translation, so the toggle changes what is ours: the title and heading, the Examples panel,
// the editors' labels and the toggle itself; the page's language stays English for GraphiQL,
// and every Chinese text is marked zh-CN.
import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';

export const WORDS = {
  zh: {
    heading: '慈溪创新图谱 · GraphQL 调试台',
    dashboard: '返回仪表盘',
    switchTo: 'English',
    switchLabel: 'English: show the playground’s own texts in English',
    examples: '示例查询',
    examplesHint: '点击一个示例，它会在新标签页中打开。',
    queryEditor: '查询编辑器',
    variablesEditor: '变量编辑器',
    headersEditor: '请求头编辑器',
    response: '查询结果',
  },
  en: {
    heading: 'Cixi Innovation Graph · GraphQL playground',
    dashboard: 'Back to the dashboard',
    switchTo: '中文',
    switchLabel: '中文：用中文显示调试台自己的文字',
    examples: 'Example operations',
    examplesHint: 'Click an example to open it in a new tab.',
    queryEditor: 'Query editor',
    variablesEditor: 'Variables editor',
    headersEditor: 'Headers editor',
    response: 'Response',
  },
} as const;

export type Words = (typeof WORDS)[Lang];

export const langTag = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The language the address asks for (?lang=en), Chinese otherwise, as on the dashboard. */
export const langFromUrl = (): Lang =>
  new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';

export const LangContext = createContext<Lang>('zh');
export const usePlaygroundLang = (): Lang => useContext(LangContext);
