/**
 * A measure of work that does not depend on the machine: how many elements
 * the built-in array, Map and Set methods and iterators are asked to go
 * through while `run` runs. An `includes` or `filter` over every provision
 * inside a loop over provisions shows as work growing with the square of the
 * corpus, however fast the machine is. Each call counts the length of what it
 * is called on (an upper bound for the searching methods, which may stop
 * early); a sort counts its length too, so a log factor is not mistaken for
 * the growth this looks for. Loops by index, Object.keys and string methods
 * are not counted. Synchronous code only: the methods are patched for the
 * length of the call.
 */
type Counted = { length?: number; size?: number };

const ARRAY_METHODS = [
  'concat', 'entries', 'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap', 'forEach', 'includes', 'indexOf',
  'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'slice', 'some', 'sort', 'splice', 'toReversed', 'toSorted', 'toSpliced', 'values',
] as const;
const COLLECTION_METHODS = ['forEach', 'keys', 'values', 'entries'] as const;

export function countWork(run: () => void): number {
  let work = 0;
  const restore: Array<() => void> = [];
  const patch = (target: object, key: PropertyKey, measure: (self: Counted) => number) => {
    const original = Reflect.get(target, key) as (...args: unknown[]) => unknown;
    Object.defineProperty(target, key, {
      configurable: true,
      writable: true,
      value: function (this: Counted, ...args: unknown[]) {
        work += measure(this);
        return original.apply(this, args);
      },
    });
    restore.push(() => Object.defineProperty(target, key, { configurable: true, writable: true, value: original }));
  };
  const length = (self: Counted) => self.length ?? 0;
  const size = (self: Counted) => self.size ?? 0;
  try {
    for (const method of ARRAY_METHODS) patch(Array.prototype, method, length);
    patch(Array.prototype, Symbol.iterator, length);
    for (const prototype of [Map.prototype, Set.prototype]) {
      for (const method of COLLECTION_METHODS) patch(prototype, method, size);
      patch(prototype, Symbol.iterator, size);
    }
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return work;
}
