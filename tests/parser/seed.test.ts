/**
 * The seed directive (content/directives/quang-ngai-thuc-hien-ket-luan-92):
 * its structure, its round trip and its reviewed tags.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateYaml } from '../../src/corpus/validate-yaml.js';
import { parseDirective, toText } from '../../src/parser/index.js';
import type { Provision } from '../../src/schemas/document.js';
import { DirectiveDocument } from '../../src/schemas/document.js';
import { DirectiveMetaFile } from '../../src/schemas/meta.js';
import { projectContent } from '../support/content.js';
import { sourceWords, treeWords } from '../support/words.js';

const FOLDER = 'content/directives/quang-ngai-thuc-hien-ket-luan-92';
const bytes = new Uint8Array(readFileSync(`${FOLDER}/source.txt`));
const metaFile = validateYaml(DirectiveMetaFile, readFileSync(`${FOLDER}/meta.yaml`, 'utf8'), 'meta.yaml');
if (!metaFile.ok) throw new Error('the seed meta.yaml does not validate');
const { vocabulary } = projectContent();
const { file, tree, document } = parseDirective({ source: bytes, path: 'source.txt', slug: 'quang-ngai-thuc-hien-ket-luan-92', vocabulary, meta: metaFile.data });
const doc = DirectiveDocument.parse(document);

describe('the seed directive', () => {
  it('is the source exactly as received (shared/source/000_4b0d4a1a1f3dc425.txt)', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('93ffdb146f0beafbfd55cf7ae3a76e29b61232c44765bb145da9b21dab6a0b20');
    expect(doc.sourceSha256).toBe('93ffdb146f0beafbfd55cf7ae3a76e29b61232c44765bb145da9b21dab6a0b20');
  });

  it('parses without warnings', () => {
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([]);
  });

  it('has four addressees, the first on the "Kính gửi" line', () => {
    expect(doc.addressees.map((a) => a.text)).toEqual([
      'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,',
      'Các ban cán sự đảng, đảng đoàn,',
      'Đảng đoàn Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh,',
      'Ban thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
    ]);
    expect(doc.addressees[0]!.source.startLine).toBe(1);
  });

  it('has a preamble that ends with the lead-in sentence', () => {
    expect(doc.preamble.at(-1)!.leadIn).toBe(true);
    expect(doc.preamble.at(-1)!.text).toMatch(/^Để triển khai thực hiện hiệu quả Kết luận số 92-KL\/TW.*Ban Thường vụ Tỉnh ủy yêu cầu:$/);
    expect(doc.preamble.filter((p) => p.leadIn)).toHaveLength(1);
  });

  it('has six sections, the second with eight items', () => {
    expect(doc.provisions.map((p) => p.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.provisions[1]!.children).toHaveLength(8);
    expect(doc.provisions[1]!.children.every((c) => c.style === 'dash')).toBe(true);
    expect(doc.provisions.filter((p) => p.number !== '2').every((p) => p.children.length === 0)).toBe(true);
  });

  it('tells headings on their own line from addressees that open a sentence', () => {
    expect(doc.provisions.map((p) => p.heading)).toEqual([
      'Cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh',
      null,
      null,
      null,
      'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy',
    ]);
    expect(doc.provisions[2]!.text).toMatch(/^Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh tiếp tục/);
  });

  it('keeps the unbulleted paragraph after the fifth item with that item', () => {
    const fifth = doc.provisions[1]!.children[4]!;
    expect(fifth.paragraphs).toHaveLength(2);
    expect(fifth.paragraphs[1]).toBe(
      'Đẩy mạnh tuyên truyền các chính sách xã hội đến với người dân, nhất là người dân ở vùng sâu, vùng xa, hải đảo và vùng dân tộc thiểu số.',
    );
  });

  it('joins lines broken by a page break ("chất / lượng cao", "Công / văn này")', () => {
    expect(doc.provisions[1]!.children[3]!.text).toContain('các cơ sở giáo dục nghề nghiệp chất lượng cao. Chú trọng');
    expect(doc.provisions[3]!.text).toContain('Nghị quyết 15 và Công văn này nhằm tạo sự thống nhất');
  });

  it('has eight "Nơi nhận" lines and the signature', () => {
    expect(doc.copiesTo.map((c) => c.text)).toHaveLength(8);
    expect(doc.copiesTo.at(-1)!.text).toBe('Lưu Văn phòng Tỉnh uỷ.');
    expect(doc.signature).toMatchObject({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Đặng Ngọc Huy' });
  });

  it('leaves unknown metadata null and labels where each known value comes from', () => {
    expect(doc.meta.number).toBeNull();
    expect(doc.meta.date).toBeNull();
    expect(doc.meta.place).toBeNull();
    expect(doc.meta.documentType).toBe('Công văn');
    expect(doc.provenance['documentType']).toMatchObject({ from: 'inferred', evidence: { text: 'Công văn này' } });
    expect(doc.provenance['subject']).toMatchObject({ from: 'editorial' });
    expect(doc.issuedAfter).toMatchObject({ date: '2020-11-05', citation: 'Kết luận số 92-KL/TW ngày 05/11/2020' });
  });

  it('gives every provision a unique ASCII id, a label and a citation naming the document', () => {
    const all: Provision[] = [];
    const walk = (ps: Provision[]): void => {
      for (const p of ps) {
        all.push(p);
        walk(p.children);
      }
    };
    walk(doc.provisions);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const third = doc.provisions[1]!.children[2]!;
    expect(third.id).toBe('muc-2__gach-3');
    expect(third.label).toBe('Mục 2, gạch đầu dòng thứ ba');
    expect(third.citation).toBe('Gạch đầu dòng thứ ba, mục 2 Công văn (không rõ số hiệu, ngày ban hành) của Ban Thường vụ Tỉnh ủy Quảng Ngãi');
  });

  it('prints back word for word', () => {
    expect(toText(tree!).split(/\s+/).filter(Boolean)).toEqual(sourceWords(new TextDecoder().decode(bytes)));
    expect(treeWords(tree!)).toEqual(sourceWords(new TextDecoder().decode(bytes)));
  });

  it('tags every provision as reviewed (tests/fixtures/seed/expected-tags.json)', () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/seed/expected-tags.json', 'utf8')) as Record<string, unknown>;
    const actual: Record<string, unknown> = {};
    const rel = (tags: Provision['responsible']) => tags.map((b) => (b.relation === 'phoi-hop' || b.relation === 'chi-dao' ? `${b.id} (${b.relation})` : b.id));
    const walk = (ps: Provision[]) => {
      for (const p of ps) {
        actual[p.id] = {
          label: p.label,
          responsible: rel(p.responsible),
          coordinating: rel(p.coordinating),
          reportsTo: rel(p.reportsTo),
          areas: p.areas.map((a) => a.id).sort(),
          beneficiaries: p.beneficiaries.map((a) => a.id).sort(),
          references: [...new Set(p.references.map((r) => r.target))],
          groups: p.groups.map((g) => g.part).sort(),
        };
        walk(p.children);
      }
    };
    walk(doc.provisions);
    expect(actual).toEqual(expected);
  });

  it('backs every tag with the words that triggered it, at their place in the source', () => {
    const lines = new TextDecoder().decode(bytes).split('\n');
    const walk = (ps: Provision[]) => {
      for (const p of ps) {
        for (const tag of [...p.areas, ...p.beneficiaries, ...p.responsible.filter((r) => !r.inherited), ...p.coordinating.filter((r) => !r.inherited), ...p.reportsTo]) {
          for (const evidence of tag.evidence) {
            // Evidence may run over a line break; its first word starts where it says.
            const firstWord = evidence.text.split(' ')[0]!;
            expect(lines[evidence.line - 1]!.slice(evidence.column - 1)).toMatch(new RegExp(`^${firstWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
          }
        }
        walk(p.children);
      }
    };
    walk(doc.provisions);
  });

  it('resolves every citation, including the short names it defines and "Công văn này"', () => {
    const citations = [...doc.preamble.flatMap((p) => p.references), ...collect(doc.provisions)];
    expect(citations.every((c) => c.resolved)).toBe(true);
    expect(doc.cites.map((c) => [c.target, c.number])).toEqual([
      ['nghi-quyet-15', '15-NQ/TW'],
      ['ket-luan-92', '92-KL/TW'],
      ['nghi-quyet-28', '28-NQ/TW'],
      ['ke-hoach-157', '157-KH/TU'],
    ]);
    expect(citations.filter((c) => c.target === 'self').map((c) => c.text)).toEqual(['Công văn này', 'Công văn này', 'Công văn này']);
  });
});

function collect(provisions: Provision[]): Provision['references'] {
  return provisions.flatMap((p) => [...p.references, ...collect(p.children)]);
}
