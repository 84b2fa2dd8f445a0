/**
 * Duplicate-construction quality bench (issue 5 §4):
 *
 *   npm run bench -- dedupe [--data DIR] [--json]
 *   node --import tsx bench/dedupe.bench.ts [--data DIR] [--json] [--verbose]
 *   (DEDUPE_DATA=DIR and DEDUPE_JSON=1 do the same through the environment)
 *
 * DIR is any folder in the dev-set format (README.md there); default bench/data/dedupe-dev, a copy
 * of the dev set. Protocol (bench/dedupe-eval.ts): fit on one fold, report the other, both
 * directions, and out of fold over everything; the naive baseline in the same run. Prints a report,
 * or with --json exactly one JSON object on stdout (pairs.duplicate, recollection, synonyms, each
 * with precision, recall, f1; plus confusion, per-fold figures and the baseline). Speed is a separate
 * bench: `npm run bench -- dedupe-speed`. Without --json it also writes bench/results/dedupe.json.
 */
import path from 'node:path';
import { DEFAULT_DATA, evaluate, loadFolder, type BenchReport, type PRF } from './dedupe-eval';
import { machine, pad, padEnd, writeResults } from './support';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const line = (name: string, m: PRF) => `${padEnd(name, 34)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}   (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;

function print(r: BenchReport): void {
  const c = r.counts;
  console.log(`dedupe quality — ${r.data}`);
  console.log(`  ${c.projects} projects, ${c.resources} resources; ${c.labelledPairs} labelled pairs (${c.duplicate} duplicate), ${c.recollectionFacts} re-collection facts, ${c.synonymGroups} synonym groups, ${c.nonSynonymPairs} non-synonym pairs; folds ${c.folds[0]} / ${c.folds[1]} projects`);
  for (const f of r.folds) {
    console.log(`\n— fit on fold ${f.fit}, report fold ${f.test} (upgrade rule name ≥ ${f.model.upgrade.minName}, text ≥ ${f.model.upgrade.minAll}; tDup ${f.model.tDup}, tRel ${f.model.tRel}; synonym t ${f.model.synonymThreshold}; match t ${f.model.matchThreshold}, extra ≤ ${f.model.maxProjectExtra})`);
    console.log('  ' + line(`duplicate pairs (${f.pairs.tested} pairs)`, f.pairs.duplicate));
    console.log(`  ${' '.repeat(34)} cross-fold pairs (all distinct): ${f.pairs.crossFoldPredictedDuplicate} called duplicate, ${f.pairs.crossFoldPredictedRelated} related`);
    console.log('  ' + line('re-collection, item', f.recollection));
    console.log('  ' + line('re-collection, item + resource', f.recollection.resource));
    console.log('  ' + line('synonyms (vs all negatives)', f.synonyms));
    console.log('  ' + line('synonyms (vs listed non-synonyms)', f.synonyms.vsListedNonSynonyms));
    console.log('  ' + line('baseline: duplicate pairs', f.baseline.pairs));
    console.log('  ' + line('baseline: re-collection, item', f.baseline.recollection));
    console.log('  ' + line('baseline: synonyms', f.baseline.synonyms));
  }
  console.log(`\n— out of fold (every pair, item and group scored by a model that did not see it)`);
  console.log('  ' + line(`duplicate pairs (${r.pairs.pairs} pairs)`, r.pairs.duplicate));
  console.log('  ' + line('re-collection, item', r.recollection));
  console.log('  ' + line('re-collection, item + resource', r.recollection.resource));
  console.log('  ' + line('synonyms (vs all negatives)', r.synonyms));
  console.log('  ' + line('synonyms (vs listed non-synonyms)', r.synonyms.vsListedNonSynonyms));
  console.log('  ' + line('baseline: duplicate pairs', r.baseline.pairs));
  console.log('  ' + line('baseline: re-collection, item', r.baseline.recollection));
  console.log('  ' + line('baseline: synonyms', r.baseline.synonyms));
  const L = ['duplicate', 'upgrade', 'overlap', 'distinct'] as const;
  console.log(`\n  4-label confusion, out of fold (rows gold, columns predicted)`);
  console.log(`  ${padEnd('', 12)}${L.map((l) => pad(l, 11)).join('')}`);
  for (const g of L) console.log(`  ${padEnd(g, 12)}${L.map((p) => pad(r.pairs.confusion[g][p], 11)).join('')}`);
  console.log(`\n  ${r.seconds} s`);
}

const dir = path.resolve(arg('data') ?? process.env.DEDUPE_DATA ?? DEFAULT_DATA);
const json = process.argv.includes('--json') || process.env.DEDUPE_JSON === '1';
const report = evaluate(loadFolder(dir), path.relative(process.cwd(), dir) || dir);
if (json) process.stdout.write(JSON.stringify(report) + '\n');
else {
  print(report);
  writeResults('dedupe', { machine: machine(), ...report });
}
