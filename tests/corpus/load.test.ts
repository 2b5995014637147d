import { describe, expect, it } from 'vitest';
import { type ContentSource, loadContent } from '../../src/corpus/load.js';
import { validateYaml } from '../../src/corpus/validate-yaml.js';
import { DirectiveMetaFile } from '../../src/schemas/meta.js';
import { contentFromDisk, CONTENT_ROOT } from '../../src/corpus/content-fs.js';


const SITE = 'name: Văn bản\ntagline: Thử\npublisher: Nhóm thử\nupdated: 2026-01-01\nnotice: Bản thử.\n';

describe('meta.yaml', () => {
  it('accepts an empty file: every field is optional', () => {
    expect(validateYaml(DirectiveMetaFile, '', 'meta.yaml')).toMatchObject({ ok: true });
  });

  it('takes plain values and values marked editorial', () => {
    const result = validateYaml(DirectiveMetaFile, 'number: 123-CV/TU\ndate: 2021-01-15\nsubject:\n  value: Về chính sách xã hội\n  editorial: true\n', 'meta.yaml');
    expect(result).toMatchObject({ ok: true, data: { number: '123-CV/TU', date: '2021-01-15', subject: { value: 'Về chính sách xã hội', editorial: true } } });
  });

  it('rejects unknown keys, naming the line and the keys allowed', () => {
    const result = validateYaml(DirectiveMetaFile, 'number: 1-CV/TU\nsubjet: x\n', 'meta.yaml');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'meta.yaml', line: 2, column: 1, message: 'unknown key "subjet"; allowed keys: documentType, number, date, place, issuer, subject, source, field, status, notes' }],
    });
  });

  it('rejects a malformed date at its line', () => {
    const result = validateYaml(DirectiveMetaFile, 'number: 1-CV/TU\ndate: 15/01/2021\n', 'meta.yaml');
    expect(result).toMatchObject({ ok: false, problems: [{ line: 2, column: 7, message: expect.stringMatching(/"date": .*YYYY-MM-DD/) }] });
  });

  it('refuses an alias bomb at the line of its first alias instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');
    expect(validateYaml(DirectiveMetaFile, bomb, 'meta.yaml')).toMatchObject({ ok: false, problems: [{ path: 'meta.yaml', line: 2, column: 8, message: expect.stringMatching(/^invalid YAML: its aliases \(\*name\) expand too far/) }] });
  });

  it('says how a field may be written when it is written neither way', () => {
    const problem = (text: string) => (validateYaml(DirectiveMetaFile, text, 'meta.yaml') as { problems: Array<{ message: string }> }).problems[0]!.message;
    expect(problem('number: 5\n')).toBe('"number": expected a text, or a map of keys (value, editorial, note)');
    expect(problem('subject: []\n')).toBe('"subject": expected a text, not a list');
    expect(problem('subject:\n  editorial: true\n')).toBe('"subject.value" is missing');
  });

  it('takes only web addresses a reader can follow safely as a source', () => {
    expect(validateYaml(DirectiveMetaFile, 'source:\n  url: https://example.org/van-ban\n', 'meta.yaml')).toMatchObject({ ok: true });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      expect(validateYaml(DirectiveMetaFile, `source:\n  url: "${url}"\n`, 'meta.yaml')).toMatchObject({ ok: false, problems: [{ line: 2, message: '"source.url": địa chỉ phải bắt đầu bằng http:// hoặc https://' }] });
    }
  });

  it('reports broken YAML with its place instead of throwing', () => {
    const result = validateYaml(DirectiveMetaFile, 'number: [1\n', 'meta.yaml');
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'meta.yaml', message: expect.stringMatching(/^invalid YAML/) }] });
  });
});

describe('the content folder', () => {
  it('loads: taxonomy, four cited documents and the seed', () => {
    const loaded = loadContent(contentFromDisk(CONTENT_ROOT));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}:${p.line}: ${p.message}`).join('\n'));
    expect(loaded.content.references.map((r) => r.id).sort()).toEqual(['ke-hoach-157', 'ket-luan-92', 'nghi-quyet-15', 'nghi-quyet-28']);
    expect(loaded.content.directives.map((d) => d.slug)).toEqual(['quang-ngai-thuc-hien-ket-luan-92']);
  });

  it('has exactly the policy areas of the domain brief, then those of an archive beyond social policy', () => {
    const loaded = loadContent(contentFromDisk(CONTENT_ROOT));
    if (!loaded.ok) throw new Error('content does not load');
    expect(loaded.content.taxonomy.areas.map((a) => [a.id, a.label])).toEqual([
      ['nguoi-co-cong', 'Ưu đãi người có công'],
      ['giam-ngheo', 'Giảm nghèo, thu nhập'],
      ['viec-lam', 'Việc làm, đào tạo nghề, lao động'],
      ['bao-hiem-xa-hoi', 'Bảo hiểm xã hội'],
      ['tro-giup-xa-hoi', 'Trợ giúp xã hội'],
      ['giao-duc', 'Giáo dục'],
      ['y-te', 'Y tế, bảo hiểm y tế'],
      ['nha-o', 'Nhà ở'],
      ['nuoc-sach', 'Nước sạch, vệ sinh'],
      ['thong-tin', 'Thông tin đến người dân'],
      ['dich-vu-xa-hoi', 'Dịch vụ xã hội, công tác xã hội'],
      ['quan-triet-tuyen-truyen', 'Quán triệt, tuyên truyền'],
      ['the-che-chinh-sach', 'Thể chế, cơ chế, chính sách'],
      ['quan-ly-so-hoa', 'Quản lý, số hóa, cải cách hành chính'],
      ['nguon-luc', 'Nguồn lực'],
      ['kiem-tra-giam-sat', 'Kiểm tra, giám sát, báo cáo'],
      ['moi-truong', 'Môi trường, khí hậu'],
      ['tai-nguyen-khoang-san', 'Đất đai, khoáng sản, tài nguyên'],
      ['an-ninh-trat-tu', 'An ninh, trật tự, phòng chống tội phạm'],
      ['cong-tac-dang-vien', 'Công tác đảng viên, tổ chức đảng'],
      ['khoa-hoc-cong-nghe', 'Khoa học, công nghệ, chuyển đổi số'],
      ['tu-phap', 'Tư pháp, công chứng, pháp luật'],
    ]);
    // And the fields of whole documents, as the portals list them.
    expect(loaded.content.taxonomy.fields.length).toBeGreaterThanOrEqual(10);
  });

  it('reports every problem of a broken folder at once, with file and line', () => {
    const files: Record<string, string> = {
      'taxonomy/areas.yaml': '- id: Bad Id\n  label: x\n  group: null\n  terms: [x]\n',
      'taxonomy/beneficiaries.yaml': '[]',
      'taxonomy/bodies.yaml': '- id: a\n  name: A\n  kind: nation\n',
      'taxonomy/abbreviations.yaml': '[]',
      'site.yaml': SITE,
    };
    const source: ContentSource = {
      readText: (path) => files[path] ?? null,
      readBytes: () => null,
      list: () => [],
    };
    const loaded = loadContent(source);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((p) => `${p.path}:${p.line}`)).toEqual(['taxonomy/areas.yaml:1', 'taxonomy/bodies.yaml:3']);
  });
});

describe('a directive folder', () => {
  const base: Record<string, string> = {
    'taxonomy/areas.yaml': '[]',
    'taxonomy/beneficiaries.yaml': '[]',
    'taxonomy/bodies.yaml': '[]',
    'taxonomy/abbreviations.yaml': '[]',
    'site.yaml': SITE,
  };
  const load = (folders: Record<string, string[]>) =>
    loadContent({
      readText: (path) => base[path] ?? null,
      readBytes: (path) => (/\/source\.(?:txt|pdf|docx|doc)$/.test(path) ? new Uint8Array([1, 2, 3]) : null),
      list: (path) => (path === 'directives' ? Object.keys(folders) : path.startsWith('directives/') ? (folders[path.slice('directives/'.length)] ?? []) : []),
    });

  it('holds exactly one source: its text, its PDF or its Word file', () => {
    const loaded = load({ 'van-ban-a': ['source.pdf'], 'van-ban-b': ['meta.yaml', 'source.docx'], 'van-ban-c': ['source.txt'] });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.content.directives.map((d) => [d.slug, d.sourceFile, d.format])).toEqual([
      ['van-ban-a', 'source.pdf', 'pdf'],
      ['van-ban-b', 'source.docx', 'docx'],
      ['van-ban-c', 'source.txt', 'txt'],
    ]);
  });

  it('is refused, with a sentence saying what to do, when it holds two sources, an old .doc, or none', () => {
    const loaded = load({ 'hai-nguon': ['source.pdf', 'source.txt'], 'word-cu': ['source.doc'], 'trong': ['meta.yaml'] });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((p) => [p.path, p.message])).toEqual([
      ['directives/hai-nguon', expect.stringMatching(/holds source\.pdf and source\.txt: a directive has exactly one source/)],
      ['directives/word-cu/source.doc', expect.stringMatching(/old Word file \(\.doc\).*save it as source\.docx/)],
      ['directives/trong/source.txt', expect.stringMatching(/needs its source: source\.txt \(the text\), source\.pdf or source\.docx/)],
    ]);
  });
});
