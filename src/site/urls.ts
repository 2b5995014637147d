/**
 * Every internal address of the site, in one place. Addresses are folders
 * ending in "/" (each page is a folder with an index.html), but for files
 * offered for download.
 */
export const urls = {
  home: () => '/',
  /** Every document, by date, and the ways in: by type, by issuer, by year. */
  catalogue: (page = 1) => (page > 1 ? `/danh-muc/trang-${page}/` : '/danh-muc/'),
  catalogueType: (slug: string) => `/danh-muc/loai/${slug}/`,
  catalogueIssuer: (slug: string) => `/danh-muc/co-quan/${slug}/`,
  catalogueField: (slug: string) => `/danh-muc/linh-vuc/${slug}/`,
  catalogueYear: (year: string) => `/danh-muc/nam/${year}/`,
  document: (slug: string) => `/van-ban/${slug}/`,
  provisionAnchor: (slug: string, id: string) => `/van-ban/${slug}/#${id}`,
  provision: (slug: string, id: string) => `/van-ban/${slug}/${id}/`,
  /** A document's files for download (the original, the text it was read as): see files.ts. */
  documentFile: (slug: string, file: string) => `/van-ban/${slug}/tep/${file}`,
  bodies: () => '/co-quan/',
  body: (id: string) => `/co-quan/${id}/`,
  /** A body's duties as a calendar (iCalendar) and as a spreadsheet. */
  bodyCalendar: (id: string) => `/co-quan/${id}/lich.ics`,
  bodyCsv: (id: string) => `/co-quan/${id}/viec.csv`,
  areas: () => '/linh-vuc/',
  area: (id: string) => `/linh-vuc/${id}/`,
  beneficiaries: () => '/doi-tuong/',
  beneficiary: (id: string) => `/doi-tuong/${id}/`,
  matrix: () => '/ma-tran/',
  references: () => '/van-ban-dan-chieu/',
  reference: (id: string) => `/van-ban-dan-chieu/${id}/`,
  /** A document cited by number that is neither in the corpus nor in the registry: what the citations say of it. */
  cited: (id: string) => `/van-ban-dan-chieu/so/${id}/`,
  referencePart: (id: string, part: string) => `/van-ban-dan-chieu/${id}/#${part}`,
  glossary: () => '/thuat-ngu/',
  data: () => '/du-lieu/',
  about: () => '/gioi-thieu/',
  search: (params: Record<string, string> = {}) => {
    const query = new URLSearchParams(params).toString();
    return query ? `/tim-kiem/?${query}` : '/tim-kiem/';
  },
};
