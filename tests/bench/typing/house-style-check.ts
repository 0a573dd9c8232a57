// The cost of the house-style checker on the benchmark's article: a full check of every
// block from nothing (what opening a draft or changing the house options costs, spread
// over idle slices in the app) and a check after one paragraph changed (a pause in typing).
// `node --experimental-strip-types tests/bench/typing/house-style-check.ts [words]`
import { fileURLToPath } from 'node:url';
import { lexicalBlocks } from '../../../common/document/plain-text.ts';
import { ArticleChecker } from '../../../common/arabic/house-style/article-checker.ts';
import { checkArticle } from '../../../common/arabic/house-style/check.ts';
import { DEFAULT_SETTINGS } from '../../../electron/default-settings.ts';
import { generateArticle, type GeneratedArticle } from './article.ts';
import { toLexicalState } from './article-formats.ts';

export interface HouseStyleCheckTimes {
  words: number;
  blocks: number;
  findings: number;
  /** Medians over the runs, in milliseconds. */
  fullCheckMs: number;
  oneBlockChangedMs: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function measureHouseStyleCheck(words = 20_000, runs = 9): HouseStyleCheckTimes {
  const options = DEFAULT_SETTINGS.houseStyle;
  const blocks = lexicalBlocks(toLexicalState(generateArticle(words)));
  const full: number[] = [];
  let findings = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    findings = checkArticle(blocks, options).flat().length;
    full.push(performance.now() - start);
  }
  const keyed = blocks.map((text, index) => ({ key: String(index), text }));
  const checker = new ArticleChecker(options);
  checker.check(keyed);
  const middle = Math.floor(keyed.length / 2);
  const incremental: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    keyed[middle] = { key: String(middle), text: `${blocks[middle]} ${run}` };
    const start = performance.now();
    checker.check(keyed);
    incremental.push(performance.now() - start);
  }
  return {
    words,
    blocks: blocks.length,
    findings,
    fullCheckMs: median(full),
    oneBlockChangedMs: median(incremental),
  };
}

/** House-style findings in an article with the shipped options. */
export function countFindings(article: GeneratedArticle): number {
  return checkArticle(lexicalBlocks(toLexicalState(article)), DEFAULT_SETTINGS.houseStyle).flat()
    .length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(measureHouseStyleCheck(Number(process.argv[2] ?? 20_000)), null, 2));
}
