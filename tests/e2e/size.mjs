// Prints the size of the release page (every file of dist/, raw, gzipped and brotli-compressed): `make size`.
// Each file counts once: the precompressed copies (.br, .gz) that the release carries for hosts are left out.
// With `--budget BYTES` (the Makefile's SIZE_BUDGET), it fails when the gzipped total is above the budget.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const flag = args.indexOf('--budget');
const budget = flag >= 0 ? Number(args.splice(flag, 2)[1]) : null;
if (budget !== null && !(budget > 0)) throw new Error('--budget takes a number of bytes');
const root = args[0] ?? 'dist';
const column = (bytes, width) => String(bytes).padStart(width);
let raw = 0;
let gzipped = 0;
let brotli = 0;
for (const name of (await readdir(root, { recursive: true })).sort()) {
  if (/\.(br|gz)$/.test(name) || !(await stat(join(root, name))).isFile()) continue;
  const body = await readFile(join(root, name));
  const packed = gzipSync(body, { level: 9 }).length;
  const squeezed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += body.length;
  gzipped += packed;
  brotli += squeezed;
  console.log(`${name.padEnd(40)} ${column(body.length, 9)} B  ${column(packed, 8)} B gzipped  ${column(squeezed, 8)} B brotli`);
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${'total'.padEnd(40)} ${column(raw, 9)} B  ${column(gzipped, 8)} B gzipped  ${column(brotli, 8)} B brotli`);
console.log(`${''.padEnd(40)} ${''.padEnd(11)}  ${kib(gzipped).padStart(10)} gzipped  ${kib(brotli).padStart(10)} brotli`);
if (budget !== null) {
  if (gzipped > budget) {
    console.error(`over budget: ${gzipped} B gzipped, the budget is ${budget} B (SIZE_BUDGET in the Makefile)`);
    process.exit(1);
  }
  console.log(`within budget: ${gzipped} B gzipped of ${budget} B (${(100 * gzipped / budget).toFixed(1)} %)`);
}
