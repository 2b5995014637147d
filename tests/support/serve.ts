/** The project's static server on loopback and a random port, for browser tests. */
import { staticServer } from '../../scripts/lib/static-server.js';

export async function serve(folder: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  const { server, requests } = staticServer(folder, prefix);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix.replace(/\/$/, '')}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
