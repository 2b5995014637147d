/**
 * What the search index holds: one record per provision, so every hit links
 * straight to that provision and no provision can show twice in a result
 * list. Text is NFC (Pagefind drops the marks of decomposed text before
 * folding). Filters carry display names; the search page maps them to ids.
 */
import type { Corpus } from '../schemas/corpus.js';
import type { Provision } from '../schemas/document.js';
import { bodyTitle, documentName } from '../site/text.js';
import { urls } from '../site/urls.js';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Filter names, as the search page shows them. */
export const FILTERS = {
  document: 'Văn bản',
  type: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  year: 'Năm ban hành',
  body: 'Cơ quan chủ trì',
  area: 'Lĩnh vực',
  beneficiary: 'Đối tượng',
} as const;

const UNKNOWN_TYPE = 'Chưa rõ loại văn bản';
const UNKNOWN_ISSUER = 'Chưa rõ cơ quan ban hành';
const UNKNOWN_YEAR = 'Chưa rõ năm';

/** A provision's heading, or its first words: what a result is about. */
function about(p: Provision): string {
  if (p.heading) return p.heading;
  const text = p.paragraphs[0] ?? '';
  const cut = text.split(/\s+/).slice(0, 12).join(' ');
  return cut.length < text.length ? `${cut.replace(/[,;:.]$/, '')} …` : cut;
}

export function searchRecords(corpus: Corpus): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const document of corpus.documents) {
    // The document's own ways in, the same on each of its records.
    const own = {
      [FILTERS.type]: [document.meta.documentType ?? UNKNOWN_TYPE],
      [FILTERS.issuer]: [document.meta.issuer ?? UNKNOWN_ISSUER],
      [FILTERS.year]: [document.meta.date?.slice(0, 4) ?? UNKNOWN_YEAR],
    };
    const walk = (provisions: Provision[]) => {
      for (const p of provisions) {
        const text = [p.heading, ...p.paragraphs].filter(Boolean).join('\n');
        records.push({
          url: urls.provision(document.slug, p.id),
          content: `${p.label}.\n${text}`.normalize('NFC'),
          language: 'vi',
          meta: { title: p.label, about: about(p), document: documentName(document.meta), id: p.id },
          filters: {
            [FILTERS.document]: [documentName(document.meta)],
            ...own,
            [FILTERS.body]: [...new Set(p.responsible.map((b) => bodyTitle(b)))],
            [FILTERS.area]: p.areas.map((a) => a.label),
            [FILTERS.beneficiary]: p.beneficiaries.map((b) => b.label),
          },
        });
        walk(p.children);
      }
    };
    walk(document.provisions);
    // The parts that are not provisions are searchable too, each linking to its place.
    const name = documentName(document.meta);
    const part = (anchor: string, title: string, lines: string[]) => {
      if (lines.length === 0) return;
      records.push({
        url: `${urls.document(document.slug)}#${anchor}`,
        content: `${title}.\n${lines.join('\n')}`.normalize('NFC'),
        language: 'vi',
        meta: { title, document: name, id: anchor },
        filters: { [FILTERS.document]: [name], ...own, [FILTERS.body]: [], [FILTERS.area]: [], [FILTERS.beneficiary]: [] },
      });
    };
    part('kinh-gui', 'Kính gửi', document.addressees.map((a) => a.text));
    part('mo-dau', 'Phần mở đầu', document.preamble.map((p) => p.text));
    part('chu-ky', 'Chữ ký và nơi nhận', [...(document.signature?.lines ?? []), ...document.copiesTo.map((c) => c.text)]);
  }
  return records;
}
