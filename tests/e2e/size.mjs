// Prints the size of the release page (every file of dist/, raw and gzipped): `make size`.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
let raw = 0;
let gzipped = 0;
for (const name of (await readdir(root)).sort()) {
  const body = await readFile(join(root, name));
  const packed = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gzipped += packed;
  console.log(`${name.padEnd(40)} ${String(body.length).padStart(9)} B  ${String(packed).padStart(8)} B gzipped`);
}
console.log(`${'total'.padEnd(40)} ${String(raw).padStart(9)} B  ${String(gzipped).padStart(8)} B gzipped (${(gzipped / 1024).toFixed(1)} KiB)`);
