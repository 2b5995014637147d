/** The project's static server on loopback and a random port, for browser tests; it logs what is requested. */
import { staticServer } from '../src/serve/static-server.js';

export async function serve(folder: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server = staticServer(folder, { prefix, log: (path) => requests.push(path) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix.replace(/\/$/, '')}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
