// The command-line tool, for browser tests that compare the page with it.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Runs the command-line tool (release build) from the repository root; MAILLAGE_CLI names a built binary instead. */
export async function maillage(...args) {
  const [command, prefix] = process.env.MAILLAGE_CLI
    ? [process.env.MAILLAGE_CLI, []]
    : ['cargo', ['run', '--release', '--quiet', '--bin', 'maillage', '--']];
  const { stdout } = await run(command, [...prefix, ...args], { cwd: ROOT, maxBuffer: 64 << 20, timeout: 900_000 });
  return stdout;
}

/** One CSV line's cells (quoted cells allowed). */
export function cells(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) { out.push(cell); cell = ''; } else cell += char;
  }
  out.push(cell);
  return out;
}
