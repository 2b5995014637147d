/**
 * Adversarial inputs: texts shaped to make a careless parser grow faster
 * than its input (a regex that backtracks, a search per match, a list copied
 * per entry). Each shape is made at any size; the benchmark times them at
 * three sizes, and a test checks that 1 MB of each finishes.
 */

export interface Shape {
  name: string;
  /** What in the text could make a stage super-linear. */
  why: string;
  /** A text of about `bytes` UTF-8 bytes. */
  make(bytes: number): string;
}

const HEAD = 'Kính gửi: Các cơ quan, đơn vị liên quan.\n\nThực hiện chỉ đạo của Tỉnh ủy, yêu cầu:\n\n';
const TAIL = '\n\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n';

/** Repeat `unit` until the text reaches about `bytes` bytes. */
function fill(bytes: number, unit: (i: number) => string, head = HEAD, tail = TAIL): string {
  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; size < bytes; i++) {
    const piece = unit(i);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  parts.push(tail);
  return parts.join('');
}

export const SHAPES: Shape[] = [
  {
    name: 'digits-after-number',
    why: 'a document number followed by a long run of digits (a number pattern that backtracks)',
    make: (bytes) => `${HEAD}1. Thực hiện Kế hoạch số ${'7'.repeat(Math.max(1, bytes - 200))} ngày 01/01/2026.${TAIL}`,
  },
  {
    name: 'inner-spaces',
    why: 'lines of thousands of inner spaces (a trailing-space pattern tried at every space)',
    make: (bytes) => fill(bytes, (i) => `${i + 1}. Nội dung${' '.repeat(10_000)}tiếp theo của mục.\n`),
  },
  {
    name: 'unclosed-definition',
    why: '"(sau đây viết tắt là" never closed, many times (a definition pattern scanning to the end each time)',
    make: (bytes) => fill(bytes, () => 'Thực hiện Kết luận số 92-KL/TW (sau đây viết tắt là Kết luận 92 và ', `${HEAD}1. `),
  },
  {
    name: 'deep-numbering',
    why: 'numbering one level deeper on every line ("1.1.1.1…": a tree as deep as the text)',
    make: (bytes) => fill(bytes, (i) => `${Array.from({ length: i + 2 }, () => '1').join('.')}. Nội dung của điểm.\n`),
  },
  {
    name: 'long-paragraph',
    why: 'one paragraph of thousands of wrapped lines (a whole-text search per match)',
    make: (bytes) => fill(bytes, (i) => `phối hợp với Sở Y tế, Công an tỉnh và các cơ quan liên quan thực hiện nhiệm vụ số ${i}, báo cáo\n`, `${HEAD}1. Ban Tuyên giáo Tỉnh ủy chủ trì, `),
  },
  {
    name: 'distinct-citations',
    why: 'many different unknown citations (a linear search of earlier citations for each)',
    make: (bytes) => fill(bytes, (i) => `Thực hiện Công văn số ${i + 1}-CV/TU ngày 05/11/2020 và Kế hoạch số ${i + 7}-KH/TU.\n`, `${HEAD}1. `),
  },
  {
    name: 'repeated-bodies',
    why: 'one report to the same bodies over and over (merging tags by searching the list)',
    make: (bytes) => fill(bytes, (i) => `${i % 2 ? 'Sở Y tế' : 'Ban Tuyên giáo Tỉnh ủy'}, `, `${HEAD}1. Định kỳ báo cáo `, `Thường trực Tỉnh ủy.${TAIL}`),
  },
  {
    name: 'long-noi-nhan',
    why: 'a Nơi nhận list of thousands of entries (positions recomputed per entry)',
    make: (bytes) => fill(bytes, (i) => `- Ủy ban nhân dân xã số ${i + 1};\n`, `${HEAD}1. Thực hiện.\n\nNơi nhận:\n`, '- Lưu VT.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n'),
  },
  {
    name: 'combining-marks',
    why: 'thousands of combining marks on one letter (Unicode normalisation of an unbounded sequence)',
    make: (bytes) => fill(bytes, () => `a${'\u0301\u0323\u0309'.repeat(200)} `, `${HEAD}1. `),
  },
  {
    name: 'task-table-cell-lines',
    why: 'a task table inside a provision, a cell a line, of thousands of rows, some of many wrapped lines (each row parted into its cells, each cell read for bodies and deadlines)',
    make: (bytes) =>
      fill(
        bytes,
        (i) => `${i + 1}\nRà soát, cập nhật danh sách hộ\n${i % 3 === 0 ? 'nghèo ở các thôn, bản vùng cao\n'.repeat(8) : ''}Phòng Văn hóa - Xã hội\nCông an xã; Trạm Y tế\nxã\nTrước ngày\n15/9/2026\n`,
        `${HEAD}1. Các cơ quan thực hiện các nhiệm vụ sau:\nTT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn\nthành\n`,
      ),
  },
  {
    name: 'many-headings',
    why: 'thousands of numbered items with headings (each item looked up among its siblings)',
    make: (bytes) => fill(bytes, (i) => `${i + 1}. Nhiệm vụ thứ ${i + 1}\nSở Tài chính chủ trì, phối hợp với các cơ quan liên quan thực hiện.\n`),
  },
];
