// Property values as the backup file holds them, and back, without loss. JSON has one number
// type and no dates, so everything JSON would blur is tagged: integers ({"$int": "…"}, exact to
// 64 bits), floats JSON cannot write (NaN, ±Infinity, -0), temporal values with every field
// (nanoseconds, offset and zone id), points and byte arrays. A plain JSON number is a float.
// Neo4j properties are never maps, so any object in the file is one of these tags.
import {
  Date as Neo4jDate,
  DateTime,
  Duration,
  int,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  LocalDateTime,
  LocalTime,
  Point,
  Time,
  type Integer,
} from 'neo4j-driver';

export type Encoded =
  string | boolean | number | Encoded[] | { [tag: string]: string | (number | string | null)[] };

export class ValueError extends Error {}

const INT64_MAX = 2n ** 63n - 1n;

const n = (v: number | Integer): number => (isInt(v) ? v.toNumber() : v);
const s = (v: number | Integer): string => String(v);

/** One property value read through a driver with exact integers. */
export function encode(value: unknown): Encoded {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value) && !Object.is(value, -0)) return value;
    return { $float: String(Object.is(value, -0) ? '-0' : value) };
  }
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value instanceof Int8Array || value instanceof Uint8Array)
    return {
      $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  if (isDateTime(value)) {
    const d = value;
    const offset = d.timeZoneOffsetSeconds === undefined ? null : n(d.timeZoneOffsetSeconds);
    const fields = [d.year, d.month, d.day, d.hour, d.minute, d.second, d.nanosecond].map(n);
    return { $datetime: [...fields, offset, d.timeZoneId ?? null] };
  }
  if (isLocalDateTime(value)) {
    const d = value;
    return {
      $localdatetime: [d.year, d.month, d.day, d.hour, d.minute, d.second, d.nanosecond].map(n),
    };
  }
  if (isDate(value)) return { $date: [value.year, value.month, value.day].map(n) };
  if (isTime(value)) {
    const t = value;
    return { $time: [t.hour, t.minute, t.second, t.nanosecond, t.timeZoneOffsetSeconds].map(n) };
  }
  if (isLocalTime(value))
    return { $localtime: [value.hour, value.minute, value.second, value.nanosecond].map(n) };
  if (isDuration(value))
    return { $duration: [value.months, value.days, value.seconds, value.nanoseconds].map(s) };
  if (isPoint(value)) {
    const p = value;
    return { $point: [n(p.srid), p.x, p.y, ...(p.z === undefined ? [] : [p.z])] };
  }
  throw new ValueError(
    `a property value of an unknown type (${Object.prototype.toString.call(value)})`,
  );
}

const ints = (raw: unknown, count: number, tag: string): number[] => {
  if (!Array.isArray(raw) || raw.length !== count || !raw.every(Number.isInteger))
    throw new ValueError(`"${tag}" must hold ${count} integers`);
  return raw as number[];
};

/** A value from the file, as the driver writes it; a ValueError says what is wrong with it. */
export function decode(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object')
    throw new ValueError(`a value that is not a property value (${String(value)})`);
  const entries = Object.entries(value);
  const [tag, raw] = entries[0] ?? [];
  if (entries.length !== 1 || tag === undefined)
    throw new ValueError('an object that is no tagged value');
  switch (tag) {
    case '$int':
      if (typeof raw !== 'string' || !/^-?\d{1,19}$/.test(raw))
        throw new ValueError('"$int" must be an integer string');
      // Nineteen digits reach past 64 bits, where int() would wrap round without a word.
      if (BigInt(raw) > INT64_MAX || BigInt(raw) < -INT64_MAX - 1n)
        throw new ValueError('"$int" must fit in 64 bits, as Neo4j integers do');
      return int(raw);
    case '$float':
      if (!['NaN', 'Infinity', '-Infinity', '-0'].includes(raw as string))
        throw new ValueError('"$float" must be NaN, Infinity, -Infinity or -0');
      return Number(raw);
    case '$bytes':
      if (typeof raw !== 'string') throw new ValueError('"$bytes" must be base64 text');
      return Int8Array.from(Buffer.from(raw, 'base64'));
    case '$datetime': {
      if (!Array.isArray(raw) || raw.length !== 9)
        throw new ValueError('"$datetime" must hold 9 fields');
      const [y, mo, d, h, mi, sec, ns] = ints(raw.slice(0, 7), 7, tag);
      const offset = raw[7] as number | null;
      const zone = raw[8] as string | null;
      if (offset !== null && !Number.isInteger(offset))
        throw new ValueError('a "$datetime" offset must be an integer');
      if (zone !== null && typeof zone !== 'string')
        throw new ValueError('a "$datetime" zone must be text');
      return new DateTime(
        y as number,
        mo as number,
        d as number,
        h as number,
        mi as number,
        sec as number,
        ns as number,
        offset ?? undefined,
        zone,
      );
    }
    case '$localdatetime': {
      const [y, mo, d, h, mi, sec, ns] = ints(raw, 7, tag) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return new LocalDateTime(y, mo, d, h, mi, sec, ns);
    }
    case '$date': {
      const [y, mo, d] = ints(raw, 3, tag) as [number, number, number];
      return new Neo4jDate(y, mo, d);
    }
    case '$time': {
      const [h, mi, sec, ns, offset] = ints(raw, 5, tag) as [
        number,
        number,
        number,
        number,
        number,
      ];
      return new Time(h, mi, sec, ns, offset);
    }
    case '$localtime': {
      const [h, mi, sec, ns] = ints(raw, 4, tag) as [number, number, number, number];
      return new LocalTime(h, mi, sec, ns);
    }
    case '$duration': {
      if (
        !Array.isArray(raw) ||
        raw.length !== 4 ||
        !raw.every((x) => typeof x === 'string' && /^-?\d+$/.test(x))
      )
        throw new ValueError('"$duration" must hold 4 integer strings');
      const [mo, d, sec, ns] = (raw as string[]).map((x) => int(x)) as [
        Integer,
        Integer,
        Integer,
        Integer,
      ];
      return new Duration(mo, d, sec, ns);
    }
    case '$point': {
      if (
        !Array.isArray(raw) ||
        raw.length < 3 ||
        raw.length > 4 ||
        !raw.every((x) => typeof x === 'number')
      )
        throw new ValueError('"$point" must hold an srid and 2 or 3 coordinates');
      const [srid, x, y, z] = raw as number[];
      return new Point(srid as number, x as number, y as number, z);
    }
    default:
      throw new ValueError(`an unknown tag "${tag}"`);
  }
}

/** A node's or relationship's properties, each encoded. */
export const encodeProps = (props: Record<string, unknown>): Record<string, Encoded> =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encode(v)]));

export function decodeProps(props: unknown): Record<string, unknown> {
  if (props === null || typeof props !== 'object' || Array.isArray(props))
    throw new ValueError('"props" must be an object');
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decode(v)]));
}
