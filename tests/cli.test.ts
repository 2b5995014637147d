/**
 * The command line, run as a user runs it: `npm run --silent parse -- …` and
 * `npm run corpus`. Each call starts a process, so the cases are few.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const SEED = 'content/directives/quang-ngai-thuc-hien-ket-luan-92';
const scratch = mkdtempSync(join(tmpdir(), 'directive-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const result = spawnSync(TSX, [script, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parse', () => {
  it('prints the document as JSON and exits 0', () => {
    const { code, stdout, stderr } = run('scripts/parse.ts', [`${SEED}/source.txt`, '--meta', `${SEED}/meta.yaml`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(document.slug).toBe('quang-ngai-thuc-hien-ket-luan-92');
    expect(document.provisions).toHaveLength(6);
  });

  it('prints the text back, one block per line, with --format text', () => {
    const { code, stdout } = run('scripts/parse.ts', [`${SEED}/source.txt`, '--format', 'text']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Kính gửi:');
    expect(lines).toContain('2. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh');
    expect(lines.at(-1)).toBe('Đặng Ngọc Huy');
  });

  it('reports warnings as file:line:column: severity: message and still exits 0', () => {
    const { code, stderr } = run('scripts/parse.ts', ['tests/fixtures/parser/double-spaced-pdf/input.txt']);
    expect(code).toBe(0);
    expect(stderr.split('\n')).toContainEqual(expect.stringMatching(/^tests\/fixtures\/parser\/double-spaced-pdf\/input\.txt:17:1: warning: Page number "2" left out/));
  });

  it.each([
    ['bad-empty', /is empty \(0 bytes\)/],
    ['bad-utf16', /is UTF-16 text \(little-endian\), not UTF-8/],
    ['bad-windows-1258', /is not valid UTF-8 .*Windows-1258/],
    ['bad-binary', /is a PNG image, not plain text/],
  ])('explains %s input in one sentence and exits 1', (name, message) => {
    const { code, stdout, stderr } = run('scripts/parse.ts', [`tests/fixtures/parser/${name}/input.txt`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^tests/fixtures/parser/${name}/input.txt:1:1: error: .*`));
    expect(lines[0]).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names a missing file and exits 1', () => {
    const { code, stderr } = run('scripts/parse.ts', ['no/such/file.txt']);
    expect(code).toBe(1);
    expect(stderr).toBe('no/such/file.txt: no such file\n');
  });

  it('rejects an unknown key in meta.yaml with its line and column', () => {
    const meta = join(scratch, 'meta.yaml');
    writeFileSync(meta, 'number: 123-CV/TU\nnumbr: 12\n');
    const { code, stderr } = run('scripts/parse.ts', [`${SEED}/source.txt`, '--meta', meta]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/meta\.yaml:2:1: error: unknown key "numbr"; allowed keys: documentType, number, date, place, issuer, subject, source, field, status, notes/);
  });

  it('shows usage for wrong arguments', () => {
    const { code, stderr } = run('scripts/parse.ts', [`${SEED}/source.txt`, '--format', 'xml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^usage: npm run --silent parse/);
  });
});

describe('corpus', () => {
  it('builds all or nothing: an error leaves the previous output untouched', () => {
    const content = join(scratch, 'content');
    const out = join(scratch, 'out');
    cpSync('content', content, { recursive: true });
    const first = run('scripts/build-corpus.ts', ['--content', content, '--out', out, '--quiet']);
    expect(first.code).toBe(0);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    expect(corpus.documents.map((d: { slug: string }) => d.slug)).toEqual(['quang-ngai-thuc-hien-ket-luan-92']);
    expect(existsSync(join(out, 'schema', 'directive.schema.json'))).toBe(true);
    const before = readFileSync(join(out, 'corpus.json'), 'utf8');

    // A second directive that is not UTF-8 fails the whole build.
    cpSync(`${SEED}`, join(content, 'directives', 'hong'), { recursive: true });
    writeFileSync(join(content, 'directives', 'hong', 'source.txt'), Buffer.from([0x4b, 0xed, 0x6e, 0x68]));
    const second = run('scripts/build-corpus.ts', ['--content', content, '--out', out, '--quiet']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/content\/directives\/hong\/source\.txt:1:1: error: .*not valid UTF-8/);
    expect(second.stderr).toMatch(/previous output was left untouched/);
    expect(readFileSync(join(out, 'corpus.json'), 'utf8')).toBe(before);
  });

  it('is deterministic: two builds write the same bytes', () => {
    const a = join(scratch, 'a');
    const b = join(scratch, 'b');
    run('scripts/build-corpus.ts', ['--out', a, '--quiet']);
    run('scripts/build-corpus.ts', ['--out', b, '--quiet']);
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: a, encoding: 'utf8' }).trim().split('\n').sort();
    for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
  });

  it('adds the directives of a folder outside content/ with --add, and names a folder that is not there', () => {
    const archive = join(scratch, 'kho');
    cpSync(SEED, join(archive, 'ban-sao'), { recursive: true });
    writeFileSync(join(archive, 'ban-sao', 'gold.json'), '{}');
    const out = join(scratch, 'added');
    const added = run('scripts/build-corpus.ts', ['--add', archive, '--out', out, '--quiet']);
    expect(added.code).toBe(0);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    expect(corpus.documents.map((d: { slug: string }) => d.slug)).toEqual(['ban-sao', 'quang-ngai-thuc-hien-ket-luan-92']);

    const missing = run('scripts/build-corpus.ts', ['--add', join(scratch, 'khong-co'), '--out', out, '--quiet']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/khong-co: error: is not a folder \(given with --add or in CORPUS_ADD\); nothing was written/);
  });
});
