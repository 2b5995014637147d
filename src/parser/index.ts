/**
 * The directive parser: a unified processor over a unist tree.
 *
 *   parse      normalise → lines → blocks → tree           (build-tree.ts)
 *   transform  meta → ids → tags → references → deadlines   (stages.ts)
 *              → doubts                                     (doubts.ts)
 *   serialise  JSON document (to-document.ts) or plain text (to-text.ts)
 *
 * No stage touches the file system: callers pass bytes or text in and get
 * a document, the tree and the vfile with its messages back.
 */
import { createHash } from 'node:crypto';
import { type Plugin, type Processor, unified } from 'unified';
import { VFile } from 'vfile';
import type { DirectiveDocument, Original } from '../schemas/document.js';
import type { DirectiveMetaFile } from '../schemas/meta.js';
import { buildTree } from './structure/build-tree.js';
import type { LayoutHints } from './hints.js';
import { decodeSource } from './input/decode.js';
import type { RootNode } from './nodes.js';
import { deadlinesStage, idsStage, metaStage, referencesStage, tagsStage } from './stages.js';
import { bodyTablesStage, tasksStage } from './tables.js';
import { doubtsStage } from './doubts.js';
import type { LoadedCorrections } from '../schemas/corrections.js';
import { toDocument } from './output/to-document.js';
import { toText } from './output/to-text.js';
import type { Vocabulary } from './vocabulary.js';

export type { Vocabulary } from './vocabulary.js';
export { compileVocabulary } from './vocabulary.js';
export type { RootNode } from './nodes.js';
export type { LayoutHints, LineHint } from './hints.js';
export { toText } from './output/to-text.js';

export interface ParseInput {
  /** The source as bytes (checked and decoded as UTF-8) or as text. */
  source: Uint8Array | string;
  /** The path diagnostics name. */
  path: string;
  /** The document's slug (its folder name); defaults to "document". */
  slug?: string;
  vocabulary: Vocabulary;
  /** The editors' meta.yaml, already validated. */
  meta?: DirectiveMetaFile | null;
  /** What the extractor of a PDF, scan or Word file knows of the text's lines (see hints.ts). */
  hints?: LayoutHints;
  /** The PDF or Word file the text was read from; its SHA-256 is then the document's `sourceSha256`. */
  original?: Original | null;
  /** What the extractor had to say (a repaired text layer, words OCR was unsure of), each on the first line of its page. */
  notices?: Array<{ message: string; page?: number }>;
  /** An editor's corrections (corrections.yaml), validated: hints the parser follows, each refused if its line does not read as quoted. */
  corrections?: LoadedCorrections | null;
}

export interface ParseOutcome {
  /** The vfile, with every diagnostic in `file.messages`. */
  file: VFile;
  /** Null when the input could not be read at all (see the fatal message). */
  tree: RootNode | null;
  document: DirectiveDocument | null;
}

declare module 'unified' {
  interface CompileResultMap {
    /** The parser's compiler gives the JSON document. */
    DirectiveDocument: DirectiveDocument;
  }
}

/** What the compiler needs besides the tree (see to-document.ts). */
type CompileOptions = Parameters<typeof toDocument>[2];

/** Parser plugin: the text (and the extractor's hints) into the unist tree. */
const directiveParse: Plugin<[LayoutHints | undefined, LoadedCorrections | null | undefined], string, RootNode> = function (hints, corrections) {
  // unified's own typing of a parser plugin's `this`: the processor it is used on.
  const self = this as unknown as Processor<RootNode>;
  self.parser = (document, file) => buildTree(document, file, hints, corrections);
};

/** Compiler plugin: the transformed tree into the document. */
const directiveCompile: Plugin<[CompileOptions], RootNode, DirectiveDocument> = function (options) {
  const self = this as unknown as Processor<undefined, undefined, undefined, RootNode, DirectiveDocument>;
  self.compiler = (tree, file) => toDocument(tree, file, options);
};

/** The unified processor for one document's options. */
export function createProcessor(options: Omit<ParseInput, 'source' | 'path'> & { sourceSha256?: string | null }) {
  const stageOptions = { vocabulary: options.vocabulary, meta: options.meta ?? null };
  return unified()
    .use(directiveParse, options.hints, options.corrections)
    .use(metaStage, stageOptions)
    .use(idsStage)
    .use(bodyTablesStage, stageOptions)
    .use(tagsStage, stageOptions)
    .use(referencesStage, stageOptions)
    .use(deadlinesStage)
    .use(tasksStage, stageOptions)
    .use(doubtsStage, stageOptions)
    .use(directiveCompile, {
      vocabulary: options.vocabulary,
      slug: options.slug ?? 'document',
      notes: options.meta?.notes ?? [],
      sourceSha256: options.sourceSha256 ?? null,
      original: options.original ?? null,
      status: options.meta?.status ?? null,
      field: options.meta?.field ?? null,
    });
}

/** Parse one directive. Never throws on bad input: it reports a fatal message instead. */
export function parseDirective(input: ParseInput): ParseOutcome {
  const file = new VFile({ path: input.path });
  let text: string;
  let sha: string | null = null;
  if (typeof input.source === 'string') {
    text = input.source;
  } else {
    sha = createHash('sha256').update(input.source).digest('hex');
    const decoded = decodeSource(input.source);
    if (!decoded.ok) {
      const message = file.message(`${input.path} ${decoded.reason}.`, { ruleId: 'bad-input', source: 'directive' });
      message.fatal = true;
      return { file, tree: null, document: null };
    }
    text = decoded.text;
  }
  file.value = text;
  for (const notice of input.notices ?? []) {
    const index = notice.page !== undefined ? (input.hints?.lines.findIndex((h) => h?.page === notice.page) ?? -1) : -1;
    file.message(notice.message, { ruleId: 'extraction', source: 'directive', ...(index >= 0 ? { place: { line: index + 1, column: 1 } } : {}) });
  }
  const processor = createProcessor({ ...input, sourceSha256: input.original?.sha256 ?? sha });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const document = processor.stringify(tree, file);
  return { file, tree, document };
}

/** Parse and print back as plain text (see to-text.ts). */
export function roundTrip(input: ParseInput): string | null {
  const { tree } = parseDirective(input);
  return tree ? toText(tree) : null;
}
