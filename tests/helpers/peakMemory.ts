// Loaded with --import into a process a test starts: when the process exits, however it exits,
// its peak resident memory in kB is written to the file CIXI_PEAK_RSS_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.CIXI_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
