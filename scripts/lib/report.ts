/** Printing diagnostics as `file:line:column: severity: message [rule]`. */
import type { VFile } from 'vfile';
import { diagnosticsOf } from '../../src/parser/output/to-document.js';

export function formatMessages(file: VFile, path: string): string[] {
  return diagnosticsOf(file).map((d) => `${path}:${d.line || 1}:${d.column || 1}: ${d.severity}: ${d.message} [${d.ruleId}]`);
}

/** Run a command's main function; unexpected failures print one line, not a stack trace. */
export async function runMain(name: string, main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: internal error: ${message}\n(set DEBUG=1 for details; please report this with the input file)\n`);
    if (process.env['DEBUG']) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 2;
  }
}
