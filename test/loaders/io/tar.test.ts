import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {tarArchive} from "../../../loaders/io/tar.js";

describe("tarArchive", () => {
  test("system tar reads back every file byte for byte", () => {
    const files = {"a.csv": "x,y\n1,2\n", "reader-0.json": JSON.stringify([{text: "Grüße „zitiert“ ".repeat(100)}]), "empty.csv": ""};
    const dir = mkdtempSync(join(tmpdir(), "tar-"));
    writeFileSync(join(dir, "out.tar"), tarArchive(files));
    expect(execFileSync("tar", ["-tf", "out.tar"], {cwd: dir, encoding: "utf8"}).trim().split("\n")).toEqual(Object.keys(files));
    execFileSync("tar", ["-xf", "out.tar"], {cwd: dir});
    for (const [name, content] of Object.entries(files)) expect(readFileSync(join(dir, name), "utf8")).toBe(content);
  });

  test.each([[""], ["x".repeat(101)]])("rejects the name %j", (name) => expect(() => tarArchive({[name]: "x"})).toThrow("tar: file name"));
});
