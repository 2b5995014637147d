/** Text from a file as it can be printed to a terminal: control and format characters shown as \uXXXX escapes, never sent raw. */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
