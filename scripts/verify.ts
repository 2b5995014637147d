/**
 * npm run verify -- <folder or .zip>
 *
 * Checks an offline copy against its SHA256SUMS (src/package/check.ts) and
 * names every file that is missing, changed or extra, every link it did not
 * follow and every line of SHA256SUMS it could not read. Exit code 0 when the
 * copy is intact, 1 otherwise.
 */
import { existsSync } from 'node:fs';
import { checkCopy, type CopyCheck } from '../src/package/check.js';
import { SUMS_FILE } from '../src/package/checksums.js';
import { ZipError } from '../src/package/zip.js';
import { printable } from '../src/text/printable.js';
import { runMain } from './lib/report.js';

await runMain('verify', async () => {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: npm run verify -- <thư mục hoặc tệp .zip>\n');
    return 1;
  }
  if (!existsSync(target)) {
    process.stderr.write(`verify: không tìm thấy ${target}\n`);
    return 1;
  }
  let result: CopyCheck;
  try {
    result = await checkCopy(target);
  } catch (error) {
    if (!(error instanceof ZipError) && !(error as NodeJS.ErrnoException).code) throw error;
    process.stderr.write(`verify: không đọc được ${target}: ${(error as Error).message}\n`);
    return 1;
  }
  if (!result.hasSums) {
    process.stderr.write(`verify: ${target} không có tệp ${SUMS_FILE}, không kiểm tra được\n`);
    return 1;
  }
  const out = (label: string, path: string) => process.stdout.write(`${label.padEnd(10)} ${printable(path)}\n`);
  for (const path of result.missing) out('THIẾU', path);
  for (const path of result.changed) out('BỊ SỬA', path);
  for (const path of result.extra) out('THÊM VÀO', path);
  for (const path of result.links) out('LIÊN KẾT', path);
  for (const { line, text } of result.unreadable) process.stdout.write(`${SUMS_FILE}:${line}: dòng không đọc được: ${text}\n`);
  const problems = result.missing.length + result.changed.length + result.extra.length + result.links.length + result.unreadable.length;
  process.stdout.write(
    problems === 0
      ? `Bản sao nguyên vẹn: ${result.checked} tệp khớp với ${SUMS_FILE}.\n`
      : `Bản sao KHÔNG nguyên vẹn: ${result.missing.length} tệp thiếu, ${result.changed.length} tệp bị sửa, ${result.extra.length} tệp thêm vào` +
          `${result.links.length > 0 ? `, ${result.links.length} liên kết (không theo)` : ''}${result.unreadable.length > 0 ? `, ${result.unreadable.length} dòng ${SUMS_FILE} không đọc được` : ''}.\n`,
  );
  return problems === 0 ? 0 : 1;
});
