// The group-commit batcher: written at once when quiet, together when busy, never answered before its batch is done.
import { describe, expect, it } from "vitest";
import { WriteBatcher } from "./write-batcher.js";

/** A writer whose batches finish only when the test says so, recording what each batch held. */
function gatedWriter(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const write = async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((open) => gates.push(open));
    if (items.some(fail)) throw new Error(`bad item in ${items.join(",")}`);
    return items.map((i) => i * 10);
  };
  const openNext = async () => {
    for (let i = 0; i < 50 && gates.length === 0; i++) await new Promise((r) => setImmediate(r));
    gates.shift()?.();
  };
  return { batches, write, openNext };
}

describe("WriteBatcher", () => {
  it("writes a lone item at once, and the items that arrive meanwhile together in the next batch", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 100 });
    const first = batcher.push(1);
    const rest = [2, 3, 4].map((i) => batcher.push(i));
    expect(w.batches).toEqual([[1]]);
    let answered = false;
    void first.then(() => {
      answered = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false); // not before its batch has been written
    await w.openNext();
    expect(await first).toBe(10);
    await w.openNext();
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(w.batches).toEqual([[1], [2, 3, 4]]);
  });

  it("keeps batches within maxItems and maxWeight", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 3, weight: (i) => i, maxWeight: 10 });
    const all = [1, 2, 3, 4, 5, 9, 8].map((i) => batcher.push(i));
    for (let i = 0; i < 5; i++) await w.openNext();
    await Promise.all(all);
    // A batch stops growing once it reaches the weight, so one heavy item still goes alone.
    expect(w.batches).toEqual([[1], [2, 3, 4], [5, 9], [8]]);
  });

  it("writes up to `concurrency` batches at the same time", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 100, concurrency: 2 });
    const all = [1, 2, 3, 4].map((i) => batcher.push(i));
    expect(w.batches).toEqual([[1], [2]]);
    for (let i = 0; i < 3; i++) await w.openNext();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40]);
    expect(w.batches).toEqual([[1], [2], [3, 4]]);
  });

  it("with retrySingly, a failing item fails alone and the rest of its batch is stored", async () => {
    const w = gatedWriter((i) => i === 3);
    const batcher = new WriteBatcher(w.write, { maxItems: 100, retrySingly: true });
    const results = [1, 2, 3, 4].map((i) =>
      batcher.push(i).then(
        (v) => ({ ok: v }),
        (e: Error) => ({ error: e.message }),
      ),
    );
    for (let i = 0; i < 6; i++) await w.openNext();
    expect(await Promise.all(results)).toEqual([{ ok: 10 }, { ok: 20 }, { error: "bad item in 3" }, { ok: 40 }]);
    expect(w.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it("without retrySingly, every item of a failed batch is told", async () => {
    const w = gatedWriter((i) => i === 2);
    const batcher = new WriteBatcher(w.write, { maxItems: 100 });
    const a = batcher.push(1);
    const b = batcher.push(2);
    const c = batcher.push(3);
    await w.openNext();
    await w.openNext();
    expect(await a).toBe(10);
    await expect(b).rejects.toThrow("bad item");
    await expect(c).rejects.toThrow("bad item");
  });
});
