/**
 * Parse stage: normalised lines → directive tree. The text is read as the
 * genre lays it out: header, "Kính gửi" list, preamble, provisions, then the
 * closing ("Nơi nhận" list and signature).
 */
import type { VFile } from 'vfile';
import { toBlocks } from './blocks.js';
import { isPageNumber, matchKinhGui } from './classify.js';
import { readHeader } from './header.js';
import { measureLayout } from './layout.js';
import { opensClosing, readAddressees, readClosing } from './lists.js';
import { normalise, type SourceLine } from './normalise.js';
import type { BlockNode, ParagraphNode, PreambleNode, RootNode, TextNode } from './nodes.js';
import { positionIn, spanOf, textAt } from './position.js';
import { buildProvisions } from './provisions.js';
import { toStream } from './stream.js';

/** Parse a decoded source text into a directive tree; problems are reported on `file`. */
export function buildTree(source: string, file: VFile): RootNode {
  const lines = normalise(source);
  const artefacts: RootNode['data']['artefacts'] = [];
  const isArtefact = (line: SourceLine) => !line.blank && isPageNumber(line.text.trim());
  for (const line of lines) {
    if (isArtefact(line)) {
      artefacts.push({ line: line.number, text: line.text.trim() });
      file.message(`Page number "${line.text.trim()}" left out of the text (page artefact)`, {
        place: positionIn(line, line.indent, line.text.length).start,
        ruleId: 'page-artefact',
        source: 'directive',
      });
    }
  }
  const layout = measureLayout(lines, isArtefact);
  const stream = toStream(lines, isArtefact, layout);
  const children: BlockNode[] = [];

  const { header, next: afterHeader } = readHeader(stream, layout);
  if (header) children.push(header);
  let index = afterHeader;

  if (index < stream.length && matchKinhGui(stream[index]!.content) !== null) {
    const { list, next } = readAddressees(stream, index, layout);
    children.push(list);
    index = next;
  }

  let closing = stream.findIndex((item, i) => i >= index && opensClosing(item));
  if (closing === -1) closing = stream.length;

  const blocks = toBlocks(stream.slice(index, closing), layout);
  const firstProvision = blocks.findIndex((block) => block.marker !== null && block.marker.style !== 'dash' && block.marker.style !== 'plus');
  const firstAny = blocks.findIndex((block) => block.marker !== null);
  // The preamble ends at the first numbered provision; a text whose only marks
  // are bullets has bulleted provisions.
  const bodyStart = firstProvision >= 0 ? firstProvision : firstAny >= 0 ? firstAny : blocks.length;
  const preambleParagraphs: ParagraphNode[] = blocks.slice(0, bodyStart).map((block) => {
    const texts: TextNode[] = block.lines.map((item) => textAt(item.line, item.line.indent, item.line.text.length));
    return { type: 'paragraph', children: texts, position: spanOf(texts) };
  });
  const lastParagraph = preambleParagraphs[preambleParagraphs.length - 1];
  if (lastParagraph && bodyStart < blocks.length && /:\s*$/.test(lastParagraph.children[lastParagraph.children.length - 1]!.value)) {
    lastParagraph.data = { leadIn: true };
  }
  if (preambleParagraphs.length > 0) {
    const preamble: PreambleNode = { type: 'preamble', children: preambleParagraphs, position: spanOf(preambleParagraphs) };
    children.push(preamble);
  }
  const provisions = buildProvisions(blocks.slice(bodyStart), file);
  if (provisions.length > 0) children.push({ type: 'body', children: provisions, position: spanOf(provisions) });
  else {
    file.message('No numbered or bulleted provisions found: the text is kept as preamble paragraphs', {
      place: { line: 1, column: 1 },
      ruleId: 'no-provisions',
      source: 'directive',
    });
  }

  const { copiesTo, signature, trailer, reordered } = readClosing(stream, closing);
  if (copiesTo) children.push(copiesTo);
  if (signature) children.push(signature);
  if (trailer) {
    children.push(trailer);
    file.message('Text after the signature is kept as a trailer', { place: trailer.position.start, ruleId: 'trailer', source: 'directive' });
  }
  if (!signature && stream.length > 0) {
    file.message('No signature block found ("T/M …", "TM. …", "K/T …" and a name)', {
      place: stream[stream.length - 1]!.line.number ? { line: stream[stream.length - 1]!.line.number, column: 1 } : undefined,
      ruleId: 'no-signature',
      source: 'directive',
    });
  }
  return { type: 'root', children, position: spanOf(children), data: { artefacts, ...(reordered ? { columnsMerged: true } : {}) } };
}
