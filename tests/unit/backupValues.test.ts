// The backup's value encoding: every kind of property value Neo4j stores goes into JSON and comes
// back the same, with its type; a value the encoding does not know is refused, naming it.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decode, decodeProps, encode, ValueError } from '../../src/backup/values.ts';

const roundTrip = (value: unknown): unknown => decode(JSON.parse(JSON.stringify(encode(value))));

describe('backup values', () => {
  it('keeps integers exact and apart from floats', () => {
    expect(encode(neo4j.int('9223372036854775807'))).toEqual({ $int: '9223372036854775807' });
    expect(String(roundTrip(neo4j.int('-9223372036854775808')))).toBe('-9223372036854775808');
    expect(neo4j.isInt(roundTrip(neo4j.int(5)))).toBe(true);
    expect(roundTrip(5)).toBe(5);
    expect(neo4j.isInt(roundTrip(5))).toBe(false);
  });

  it('keeps the floats JSON cannot write', () => {
    expect(roundTrip(NaN)).toBeNaN();
    expect(roundTrip(-Infinity)).toBe(-Infinity);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
  });

  it('keeps temporal values to the nanosecond, with offset and zone', () => {
    const zoned = new neo4j.DateTime(2026, 1, 2, 3, 4, 5, 123456789, 28800, 'Asia/Shanghai');
    expect(String(roundTrip(zoned))).toBe('2026-01-02T03:04:05.123456789+08:00[Asia/Shanghai]');
    const offset = new neo4j.DateTime(2026, 1, 2, 3, 4, 5, 1, -12600);
    expect(String(roundTrip(offset))).toBe('2026-01-02T03:04:05.000000001-03:30');
    expect(String(roundTrip(new neo4j.Date(2026, 12, 2)))).toBe('2026-12-02');
    expect(String(roundTrip(new neo4j.LocalTime(23, 59, 59, 999000000)))).toBe(
      '23:59:59.999000000',
    );
    expect(String(roundTrip(new neo4j.Duration(14, 3, 14706, 789000000)))).toBe(
      String(new neo4j.Duration(14, 3, 14706, 789000000)),
    );
  });

  it('keeps points, bytes and lists', () => {
    expect(String(roundTrip(new neo4j.Point(4979, 121.25, 30.17, 5)))).toBe(
      String(new neo4j.Point(4979, 121.25, 30.17, 5)),
    );
    expect([...(roundTrip(Int8Array.from([0, -1, 127])) as Int8Array)]).toEqual([0, -1, 127]);
    expect(roundTrip(['慈溪', 'Cixi'])).toEqual(['慈溪', 'Cixi']);
  });

  it('refuses what is no property value, saying what it is', () => {
    for (const past of ['9223372036854775808', '-9223372036854775809', '9999999999999999999'])
      expect(() => decode({ $int: past })).toThrow(
        new ValueError('"$int" must fit in 64 bits, as Neo4j integers do'),
      );
    expect(String(decode({ $int: '-9223372036854775808' }))).toBe('-9223372036854775808');
    expect(() => decode({ $int: '1.5' })).toThrow(
      new ValueError('"$int" must be an integer string'),
    );
    expect(() => decode({ $eval: 'x' })).toThrow(new ValueError('an unknown tag "$eval"'));
    expect(() => decode(null)).toThrow(ValueError);
    expect(() => decodeProps([1])).toThrow(new ValueError('"props" must be an object'));
    expect(() => encode({})).toThrow(/unknown type/);
  });
});
