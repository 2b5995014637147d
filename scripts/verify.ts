/**
 * npm run verify -- <folder or .zip>
 *
 * Checks an offline copy against its SHA256SUMS and names every file that is
 * missing, changed or extra. Exit code 0 when the copy is intact, 1 otherwise.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSums, SUMS_FILE, verify } from '../src/package/checksums.js';
import { readZip } from '../src/package/zip.js';
import { files } from './lib/files.js';
import { runMain } from './lib/report.js';

function fromZip(path: string): Map<string, Buffer> {
  const entries = readZip(readFileSync(path));
  // Strip the one top folder of the archive.
  const tops = new Set(entries.map((e) => e.path.split('/')[0]));
  const strip = tops.size === 1 && entries.every((e) => e.path.includes('/'));
  return new Map(entries.map((e) => [strip ? e.path.slice(e.path.indexOf('/') + 1) : e.path, e.data]));
}

function fromFolder(path: string): Map<string, Buffer> {
  return new Map(files(path).map((f) => [f, readFileSync(join(path, f))]));
}

await runMain('verify', () => {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: npm run verify -- <thư mục hoặc tệp .zip>\n');
    return 1;
  }
  if (!existsSync(target)) {
    process.stderr.write(`verify: không tìm thấy ${target}\n`);
    return 1;
  }
  let copy: Map<string, Buffer>;
  try {
    copy = statSync(target).isDirectory() ? fromFolder(target) : fromZip(target);
  } catch (error) {
    process.stderr.write(`verify: không đọc được ${target}: ${(error as Error).message}\n`);
    return 1;
  }
  const sums = copy.get(SUMS_FILE);
  if (!sums) {
    process.stderr.write(`verify: ${target} không có tệp ${SUMS_FILE}, không kiểm tra được\n`);
    return 1;
  }
  const result = verify(copy, parseSums(sums.toString('utf8')));
  for (const path of result.missing) process.stdout.write(`THIẾU      ${path}\n`);
  for (const path of result.changed) process.stdout.write(`BỊ SỬA     ${path}\n`);
  for (const path of result.extra) process.stdout.write(`THÊM VÀO   ${path}\n`);
  const problems = result.missing.length + result.changed.length + result.extra.length;
  process.stdout.write(
    problems === 0
      ? `Bản sao nguyên vẹn: ${result.checked} tệp khớp với ${SUMS_FILE}.\n`
      : `Bản sao KHÔNG nguyên vẹn: ${result.missing.length} tệp thiếu, ${result.changed.length} tệp bị sửa, ${result.extra.length} tệp thêm vào.\n`,
  );
  return problems === 0 ? 0 : 1;
});
