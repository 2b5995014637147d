/**
 * npm run serve [-- --host 0.0.0.0 --port 8080 --path /thu-vien/cong-van/ --site dist]
 *
 * Serves the built site to a library's network and says which address to
 * open. By default it listens on every network interface, port 8080.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizePrefix, staticServer } from '../src/serve/static-server.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '0.0.0.0' },
    port: { type: 'string', default: '8080' },
    path: { type: 'string', default: '/' },
    site: { type: 'string', default: 'dist' },
  },
});
const prefix = normalizePrefix(values.path!);
const port = Number(values.port);
if (prefix === null) {
  process.stderr.write(`serve: đường dẫn "${values.path}" không hợp lệ: chỉ gồm các thư mục tên bằng chữ, số và . _ ~ - (không có "." hay ".."), ví dụ: --path /thu-vien/cong-van/\n`);
  process.exit(1);
}
if (!existsSync(join(values.site!, 'index.html'))) {
  process.stderr.write(`serve: ${values.site}/index.html không có: hãy chạy \`npm run build\` trước\n`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`serve: cổng "${values.port}" không hợp lệ (1–65535)\n`);
  process.exit(1);
}
const server = staticServer(values.site!, { prefix });
server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(
    error.code === 'EADDRINUSE'
      ? `serve: cổng ${port} đang được dùng; chọn cổng khác, ví dụ: npm run serve -- --port 8081\n`
      : `serve: không mở được máy chủ: ${error.message}\n`,
  );
  process.exit(1);
});
server.listen(port, values.host, () => {
  const hosts =
    values.host === '0.0.0.0'
      ? ['localhost', ...Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address))]
      : [values.host!];
  process.stdout.write(`Trang đang chạy. Mở trình duyệt tại:\n${hosts.map((h) => `  http://${h}:${port}${prefix}`).join('\n')}\nNhấn Ctrl+C để dừng.\n`);
});
