/**
 * A duty given to a class of bodies ("các sở, ngành", "UBND các xã,
 * phường") binds each member the corpus knows in the class's jurisdiction:
 * the class is read as the taxonomy's, whatever form of its name the text
 * uses, and its members are found by the taxonomy's `members`.
 */
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/parser/index.js';
import { memberships, type KnownBody } from '../../src/site/duties.js';
import { projectContent } from '../support/content.js';

const LETTER = `ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH YÊN BÁI                     Độc lập - Tự do - Hạnh phúc
Số: 15/UBND-VX                   Yên Bái, ngày 02 tháng 3 năm 2026
V/v rà soát hồ sơ người có công

Kính gửi: Các sở, ngành thuộc tỉnh

1. Các sở, ngành rà soát hồ sơ người có công do mình quản lý.
2. Sở Y tế phối hợp với Sở Nội vụ kiểm tra việc cấp thẻ bảo hiểm y tế.
3. UBND các xã, phường lập danh sách đối tượng trên địa bàn.
4. Ủy ban nhân dân xã Tân Thịnh báo cáo kết quả trước ngày 30/3/2026.
Nơi nhận:                                   KT. CHỦ TỊCH
- Như trên;                                 PHÓ CHỦ TỊCH
- Lưu: VT.
                                            Lê Văn An
`;

function bodiesOf(text: string): KnownBody[] {
  const { vocabulary } = projectContent();
  const { document } = parseDirective({ source: text, path: 'letter.txt', vocabulary });
  const out = new Map<string, KnownBody>();
  const walk = (list: NonNullable<typeof document>['provisions']) => {
    for (const p of list) {
      for (const t of [...p.responsible, ...p.coordinating]) out.set(t.id, { id: t.id, baseId: t.baseId, kind: t.kind, jurisdiction: t.jurisdiction });
      walk(p.children);
    }
  };
  walk(document!.provisions);
  return [...out.values()];
}

describe('duties given to a class of bodies', () => {
  const bodies = bodiesOf(LETTER);
  const { content } = projectContent();
  const classes = memberships(bodies, content.taxonomy.bodies);

  it('read "các sở, ngành" and "UBND các xã, phường" as the taxonomy\'s classes', () => {
    expect(bodies.map((b) => b.baseId)).toEqual(expect.arrayContaining(['so-ban-nganh', 'uy-ban-nhan-dan-cac-xa-phuong']));
  });

  it("bind each department and each commune's committee the text names, in the class's jurisdiction", () => {
    const sở = bodies.find((b) => b.baseId === 'so-y-te')!;
    const xã = bodies.find((b) => b.baseId.startsWith('uy-ban-nhan-dan-xa-tan-thinh'))!;
    expect(classes.get(sở.id)).toEqual([bodies.find((b) => b.baseId === 'so-ban-nganh')!.id]);
    expect(classes.get(xã.id)).toEqual([bodies.find((b) => b.baseId === 'uy-ban-nhan-dan-cac-xa-phuong')!.id]);
  });

  it('never make a class a member of itself', () => {
    for (const body of bodies) expect(classes.get(body.id) ?? []).not.toContain(body.id);
  });
});
