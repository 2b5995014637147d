// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import offline from './src/integrations/offline.ts';
import pagefind from './src/integrations/pagefind.ts';
import routes from './src/integrations/routes.ts';
import sweep from './src/integrations/sweep.ts';

// The reading site. Static output only; every page is a folder with an
// index.html. Styles are inlined so that a page is one request, and nothing
// is fetched from outside the site (no fonts, no prefetch, no toolbar).
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Scripts are inlined too: a module script loaded from a file is refused over
  // file://, an inline one runs (the offline copy opens pages from disk).
  // The folder is not emptied first: pages are written over the last build's
  // and what this build did not write is swept away (src/integrations/sweep.ts).
  vite: { build: { assetsInlineLimit: 100_000, emptyOutDir: false } },
  // Astro 7's default Markdown processor does not run remark plugins; the
  // hand-written pages (MDX) use the unified one, with GFM tables and footnotes.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      // Footnote labels in Vietnamese, like the rest of the page.
      remarkRehype: {
        footnoteLabel: 'Chú thích',
        footnoteBackLabel: (index) => `Quay lại chỗ dẫn chú thích ${index + 1}`,
      },
    }),
  },
  // The pages that span documents come from src/routes/ (left out of a shard's build).
  // Order matters: the last build's leftovers go first, then Pagefind indexes,
  // then addresses are made relative.
  integrations: [sweep(), mdx(), routes(), pagefind(), offline()],
});
