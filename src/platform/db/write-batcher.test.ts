// The group-commit batcher: items of one turn written together, later ones in the next batch, each answered only after its batch.
import { describe, expect, it } from "vitest";
import { settleWriteBatchers, WriteBatcher } from "./write-batcher.js";

const turn = () => new Promise((r) => setImmediate(r));

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
    for (let i = 0; i < 50 && gates.length === 0; i++) await turn();
    gates.shift()?.();
    await turn();
  };
  return { batches, write, openNext };
}

describe("WriteBatcher", () => {
  it("writes the items of one turn together, and those that arrive meanwhile together in the next batch", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 100 });
    const first = [1, 2].map((i) => batcher.push(i));
    expect(w.batches).toEqual([]); // not before the loop's next turn
    await turn();
    expect(w.batches).toEqual([[1, 2]]);
    const rest = [3, 4, 5].map((i) => batcher.push(i));
    let answered = false;
    void Promise.all(first).then(() => {
      answered = true;
    });
    await turn();
    expect(answered).toBe(false); // not before its batch has been written
    expect(w.batches).toEqual([[1, 2]]); // one batch at a time
    await w.openNext();
    expect(await Promise.all(first)).toEqual([10, 20]);
    expect(w.batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]); // the next one went at once
    await w.openNext();
    expect(await Promise.all(rest)).toEqual([30, 40, 50]);
  });

  it("keeps batches within maxItems and maxWeight", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 3, weight: (i) => i, maxWeight: 10 });
    const all = [1, 2, 3, 4, 5, 9, 8].map((i) => batcher.push(i));
    for (let i = 0; i < 5; i++) await w.openNext();
    await Promise.all(all);
    // A batch stops growing once it reaches the weight, so one heavy item still goes alone.
    expect(w.batches).toEqual([[1, 2, 3], [4, 5, 9], [8]]);
  });

  it("writes up to `concurrency` batches at the same time", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 2, concurrency: 2 });
    const all = [1, 2, 3, 4, 5, 6].map((i) => batcher.push(i));
    await turn();
    await turn();
    expect(w.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    for (let i = 0; i < 3; i++) await w.openNext();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(w.batches).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
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
    expect(w.batches).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });

  it("without retrySingly, every item of a failed batch is told, and the batcher goes on", async () => {
    const w = gatedWriter((i) => i === 2);
    const batcher = new WriteBatcher(w.write, { maxItems: 100 });
    const failed = Promise.allSettled([1, 2].map((i) => batcher.push(i)));
    await w.openNext();
    const outcomes = await failed;
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    for (const o of outcomes) expect(String((o as PromiseRejectedResult).reason)).toContain("bad item");
    const later = batcher.push(3);
    await w.openNext();
    expect(await later).toBe(30);
  });

  it("settleWriteBatchers waits for every item held, also one pushed to another batcher once a first batch is written", async () => {
    const counter = gatedWriter();
    const reports = gatedWriter();
    const counts = new WriteBatcher(counter.write, { maxItems: 100 });
    const stores = new WriteBatcher(reports.write, { maxItems: 100 });
    // As a report request does: its hit counted first, then the report stored.
    const stored = counts.push(1).then(() => stores.push(7));
    let settled = false;
    const settling = settleWriteBatchers().then(() => {
      settled = true;
    });
    await counter.openNext();
    await turn();
    expect(reports.batches).toEqual([[7]]);
    expect(settled).toBe(false);
    await reports.openNext();
    await settling;
    expect(await stored).toBe(70);
    expect(settled).toBe(true);
    await counts.idle();
  });

  it("settleWriteBatchers gives up after its time limit on a batch that never finishes", async () => {
    const w = gatedWriter();
    const batcher = new WriteBatcher(w.write, { maxItems: 100 });
    const held = batcher.push(1);
    await settleWriteBatchers(50);
    expect(w.batches).toEqual([[1]]);
    await w.openNext();
    expect(await held).toBe(10);
    await batcher.idle();
  });
});
