import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Cursor, EntityOrder } from '../../src/data/lists.ts';
import { decodeCursor, encodeCursor } from '../../src/graphql/resolvers/lists.ts';
import { caught } from '../helpers/caught.ts';

/** The error decodeCursor throws for `value`, or a failure when it returns a cursor. */
const refusal = (order: EntityOrder, value: string): GraphQLError =>
  caught(
    GraphQLError,
    () => decodeCursor('ENTERPRISE', order, value),
    `decodeCursor accepted ${JSON.stringify(value)} for ${order}`,
  );

const base64url = (text: string): string => Buffer.from(text).toString('base64url');

describe('list cursors', () => {
  const trips: [order: EntityOrder, cursor: Cursor][] = [
    ['NAME_ASC', { key: '浙江瑞堂塑料科技股份有限公司', id: 'enterprise:ruitang' }],
    ['NAME_DESC', { key: '', id: 'enterprise:a' }],
    ['NAME_EN_ASC', { key: '\uffff', id: 'enterprise:no-english-name' }],
    ['YEAR_ASC', { key: 2019, id: 'enterprise:example' }],
    ['YEAR_DESC', { key: -1, id: 'enterprise:no-year' }],
    ['CONNECTIONS_DESC', { key: 0, id: 'university:wust' }],
    ['NAME_ASC', { key: 'quote " backslash \\ slash / plus +', id: 'x:y' }],
  ];

  it.each(trips)('round-trips a %s cursor %j', (order, cursor) => {
    const encoded = encodeCursor('ENTERPRISE', order, cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
    expect(decodeCursor('ENTERPRISE', order, encoded)).toEqual(cursor);
  });

  it('encodes the order into the cursor, so equal positions differ between orders', () => {
    const cursor = { key: 5, id: 'enterprise:huanchi' };
    expect(encodeCursor('ENTERPRISE', 'YEAR_ASC', cursor)).not.toBe(
      encodeCursor('ENTERPRISE', 'YEAR_DESC', cursor),
    );
  });

  it.each([
    ['NAME_ASC', 'NAME_DESC'],
    ['YEAR_ASC', 'CONNECTIONS_DESC'],
    ['CONNECTIONS_DESC', 'YEAR_DESC'],
  ] as [EntityOrder, EntityOrder][])('refuses a %s cursor in a list ordered %s', (from, to) => {
    const error = refusal(
      to,
      encodeCursor('ENTERPRISE', from, { key: 1, id: 'enterprise:huanchi' }),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      `after is not a cursor of this list in order ${to}, of ENTERPRISE entities; pass pageInfo.endCursor from the previous page of the same list.`,
    );
  });

  it('refuses a cursor of another list, even in the same order', () => {
    const universities = encodeCursor('UNIVERSITY', 'NAME_ASC', {
      key: '武汉科技大学',
      id: 'university:wust',
    });
    expect(refusal('NAME_ASC', universities).message).toBe(
      'after is not a cursor of this list in order NAME_ASC, of ENTERPRISE entities; pass pageInfo.endCursor from the previous page of the same list.',
    );
  });

  it("refuses a cursor whose key is not of the order's type", () => {
    expect(
      refusal('YEAR_ASC', base64url('["ENTERPRISE","YEAR_ASC","2019","enterprise:x"]')).extensions
        .code,
    ).toBe('BAD_USER_INPUT');
    expect(
      refusal('NAME_ASC', base64url('["ENTERPRISE","NAME_ASC",7,"enterprise:x"]')).extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  const garbage: [what: string, value: string][] = [
    ['an empty string', ''],
    ['plain text', 'not a cursor'],
    ['base64 of text that is not JSON', base64url('hello')],
    ['a JSON object', base64url('{"order":"NAME_ASC","key":"a","id":"b"}')],
    ['a list of two', base64url('["NAME_ASC","a"]')],
    ['a list of four', base64url('["NAME_ASC","a","b","c"]')],
    ['a key that is an object', base64url('["NAME_ASC",{"a":1},"enterprise:x"]')],
    ['a key that is null', base64url('["NAME_ASC",null,"enterprise:x"]')],
    ['an id that is a number', base64url('["NAME_ASC","a",7]')],
    ['JSON null', base64url('null')],
    ['a lower-case order', base64url('["name_asc","a","enterprise:x"]')],
  ];

  it.each(garbage)('refuses %s with BAD_USER_INPUT', (_what, value) => {
    const error = refusal('NAME_ASC', value);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('after is not a cursor of this list in order NAME_ASC');
  });
});
