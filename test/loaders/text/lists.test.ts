import {describe, expect, it} from "vitest";
import {emptyList, listOf} from "../../../loaders/text/lists.js";

describe("lists with one array shape", () => {
  it("emptyList is a new, empty, writable array each time", () => {
    const a = emptyList<string>();
    const b = emptyList<string>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push("x");
    expect(a).toEqual(["x"]);
    expect(b).toEqual([]);
  });

  it.each([
    {list: ["Anna"], same: true},
    {list: ["Anna", "Maria"], same: true},
    {list: [] as string[], same: false}
  ])("listOf($list) keeps a filled list and replaces an empty one by an equal list", ({list, same}) => {
    const out = listOf(list);
    expect(out).toEqual(list);
    expect(out === list).toBe(same);
  });
});
