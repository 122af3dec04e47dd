// The command line of `npm run ingest -- FILE|FOLDER [--title … --date … --publisher … --url …]`,
// checked before anything is read or Neo4j is started.
import { MAX_CHARS } from '../../seed/limits.ts';
import type { ReportDetails } from './ingest.ts';
import { IngestError } from './refusals.ts';

export const USAGE =
  'usage: npm run ingest -- FILE [--title … --date YYYY-MM-DD --publisher … --url https://…], or npm run ingest -- FOLDER/ [--publisher …]';

export interface IngestArguments {
  path: string;
  details: ReportDetails;
}

export const FLAGS = ['title', 'date', 'publisher', 'url'] as const;

/**
 * What is wrong with `value` as a report's `flag`, or null; `name` is how the caller wrote it
 * (--date on the command line, input.date through addDocument).
 */
export function detailProblem(
  name: string,
  flag: (typeof FLAGS)[number],
  value: string,
): string | null {
  if ([...value].length > MAX_CHARS.short)
    return `${name} must be at most ${MAX_CHARS.short} characters`;
  if (value.trim() === '') return `${name} must not be empty`;
  if (flag === 'date') {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
      return `${name} must be a calendar date as YYYY-MM-DD, e.g. 2025-11-14; got "${value}"`;
  }
  if (flag === 'url' && !/^https?:\/\/[^\s]+$/.test(value))
    return `${name} must be an http:// or https:// address; got "${value}"`;
  return null;
}

/** The file or folder and the details given for it, or IngestError saying what is wrong. */
export function ingestArguments(args: readonly string[]): IngestArguments {
  const details: ReportDetails = {};
  const paths: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const flag = FLAGS.find((f) => arg === `--${f}`);
    if (flag) {
      const value = args[++i];
      if (value === undefined) problems.push(`--${flag} needs a value`);
      else if (details[flag] !== undefined) problems.push(`--${flag} may be given only once`);
      else {
        const problem = detailProblem(`--${flag}`, flag, value);
        if (problem) problems.push(problem);
        else details[flag] = value;
      }
    } else if (arg.startsWith('--')) problems.push(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length !== 1)
    problems.push(
      paths.length
        ? `give one file or folder; got ${paths.length}`
        : 'give a file or folder to ingest',
    );
  if (problems.length) throw new IngestError([...problems, USAGE], 'Nothing was ingested:');
  return { path: paths[0] as string, details };
}
