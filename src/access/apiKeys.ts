// What an API key is: 32 random bytes behind a recognisable prefix, shown once when created and
// stored only as its SHA-256. A key this long cannot be guessed, so a fast hash is the right one
// (a slow password hash would only make every request slower), and a lookup by hash costs the
// same for a right key and a wrong one.
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'cixi_';
/** The prefix and 43 base64url characters; anything else is not a key this server made. */
export const KEY_PATTERN = /^cixi_[A-Za-z0-9_-]{43}$/;

export const newKey = (): string => PREFIX + randomBytes(32).toString('base64url');

export const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Key names: short, printable, no spaces, so that `npm run keys -- revoke NAME` can say them. */
export const KEY_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
