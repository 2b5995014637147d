/**
 * Citations resolved inside the corpus: a citation names a document of the
 * corpus by its number however it is printed, links to the provision the
 * words before it name, never to a document of another year, and is left
 * unlinked — with a warning — where two documents could be meant. A
 * document whose number is printed blank is found by the rest of its number
 * and the month it prints, only where no other number of that kind could be
 * meant. Our own invented chain: a Kết luận, a province's programme
 * carrying it out, a letter carrying out both.
 */
import { describe, expect, it } from 'vitest';
import { linkCitations, numberKey } from '../../src/corpus/links.js';
import { parseDirective } from '../../src/parser/index.js';
import type { Citation, DirectiveDocument, Provision } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';
import { CHAIN } from '../support/chain.js';

const { vocabulary } = projectContent();

function doc(slug: string, source: string): DirectiveDocument {
  return parseDirective({ source, path: `${slug}.txt`, slug, vocabulary }).document!;
}

const KET_LUAN = doc('ket-luan-12', CHAIN['ket-luan-12']!);

const PROGRAMME = doc('chuong-trinh-tinh-uy', CHAIN['chuong-trinh-tinh-uy']!);

const LETTER = doc('cong-van-301', CHAIN['cong-van-301']!);

const all = (d: DirectiveDocument): Citation[] => {
  const walk = (list: Provision[]): Citation[] => list.flatMap((p) => [...p.references, ...walk(p.children)]);
  return [...d.preamble.flatMap((p) => p.references), ...walk(d.provisions), ...d.closing.flatMap((p) => p.references)];
};

describe('citations inside the corpus', () => {
  it('compare numbers as the genre prints them', () => {
    expect(numberKey('104-CTr/Tu')).toBe(numberKey('104-CTr/TU'));
    expect(numberKey('Số 2449 - CV/ĐU')).toBe(numberKey('2449-CV/DU'));
  });

  it('leave the documents given as they were, or link them where they are when the corpus build asks', () => {
    const [ketLuan, programme, letter] = [KET_LUAN, PROGRAMME, LETTER].map((d) => structuredClone(d));
    const copied = linkCitations([ketLuan!, programme!, letter!]);
    expect(all(letter!).some((c) => c.document)).toBe(false);
    expect(copied.documents[2]).not.toBe(letter);
    const inPlace = linkCitations([ketLuan!, programme!, letter!], { inPlace: true });
    expect(inPlace.documents[2]).toBe(letter);
    expect(all(letter!)).toEqual(all(copied.documents[2]!));
  });

  it('link every step of a chain, up to the provision the text names', () => {
    const { documents, problems } = linkCitations([KET_LUAN, PROGRAMME, LETTER]);
    expect(problems).toEqual([]);
    const [, programme, letter] = documents;
    const toKetLuan = all(programme!).filter((c) => c.number?.startsWith('12'));
    expect(toKetLuan.every((c) => c.document === 'ket-luan-12')).toBe(true);
    expect(toKetLuan.find((c) => c.provision)?.provision).toBe('muc-2');
    const fromLetter = all(letter!);
    // "12 - KL/TW" with spaces, and the programme whose number is printed blank, found by "-CTr/TU" and March 2026.
    expect(fromLetter.find((c) => c.number?.startsWith('12'))?.document).toBe('ket-luan-12');
    expect(fromLetter.find((c) => c.number?.startsWith('45'))).toMatchObject({ document: 'chuong-trinh-tinh-uy', linkedBy: 'code' });
    expect(letter!.cites.find((c) => c.number?.startsWith('45'))?.document).toBe('chuong-trinh-tinh-uy');
  });

  it('never link a citation to a document of another year', () => {
    const older = { ...KET_LUAN, slug: 'ket-luan-12-cu', meta: { ...KET_LUAN.meta, date: '2019-05-02' } };
    const { documents } = linkCitations([older, PROGRAMME]);
    expect(all(documents[1]!).filter((c) => c.document)).toEqual([]);
  });

  it('leave a citation that could name two documents unlinked, with a warning', () => {
    const twin = { ...KET_LUAN, slug: 'ket-luan-12-ban-sao' };
    const undated = doc('thong-bao', 'Kính gửi: Các chi bộ.\n\nTheo Kết luận số 12-KL/TW, các chi bộ thực hiện:\n1. Họp chi bộ.\n');
    const { documents, problems } = linkCitations([KET_LUAN, twin, undated]);
    expect(all(documents[2]!).some((c) => c.document)).toBe(false);
    expect(problems[0]?.message).toMatch(/could name 2 documents of the corpus \(ket-luan-12, ket-luan-12-ban-sao\)/u);
  });

  it('find a blank-numbered document only where no other number of that kind could be meant', () => {
    const other = doc('cong-van-khac', 'Kính gửi: Các chi bộ.\n\nThực hiện Chương trình hành động số 46-CTr/TU ngày 25/3/2026 của Tỉnh ủy, đề nghị:\n1. Họp chi bộ.\n');
    const { documents } = linkCitations([PROGRAMME, LETTER, other]);
    expect(all(documents[1]!).find((c) => c.number?.startsWith('45'))?.document).toBeUndefined();
  });
});
