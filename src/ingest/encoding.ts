// Which encoding a report's bytes are in, and its text. UTF-8 is taken when the bytes are valid
// UTF-8 (a strict decode cannot mistake GBK for it); otherwise chardet's statistical guess must
// say GB18030, the superset of GBK and GB2312 that iconv-lite decodes. Anything else is refused
// rather than read as mojibake.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type TextEncoding = 'UTF-8' | 'GB18030';

export type Decoded =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; guess: string | null };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Whether `bytes` hold binary data: a NUL among the first `sniff` bytes, as git decides. */
export const looksBinary = (bytes: Uint8Array, sniff: number): boolean =>
  bytes.subarray(0, sniff).includes(0);

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strictUtf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    const guess = chardet.detect(bytes);
    if (guess === 'GB18030')
      return { ok: true, text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GB18030' };
    return { ok: false, guess };
  }
}
