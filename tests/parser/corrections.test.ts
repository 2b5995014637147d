/**
 * An editor's corrections as the parser takes them: each kind does what it
 * says, where it says, and nothing else; a correction whose line does not
 * read as it quotes is refused with a sentence naming the corrections file,
 * its line and column; a malformed file is refused with its line and column.
 * Every corrected reading keeps every word of the source.
 */
import { describe, expect, it } from 'vitest';
import { readCorrections } from '../../src/corpus/corrections.js';
import { parseDirective, toText } from '../../src/parser/index.js';
import type { DirectiveDocument, Provision } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';
import { sourceWords, treeWords } from '../support/words.js';

const { vocabulary } = projectContent();

const LETTER = [
  'Kính gửi: Các chi bộ trực thuộc.', // 1
  '', // 2
  'Đảng ủy phường đề nghị các chi bộ thực hiện tốt các việc sau:', // 3
  '1. Về tổ chức sinh hoạt', // 4
  'Các chi bộ tổ chức sinh hoạt chuyên đề trong quý IV năm 2026.', // 5
  'Việc 2. Rà soát đảng viên', // 6
  'Các chi bộ rà soát đảng viên miễn sinh hoạt, báo cáo Đảng ủy phường.', // 7
  'Theo Điều 3 Quy chế làm việc, chi bộ phải:', // 8
  'a) họp đủ số lượng đảng viên;', // 9
  'b) ghi biên bản đầy đủ.', // 10
  '3. Về kinh phí', // 11
  'Văn phòng Đảng ủy bảo đảm kinh phí cho các hoạt động trên.', // 12
  'Trên đây là các việc cần làm, đề nghị các chi bộ nghiêm túc thực hiện./.', // 13
  '', // 14
  'Nơi nhận:                                T/M ĐẢNG ỦY', // 15
  '- Như trên;                                 BÍ THƯ', // 16
  '- Lưu VP.', // 17
  '                                          Lê Thị Hoa', // 18
  '',
].join('\n');

function parse(yaml: string | null, source = LETTER) {
  const read = yaml === null ? null : readCorrections(yaml, 'x/corrections.yaml');
  if (read && !read.ok) throw new Error(read.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  const outcome = parseDirective({ source, path: 'x/source.txt', vocabulary, corrections: read?.ok ? read.corrections : null });
  return { ...outcome, document: outcome.document as DirectiveDocument };
}

const marks = (list: Provision[]): string[] => list.map((p) => `${p.marker}${p.children.length > 0 ? `[${marks(p.children).join(' ')}]` : ''}`);
const refusals = (outcome: ReturnType<typeof parse>) => outcome.file.messages.filter((m) => m.ruleId === 'correction-refused').map((m) => m.reason);

function keepsEveryWord(outcome: ReturnType<typeof parse>, source = LETTER) {
  expect([...treeWords(outcome.tree!)].sort()).toEqual([...sourceWords(source)].sort());
  expect(toText(outcome.tree!).length).toBeGreaterThan(0);
}

describe('corrections', () => {
  it('leave the reading alone where they say nothing', () => {
    const plain = parse(null);
    const none = parse('corrections: []\n');
    expect(marks(none.document.provisions)).toEqual(marks(plain.document.provisions));
    expect(none.document.corrections).toEqual({ count: 0, note: null, checked: false });
  });

  it('start a provision at a line, with the mark the editor gives, at the level given', () => {
    const before = parse(null);
    expect(marks(before.document.provisions)).not.toContain('Việc 2.');
    const after = parse('corrections:\n  - line: 6\n    quote: "Việc 2."\n    provision: { marker: "Việc 2.", level: 1 }\n');
    expect(marks(after.document.provisions)[1]).toMatch(/^Việc 2\./u);
    const second = after.document.provisions[1]!;
    expect(second.provenance).toBe('editorial');
    expect(second.corrected).toEqual(['provision']);
    expect(second.heading).toBe('Rà soát đảng viên');
    keepsEveryWord(after);
  });

  it('keep quoted lines inside the provision that quotes them, and end the quotation where they say', () => {
    const outcome = parse('corrections:\n  - line: 9\n    quote: "a) họp đủ"\n    quoted: { to: 10 }\n    note: Lời trích Quy chế\n');
    const quoting = outcome.document.provisions.find((p) => p.text.includes('Theo Điều 3'))!;
    expect(quoting.children.map((c) => c.marker)).not.toContain('a)');
    expect(quoting.text).toContain('a) họp đủ số lượng đảng viên;');
    expect(quoting.corrected).toContain('quoted');
    expect(quoting.editorNotes).toEqual(['Lời trích Quy chế']);
    keepsEveryWord(outcome);
  });

  it('take a line out of the provisions, and put the closing where the editor says', () => {
    const outcome = parse('corrections:\n  - line: 11\n    quote: "3. Về kinh phí"\n    provision: false\n  - line: 12\n    quote: "Văn phòng Đảng ủy"\n    closing: true\n');
    expect(marks(outcome.document.provisions)).not.toContain('3.');
    expect(outcome.document.closing[0]!.text).toMatch(/^Văn phòng Đảng ủy bảo đảm/u);
    expect(outcome.document.closing.every((p) => p.provenance === 'editorial')).toBe(true);
    keepsEveryWord(outcome);
  });

  it('start the closing inside a line, where its words glued onto the last item begin', () => {
    const source = LETTER.replace('Văn phòng Đảng ủy bảo đảm kinh phí cho các hoạt động trên.', 'Văn phòng Đảng ủy bảo đảm kinh phí cho các hoạt động trên. Đảng ủy phường yêu cầu các chi bộ nghiêm túc thực hiện./.').replace('Trên đây là các việc cần làm, đề nghị các chi bộ nghiêm túc thực hiện./.\n', '');
    const outcome = parse('corrections:\n  - line: 12\n    quote: "Văn phòng"\n    closing: { starts: "Đảng ủy phường yêu cầu" }\n', source);
    expect(refusals(outcome)).toEqual([]);
    expect(outcome.document.closing.map((p) => p.text)).toEqual(['Đảng ủy phường yêu cầu các chi bộ nghiêm túc thực hiện./.']);
    expect(outcome.document.provisions.at(-1)!.text).toMatch(/cho các hoạt động trên\.$/u);
    expect(outcome.document.closing[0]!.source).toEqual({ startLine: 12, endLine: 12 });
    keepsEveryWord(outcome, source);
    expect(toText(outcome.tree!)).toContain('Đảng ủy phường yêu cầu');
  });

  it('end a heading at a line, or take it away', () => {
    const ends = parse('corrections:\n  - line: 5\n    quote: "Các chi bộ tổ chức"\n    heading: ends-here\n');
    expect(ends.document.provisions[0]!.heading).toBe('Về tổ chức sinh hoạt Các chi bộ tổ chức sinh hoạt chuyên đề trong quý IV năm 2026.');
    const none = parse('corrections:\n  - line: 4\n    quote: "1. Về tổ chức"\n    heading: none\n');
    expect(none.document.provisions[0]!.heading).toBeNull();
    expect(none.document.provisions[0]!.paragraphs[0]).toBe('Về tổ chức sinh hoạt');
    keepsEveryWord(none);
  });

  it('end a heading after words inside a line, keeping the colon with the title', () => {
    const source = LETTER.replace('3. Về kinh phí', '3. Kinh phí: Văn phòng Đảng ủy lo đủ.');
    const outcome = parse('corrections:\n  - line: 11\n    quote: "3. Kinh phí"\n    heading: { ends: "Kinh phí" }\n', source);
    const third = outcome.document.provisions.find((p) => p.marker === '3.')!;
    expect(third.heading).toBe('Kinh phí:');
    expect(third.paragraphs[0]).toMatch(/^Văn phòng Đảng ủy lo đủ\./u);
    keepsEveryWord(outcome, source);
    expect(refusals(parse('corrections:\n  - line: 11\n    quote: "3. Kinh phí"\n    heading: { ends: "Ngân sách" }\n', source))[0]).toMatch(/line 11 has no words "Ngân sách"/u);
  });

  it('refuse a second correction of where the closing starts', () => {
    const outcome = parse('corrections:\n  - line: 13\n    quote: "Trên đây"\n    closing: true\n  - line: 12\n    quote: "Văn phòng"\n    closing: true\n');
    expect(refusals(outcome)).toEqual([expect.stringMatching(/x\/corrections\.yaml:5:5: correction refused: a document has one closing/u)]);
  });

  it('add a body to a provision and take one off, and its items inherit what was added', () => {
    const outcome = parse(
      'corrections:\n  - line: 12\n    quote: "Văn phòng"\n    add:\n      - { body: "Ban Tổ chức Đảng ủy", relation: phoi-hop }\n  - line: 7\n    quote: "Các chi bộ rà soát"\n    remove:\n      - { body: "Đảng ủy phường", relation: bao-cao }\n',
    );
    const last = outcome.document.provisions.at(-1)!;
    const added = last.coordinating.find((t) => t.provenance === 'editorial')!;
    expect(added.name).toBe('Ban Tổ chức Đảng ủy');
    // Not printed in the provision: the evidence is the corrected line's first words.
    expect(added.evidence[0]).toMatchObject({ line: 12, text: expect.stringMatching(/^Văn phòng/u) });
    const before = parse(null).document.provisions.find((p) => p.text.includes('Các chi bộ rà soát'));
    const after = outcome.document.provisions.find((p) => p.text.includes('Các chi bộ rà soát'))!;
    if (before?.reportsTo.length) expect(after.reportsTo).toEqual([]);
  });

  it('start a provision on every line whose mark has the first one\'s shape, through a later line, with the first word as the mark', () => {
    const rows = LETTER.replace('a) họp đủ số lượng đảng viên;', '1\tTrước ngày 10/11: họp chi bộ;').replace('b) ghi biên bản đầy đủ.', '2\tTrước ngày 20/11: gửi biên bản.');
    const outcome = parse('corrections:\n  - line: 9\n    quote: "1"\n    provision: { level: 3, through: 10 }\n', rows);
    const quoting = outcome.document.provisions.flatMap((p) => [p, ...p.children]).find((p) => p.text.includes('Theo Điều 3') || p.heading?.includes('Theo Điều 3'));
    expect(quoting?.children.map((c) => c.marker)).toEqual(['1', '2']);
    expect(quoting?.children.every((c) => c.provenance === 'editorial')).toBe(true);
    keepsEveryWord(outcome, rows);
  });

  it('extend the header through a line, start an appendix at a line, and set a seal\'s words aside', () => {
    const source = `ĐẢNG ỦY PHƯỜNG AN HÒA\n${LETTER.replace('                                          Lê Thị Hoa', '                                        * PHƯỜNG AN HÒA *\n                                          Lê Thị Hoa')}\nDANH SÁCH CHI BỘ\nChi bộ khu phố 1, Chi bộ khu phố 2.\n`;
    const plain = parse(null, source);
    expect(plain.document.appendices).toEqual([]);
    const outcome = parse(
      'corrections:\n  - line: 1\n    quote: "ĐẢNG ỦY PHƯỜNG"\n    header: true\n  - line: 19\n    quote: "* PHƯỜNG AN HÒA *"\n    aside: true\n  - line: 22\n    quote: "DANH SÁCH"\n    appendix: true\n',
      source,
    );
    expect(refusals(outcome)).toEqual([]);
    expect(outcome.document.header.map((h) => h.text)).toContain('ĐẢNG ỦY PHƯỜNG AN HÒA');
    expect(outcome.document.appendices.map((a) => a.title)).toEqual(['DANH SÁCH CHI BỘ']);
    expect(outcome.document.artefacts).toContainEqual({ kind: 'set-aside', line: 19, text: '* PHƯỜNG AN HÒA *' });
    expect(outcome.document.signature?.lines.join(' ')).not.toContain('PHƯỜNG AN HÒA');
    expect(outcome.document.trailer).toEqual([]);
  });

  it('part a Kính gửi line into its entries, and take a line as an entry', () => {
    const source = LETTER.replace('Kính gửi: Các chi bộ trực thuộc.', 'Kính gửi: Chi bộ khu phố 1, Chi bộ khu phố 2, Chi bộ khu phố 3.');
    const split = parse('corrections:\n  - line: 1\n    quote: "Kính gửi"\n    addressee: { split: "," }\n', source);
    expect(split.document.addressees.map((a) => a.text)).toEqual(['Chi bộ khu phố 1,', 'Chi bộ khu phố 2,', 'Chi bộ khu phố 3.']);
    keepsEveryWord(split, source);
    const alone = `Kính gửi:\nBan Tuyên giáo Đảng ủy phường.\n${LETTER.split('\n').slice(1).join('\n')}`;
    expect(parse(null, alone).document.addressees).toEqual([]);
    const taken = parse('corrections:\n  - line: 2\n    quote: "Ban Tuyên giáo"\n    addressee: true\n', alone);
    expect(taken.document.addressees.map((a) => a.text)).toEqual(['Ban Tuyên giáo Đảng ủy phường.']);
  });

  it('give a signature line its role, move a Nơi nhận entry into the signature, and say which signature is first', () => {
    const source = LETTER.replace('- Như trên;                                 BÍ THƯ', '- Như trên;\nPHÓ BÍ THƯ');
    const plain = parse(null, source);
    const line = source.split('\n').indexOf('PHÓ BÍ THƯ') + 1;
    const outcome = parse(`corrections:\n  - line: ${line}\n    quote: "PHÓ BÍ THƯ"\n    signature: title\n`, source);
    expect(refusals(outcome)).toEqual([]);
    expect(outcome.document.signature?.title).toBe('PHÓ BÍ THƯ');
    expect(outcome.document.copiesTo.map((c) => c.text)).not.toContain('PHÓ BÍ THƯ');
    if (plain.document.signature?.title !== 'PHÓ BÍ THƯ') expect(plain.document.signature?.title ?? null).not.toBe('PHÓ BÍ THƯ');
    keepsEveryWord(outcome, source);
    expect(refusals(parse('corrections:\n  - line: 3\n    quote: "Đảng ủy phường"\n    signature: first\n'))[0]).toMatch(/line 3 is in no signature/u);
  });

  it('start the sign-off at a caption over a signature, give one cell its role, and pick the first signature by its words', () => {
    const source = [
      'Kính gửi: Các khoa.',
      '',
      'Bệnh viện đề nghị:',
      '1. Các khoa thực hiện kế hoạch.',
      'Yêu cầu các khoa nghiêm túc thực hiện./.',
      '',
      '   DUYỆT CỦA SỞ Y TẾ                                 GIÁM ĐỐC',
      '     KT. GIÁM ĐỐC',
      '     PHÓ GIÁM ĐỐC',
      '',
      '   Lương Thị Minh                                     Vi Văn Quảng',
      '',
      'Nơi nhận:',
      '- Sở Y tế;',
      '- Lưu VT.',
      '',
    ].join('\n');
    const outcome = parse(
      'corrections:\n  - { line: 7, quote: "DUYỆT", signature: { role: other, cell: "DUYỆT CỦA SỞ Y TẾ" } }\n  - { line: 11, quote: "Lương", signature: { first: "Vi Văn Quảng" } }\n',
      source,
    );
    expect(refusals(outcome)).toEqual([]);
    expect(outcome.document.signature).toMatchObject({ title: 'GIÁM ĐỐC', name: 'Vi Văn Quảng' });
    expect(outcome.document.otherSignatures[0]).toMatchObject({ authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lương Thị Minh' });
    expect(outcome.document.closing.map((p) => p.text).join(' ')).not.toContain('DUYỆT');
    keepsEveryWord(outcome, source);
    expect(refusals(parse('corrections:\n  - { line: 11, quote: "Lương", signature: { first: "Trần" } }\n', source))[0]).toMatch(/no cell of it starts "Trần"/u);
  });

  it('make a note of a line the parser left in the text, printed away from its page, with its mark glued to a digit', () => {
    const source = LETTER.replace('trong quý IV năm 2026.', 'trong quý IV năm 2026 với 22 chi bộ.').concat('2 Kể cả chi bộ quân sự và chi bộ công an.\n');
    const plain = parse(null, source);
    expect(plain.document.footnotes).toEqual([]);
    const noted = parse('corrections:\n  - { line: 19, quote: "2 Kể cả chi bộ", footnote: "2" }\n  - { line: 5, quote: "Các chi bộ tổ chức", footnote: "2" }\n', source);
    expect(refusals(noted)).toEqual([]);
    expect(noted.document.footnotes.map((f) => [f.mark, f.text])).toEqual([['2', 'Kể cả chi bộ quân sự và chi bộ công an.']]);
    // The mark is the second 2 of "22"; the note's words are no longer the document's after its signature.
    expect(noted.document.provisions[0]!.paragraphs.join(' ')).toContain('với 2 chi bộ');
    keepsEveryWord(noted, source);
  });

  it('refuse to take out a provision the parser did not read', () => {
    expect(refusals(parse('corrections:\n  - line: 3\n    quote: "Đảng ủy phường"\n    provision: false\n'))[0]).toMatch(/line 3 starts no provision in the parser's reading/u);
  });

  it('refuse to take off a body the provision does not have, naming its bodies', () => {
    const outcome = parse('corrections:\n  - line: 12\n    quote: "Văn phòng"\n    remove:\n      - { body: "Sở Tài chính" }\n');
    expect(refusals(outcome)[0]).toMatch(/^x\/corrections\.yaml:2:5: correction refused: the provision at line 12 has no body "Sở Tài chính" to take off; its bodies: /u);
  });

  it('refuse a correction whose line does not read as it quotes, and apply nothing there', () => {
    const outcome = parse('corrections:\n  - line: 7\n    quote: "Việc 2."\n    provision: { marker: "Việc 2." }\n');
    expect(refusals(outcome)).toEqual([
      'x/corrections.yaml:2:5: correction refused: line 7 reads "Các chi bộ rà soát đảng viên miễn sinh hoạt, báo cáo Đảng ủy…", not "Việc 2.": the source has changed since the correction was written, or the line is wrong; nothing was corrected',
    ]);
    expect(outcome.file.messages.find((m) => m.ruleId === 'correction-refused')?.fatal).toBe(true);
    expect(outcome.document.diagnostics.find((d) => d.ruleId === 'correction-refused')).toMatchObject({ severity: 'error', file: 'x/corrections.yaml', line: 2, column: 5 });
  });

  it('refuse a line past the end, and a mark the line does not start with', () => {
    expect(refusals(parse('corrections:\n  - line: 400\n    quote: "x y"\n    checked: true\n'))[0]).toMatch(/line 400 is not in the source \(it has 18 lines\)/u);
    expect(refusals(parse('corrections:\n  - line: 6\n    quote: "Việc 2."\n    provision: { marker: "Việc 3." }\n'))[0]).toMatch(/line 6 does not start with the mark "Việc 3\."/u);
  });

  it('take a line of an original by its page and its place among the page\'s printed lines', () => {
    const hints = { from: 'pdf' as const, pages: 2, knows: { furniture: false, footnotes: false }, lines: LETTER.split('\n').map((_, i) => ({ page: i < 8 ? 1 : 2 })) };
    const read = readCorrections('corrections:\n  - page: 2\n    line: 3\n    quote: "3. Về kinh phí"\n    provision: false\n', 'x/corrections.yaml');
    if (!read.ok) throw new Error('invalid');
    const outcome = parseDirective({ source: LETTER, path: 'x/source.txt', vocabulary, hints, corrections: read.corrections });
    expect(outcome.file.messages.filter((m) => m.ruleId === 'correction-refused')).toEqual([]);
    expect(marks((outcome.document as DirectiveDocument).provisions)).not.toContain('3.');
  });

  it('clear the doubts of a provision an editor checked, and all of them when the whole file says so', () => {
    const source = LETTER.replace('1. Về tổ chức sinh hoạt', '1. Về tổ chức sinh hoạt').replace('3. Về kinh phí', '5. Về kinh phí');
    const doubted = parse(null, source).document.doubts.filter((d) => d.rule === 'numbering');
    expect(doubted.length).toBeGreaterThan(0);
    const line = doubted[0]!.line;
    const checked = parse(`corrections:\n  - line: ${line}\n    quote: "5. Về kinh phí"\n    checked: true\n`, source);
    expect(checked.document.doubts.find((d) => d.rule === 'numbering')?.cleared).toBe(true);
    expect(parse('checked: true\n', source).document.doubts.every((d) => d.cleared)).toBe(true);
  });
});

describe('a corrections file', () => {
  it('names the line and column of an unknown key, and lists the keys allowed', () => {
    const read = readCorrections('corrections:\n  - line: 4\n    quote: "1. Về"\n    heading: ends-here\n    bodys: []\n', 'd/corrections.yaml');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]).toMatchObject({ path: 'd/corrections.yaml', line: 5, column: 5 });
    expect(read.problems[0]!.message).toMatch(/unknown key "bodys" in "corrections\.0"; allowed keys: line, page, quote, provision, quoted/u);
  });

  it('refuses broken YAML with its line and column, and a correction that says nothing to do', () => {
    const broken = readCorrections('corrections:\n  - line: 4\n    quote: "1. Về\n', 'd/corrections.yaml');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]!.message).toMatch(/^invalid YAML/u);
    const idle = readCorrections('corrections:\n  - line: 4\n    quote: "1. Về"\n', 'd/corrections.yaml');
    expect(idle.ok).toBe(false);
    if (!idle.ok) expect(idle.problems[0]).toMatchObject({ line: 2, column: 5, message: expect.stringContaining('says nothing to do') });
  });

  it('refuses a relation that is not one of the four, naming them', () => {
    const read = readCorrections('corrections:\n  - line: 4\n    quote: "1. Về"\n    add:\n      - { body: "Sở Y tế", relation: lead }\n', 'd/corrections.yaml');
    expect(read.ok).toBe(false);
    if (!read.ok) for (const relation of ['chu-tri', 'phoi-hop', 'chi-dao', 'bao-cao']) expect(read.problems[0]!.message).toContain(relation);
  });
});
