import {describe, expect, it} from "vitest";
import {isSpace} from "../../../loaders/text/chars.js";

describe("isSpace", () => {
  it("agrees with /\\s/ on every UTF-16 code unit", () => {
    const differ: string[] = [];
    for (let c = 0; c < 65536; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});
