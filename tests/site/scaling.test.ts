/**
 * The site's own work grows linearly with the corpus. For two generated
 * corpora, one eight times the other, the work each page type asks of the
 * site model (counted in elements gone through, not timed: see
 * tests/support/work.ts) grows at most 1.3 times as fast as the provisions.
 * Before the model was built with maps, a body's page, the matrix and a
 * document's list of areas went through every provision for each one they
 * showed, and the work grew with the square of the corpus.
 *
 * What it cannot see: the registry and the taxonomy are the repository's
 * own and do not grow with the generated corpus, so a pass over every
 * provision for each cited document or area looks linear here; and the
 * pages' own templates run only through the model functions they call.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedContent } from '../../harness/generate-corpus.js';
import { buildCorpus } from '../../src/corpus/build.js';
import { CONTENT_ROOT, contentFromDisk } from '../../src/corpus/content-fs.js';
import { loadContent } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/schemas/corpus.js';
import { byIssuer, byType, byYear, pages } from '../../src/site/catalogue.js';
import { provisionsCsv } from '../../src/site/csv.js';
import { allDuties, calendarOf, dutiesCsv, exportedDuties } from '../../src/site/calendar.js';
import { checklistOf, upcomingOf } from '../../src/site/checklist.js';
import { buildModel, byDocument, dutiesOf, entriesByDocument, inheritedFrom, matrix, policyGroups, responsibleByArea, summaryOf, type SiteModel } from '../../src/site/model.js';
import { documentDiagram, referenceDiagram } from '../../src/site/relations.js';
import { searchRecords } from '../../src/search/records.js';
import { countWork } from '../support/work.js';

function corpusOf(directives: number): Corpus {
  const loaded = loadContent(generatedContent(directives, contentFromDisk(CONTENT_ROOT)));
  if (!loaded.ok) throw new Error(`generated content does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  const { corpus } = buildCorpus(loaded.content);
  if (!corpus) throw new Error('generated corpus does not build');
  return corpus;
}

/** What each page type asks of the model, for every page of that type (as the pages in src/pages do). */
const PAGE_TYPES: Record<string, (model: SiteModel) => void> = {
  'a body': (model) => {
    for (const body of model.bodies) {
      entriesByDocument(body, model);
      responsibleByArea(body, model);
      summaryOf(body, model);
      dutiesOf(body, model);
    }
  },
  'the list of bodies': (model) => {
    for (const body of model.bodies) dutiesOf(body, model);
  },
  'the matrix': (model) => void matrix(model),
  'a policy area or beneficiary group': (model) => {
    for (const term of [...model.areas, ...model.beneficiaries]) byDocument(term.keys, (key) => model.provisions.get(key)!.document, model);
  },
  'a provision': (model) => {
    for (const key of model.order) {
      const flat = model.provisions.get(key)!;
      const p = flat.provision;
      for (const tag of [...p.responsible, ...p.coordinating, ...p.reportsTo]) if (tag.inherited) inheritedFrom(flat, tag.id, model);
    }
  },
  'a document': (model) => {
    for (const document of model.documents) documentDiagram(document, model);
  },
  'a cited document': (model) => {
    for (const reference of model.corpus.references) {
      referenceDiagram(reference, model);
      policyGroups(reference, model);
    }
  },
  'the catalogue': (model) => {
    pages(model.documents);
    byType(model.documents);
    byIssuer(model.documents);
    byYear(model.documents);
  },
  'the data downloads': (model) => void provisionsCsv(model),
  "a body's checklist, calendar and spreadsheet": (model) => {
    for (const body of model.bodies) {
      const duties = dutiesOf(body, model);
      checklistOf(duties, model);
      const exported = exportedDuties([{ id: body.id, name: body.name, duties }], model);
      calendarOf(exported, model, { name: body.name, site: null, updated: '2026-01-01' });
      dutiesCsv(exported, model, null);
    }
  },
  "the corpus's deadlines and the home page's coming ones": (model) => {
    dutiesCsv(allDuties(model), model, null);
    upcomingOf(model, '2026-01-01', 366, 40);
  },
};

describe('the site model', () => {
  const sizes = { small: 25, large: 200 };
  const runs: Record<keyof typeof sizes, { corpus: Corpus; provisions: number; model: SiteModel }> = {} as never;

  beforeAll(() => {
    for (const [name, directives] of Object.entries(sizes) as Array<[keyof typeof sizes, number]>) {
      const corpus = corpusOf(directives);
      const model = buildModel(corpus);
      runs[name] = { corpus, provisions: model.order.length, model };
    }
  }, 120_000);

  /** How much faster than the provisions the work grew (1: as fast). */
  const growth = (work: (run: (typeof runs)['small']) => number) => {
    const small = runs.small;
    const large = runs.large;
    const provisions = large.provisions / small.provisions;
    return { work: work(large) / work(small), provisions };
  };

  it('is built with work linear in the provisions', () => {
    const { work, provisions } = growth((run) => countWork(() => void buildModel(run.corpus)));
    expect(provisions).toBeGreaterThan(6);
    expect(work).toBeLessThan(1.3 * provisions);
  });

  it('gives the search records with work linear in the provisions', () => {
    const { work, provisions } = growth((run) => countWork(() => void searchRecords(run.corpus)));
    expect(work).toBeLessThan(1.3 * provisions);
  });

  for (const [type, render] of Object.entries(PAGE_TYPES)) {
    it(`asks work linear in the provisions of the pages of ${type}`, () => {
      const { work, provisions } = growth((run) => Math.max(1, countWork(() => render(run.model))));
      expect(work).toBeLessThan(1.3 * provisions);
    });
  }

  it('counts the work of a loop inside a loop as growing faster (the measure can fail)', () => {
    const quadratic = (run: (typeof runs)['small']) => countWork(() => {
      for (const key of run.model.order) run.model.order.includes(key);
    });
    const { work, provisions } = growth(quadratic);
    expect(work).toBeGreaterThan(2 * provisions);
  });
});
