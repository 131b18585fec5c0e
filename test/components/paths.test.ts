import {describe, expect, test} from "vitest";
import {commonFolder, relativePaths} from "../../src/components/paths.js";

describe("input paths relative to the folder they share", () => {
  test.each<[string[], string, string[]]>([
    [["/home/u/story/a.txt", "/home/u/story/sub/b.md"], "/home/u/story/", ["a.txt", "sub/b.md"]],
    // items of one CSV file or feed count as the file
    [["/s/export.csv#1", "/s/export.csv#2", "/s/feed.atom#1"], "/s/", ["export.csv#1", "export.csv#2", "feed.atom#1"]],
    // folders that begin alike are not one folder
    [["/a/story-1/x.txt", "/a/story-2/y.txt"], "/a/", ["story-1/x.txt", "story-2/y.txt"]],
    [["C:\\news\\a.txt", "C:\\news\\b.txt"], "C:\\news\\", ["a.txt", "b.txt"]],
    // a single file keeps its own name; nothing shared: paths as given
    [["/s/only.txt"], "/s/", ["only.txt"]],
    [["a.txt", "b.txt"], "", ["a.txt", "b.txt"]],
    [[], "", []]
  ])("%j", (paths, folder, relative) => {
    expect(commonFolder(paths)).toBe(folder);
    expect(relativePaths(paths)).toEqual(relative);
  });
});
