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
  UNAUTHENTICATED: {
    zh: '密钥无效或缺少密钥：请退出后用有效的密钥重新登录，或请管理员新建一个（npm run keys -- create）。',
    en: 'The key is missing or not valid: sign out and sign in with a valid key, or ask an admin for a new one.',
  },
  FORBIDDEN: {
    zh: '你的密钥的角色不允许这样做：请用有相应角色的密钥登录。',
    en: 'Your key’s role does not allow this: sign in with a key that has the role needed.',
  },
  CONFLICT: {
    zh: '图谱在此期间已有变化，这次请求没有写入任何内容：请重新加载后再试。',
    en: 'The graph changed in the meantime and nothing was written: reload and try again.',
  },
  TOO_MANY_REQUESTS: {
    zh: '请求过于频繁，请稍候再试。',
    en: 'Too many requests: wait a little and try again.',
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
