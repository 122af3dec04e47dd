// What one report may be. The whole file is read into memory and its text held by one write
// transaction, so the bound is on the file, checked with `stat` before it is read.

/** Bytes one report file may hold. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

/** Bytes looked at to tell text from binary data. */
export const SNIFF_BYTES = 8 * 1024;
