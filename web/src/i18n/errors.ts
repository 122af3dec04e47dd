// An API error in the reader's language. The API words its messages in English; the dashboard
// says in Chinese what each code means, and translates the refusals a visitor can cause from the
// page (a number out of range), so a Chinese page never shows an English sentence alone.
import type { Lang } from '../route.ts';

const BY_CODE: Record<string, { zh: string; en: string }> = {
  BAD_USER_INPUT: { zh: '请求的参数不被接受。', en: 'The request was not accepted.' },
  NOT_FOUND: { zh: '找不到所请求的实体。', en: 'What was asked for does not exist.' },
  TIMEOUT: {
    zh: '查询超时：请缩小范围（减少跳数或层数）后重试。',
    en: 'The query took too long: narrow it (fewer hops or a smaller depth) and retry.',
  },
  SERVICE_UNAVAILABLE: {
    zh: '图数据库暂时无法访问，请几秒后重试。',
    en: 'The graph database is not reachable right now; retry in a few seconds.',
  },
  QUERY_TOO_COMPLEX: {
    zh: '查询过于复杂：请缩小范围（减少跳数、层数或节点数）。',
    en: 'The query is too complex: narrow it (fewer hops, a smaller depth or fewer nodes).',
  },
  NETWORK_ERROR: { zh: '无法连接到 API。', en: 'The API cannot be reached.' },
  BAD_RESPONSE: { zh: 'API 的回答无法读取。', en: 'The API’s answer could not be read.' },
  INTERNAL_SERVER_ERROR: {
    zh: '服务器内部出错，请稍后重试。',
    en: 'The server failed unexpectedly; retry later.',
  },
};

const UNKNOWN = { zh: '请求失败。', en: 'The request failed.' };

/** The arguments a visitor sets from the page, as the page labels them. */
const ARGUMENTS: Record<string, string> = {
  maxHops: '最多跳数',
  depth: '层数',
  maxNodes: '最多节点',
  first: '数量',
};

const RANGE = /^(\w+) must be an integer from (-?\d+) to (-?\d+); got (.+)\.$/;

/** The sentence to show for an error with this code and (English) message. */
export function errorSentence(code: string, message: string, lang: Lang): string {
  if (lang === 'en') return message || (BY_CODE[code] ?? UNKNOWN).en;
  const range = RANGE.exec(message);
  if (range) {
    const [, name = '', min, max, got] = range;
    return `${ARGUMENTS[name] ?? name}（${name}）必须是 ${min} 到 ${max} 之间的整数，收到的是 ${got}。`;
  }
  return (BY_CODE[code] ?? UNKNOWN).zh;
}
