import {describe, expect, it} from "vitest";
import {LazySource} from "../../../loaders/text/lazy-source.js";

describe("a data source set by loaders/io and read on first use", () => {
  it("throws its message before a source is set", () => {
    expect(() => new LazySource("no source set", (n: number) => n).get()).toThrow("no source set");
  });
  it("reads once, and again after a new source", () => {
    let reads = 0, resets = 0;
    const source = new LazySource<number, number>("none", (n) => n * 2, () => resets++);
    const one = () => (reads++, 1);
    source.set(one);
    source.set(one); // the same source: nothing forgotten
    expect([source.get(), source.get(), reads, resets]).toEqual([2, 2, 1, 1]);
    source.set(() => 5);
    expect([source.get(), resets]).toEqual([10, 2]);
  });
});
