/**
 * Debian's Firefox ESR driven over WebDriver BiDi, with Node's own WebSocket:
 * Playwright can only drive its own patched Firefox, which cannot be
 * downloaded here. Just enough of the protocol for our checks: navigate,
 * evaluate, and record every request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const firefoxPath: string | undefined = [process.env['FIREFOX_PATH'], '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => Boolean(p) && existsSync(p!));

export interface Firefox {
  navigate(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  requests: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'firefox-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const child: ChildProcess = spawn(firefoxPath!, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
  let socket: WebSocket | undefined;
  // Up to a minute: under a loaded machine (OCR tests run beside it) Firefox starts slowly.
  for (let attempt = 0; attempt < 300 && !socket; attempt++) {
    await new Promise((r) => setTimeout(r, 200));
    socket = await new Promise<WebSocket | undefined>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
      ws.onopen = () => resolve(ws);
      ws.onerror = () => resolve(undefined);
    });
  }
  if (!socket) {
    child.kill();
    throw new Error('Firefox did not open its WebDriver BiDi port');
  }
  const ws = socket;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  const requests: string[] = [];
  ws.onmessage = (event) => {
    const message = JSON.parse(String(event.data));
    if (message.id && waiting.has(message.id)) {
      const w = waiting.get(message.id)!;
      waiting.delete(message.id);
      if (message.type === 'error') w.reject(new Error(`${message.error}: ${message.message}`));
      else w.resolve(message.result);
    } else if (message.method === 'network.beforeRequestSent') {
      requests.push(message.params.request.url);
    }
  };
  const send = (method: string, params: object) =>
    new Promise<any>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['network.beforeRequestSent'] });
  const tree = await send('browsingContext.getTree', {});
  const context: string = tree.contexts[0].context;
  return {
    requests,
    navigate: async (url) => {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate: async (expression) => {
      const result = await send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
      if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script error');
      return toValue(result.result);
    },
    close: async () => {
      try {
        await send('session.end', {});
      } catch {
        // already gone
      }
      ws.close();
      child.kill();
      await new Promise((r) => setTimeout(r, 300));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A BiDi remote value as a plain value (strings, numbers, booleans, arrays, objects). */
function toValue(remote: any): any {
  switch (remote?.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return remote.value;
    case 'null':
    case 'undefined':
      return null;
    case 'array':
      return (remote.value ?? []).map(toValue);
    case 'object':
      return Object.fromEntries((remote.value ?? []).map(([k, v]: [string, any]) => [k, toValue(v)]));
    default:
      return remote?.value;
  }
}
