// Argument checks that run before anything reaches Neo4j; each error says what is allowed.
import { badInput } from '../errors.ts';

export function intInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}; got ${value}.`);
  }
  return value;
}

export const MAX_TEXT = 100;

export function text(name: string, value: string, options: { allowEmpty: boolean }): string {
  const trimmed = value.trim();
  if (!options.allowEmpty && trimmed === '')
    throw badInput(`${name} must not be empty; give part of a name, e.g. 武汉 or Wuhan.`);
  if ([...trimmed].length > MAX_TEXT)
    throw badInput(`${name} must be at most ${MAX_TEXT} characters.`);
  return trimmed;
}

export function optionalText(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = text(name, value, { allowEmpty: true });
  return trimmed === '' ? null : trimmed;
}
