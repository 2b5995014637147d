/** What `npm run shard -- all` reports of its stages, read back from its output for the benchmarks. */

export interface ShardTimes {
  /** Seconds to read the corpus, work out the shards, their keys and the documents' views. */
  planSeconds: number | null;
  /** Each shard built (not those taken from their last build), in the order they finished. */
  shards: Array<{ name: string; seconds: number }>;
  globalSeconds: number | null;
  assembleSeconds: number | null;
  /** The search index over the whole corpus, inside assemble. */
  pagefindSeconds: number | null;
}

const number = (match: RegExpExecArray | null) => (match ? Number(match[1]) : null);

export function shardTimes(output: string): ShardTimes {
  return {
    planSeconds: number(/shard: plan of \d+ shards made in ([\d.]+) s/.exec(output)),
    shards: [...output.matchAll(/shard: shard (\S+) built in ([\d.]+) s/g)].map((m) => ({ name: m[1]!, seconds: Number(m[2]) })),
    globalSeconds: number(/shard: the global pages built in ([\d.]+) s/.exec(output)),
    assembleSeconds: number(/parts assembled .* in ([\d.]+) s/.exec(output)),
    pagefindSeconds: number(/into pagefind\/ in ([\d.]+) s/.exec(output)),
  };
}

/** The median of some numbers (the lower of the middle two), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
}
