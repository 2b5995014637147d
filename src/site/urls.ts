/**
 * Every internal address of the site, in one place. Addresses are folders
 * ending in "/" (each page is a folder with an index.html).
 */
export const urls = {
  home: () => '/',
  document: (slug: string) => `/van-ban/${slug}/`,
  provisionAnchor: (slug: string, id: string) => `/van-ban/${slug}/#${id}`,
  provision: (slug: string, id: string) => `/van-ban/${slug}/${id}/`,
  bodies: () => '/co-quan/',
  body: (id: string) => `/co-quan/${id}/`,
  areas: () => '/linh-vuc/',
  area: (id: string) => `/linh-vuc/${id}/`,
  beneficiaries: () => '/doi-tuong/',
  beneficiary: (id: string) => `/doi-tuong/${id}/`,
  matrix: () => '/ma-tran/',
  references: () => '/van-ban-dan-chieu/',
  reference: (id: string) => `/van-ban-dan-chieu/${id}/`,
  referencePart: (id: string, part: string) => `/van-ban-dan-chieu/${id}/#${part}`,
  glossary: () => '/thuat-ngu/',
  data: () => '/du-lieu/',
  about: () => '/gioi-thieu/',
  search: (params: Record<string, string> = {}) => {
    const query = new URLSearchParams(params).toString();
    return query ? `/tim-kiem/?${query}` : '/tim-kiem/';
  },
};
