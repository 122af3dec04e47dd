// What the SDL cannot say about text arguments (their lengths it does: @maxSize): they are
// trimmed, and a required one must keep something once trimmed.
import { emptyText } from '../../errors.ts';

export function text(name: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw emptyText(name);
  return trimmed;
}

export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
