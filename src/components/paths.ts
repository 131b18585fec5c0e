/**
 * Input paths as a table shows them: relative to the folder every input shares, so that
 * "/home/anna/stories/koalition/artikel/a01.md" reads "a01.md" and two rows of one CSV file
 * ("export.csv#1", "export.csv#2") stay apart in a narrow column.
 */

/** The folder, with its closing separator, that every path lies in ("" when they share none). Feed and CSV items ("file#2") count as their file. */
export function commonFolder(paths: readonly string[]): string {
  if (!paths.length) return "";
  const folders = paths.map((p) => {
    const file = p.replace(/#[^/\\]*$/, "");
    return file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  });
  let prefix = folders[0];
  for (const folder of folders) {
    let n = 0;
    while (n < prefix.length && n < folder.length && prefix[n] === folder[n]) n++;
    prefix = prefix.slice(0, n);
  }
  // cut back to a whole folder: "/a/story-1/" and "/a/story-2/" share "/a/", not "/a/story-"
  return prefix.slice(0, Math.max(prefix.lastIndexOf("/"), prefix.lastIndexOf("\\")) + 1);
}

/** Each path without the folder all of them share; a path outside it (or a lone file) keeps its own name. */
export function relativePaths(paths: readonly string[]): string[] {
  const folder = commonFolder(paths);
  return paths.map((p) => (folder && p.startsWith(folder) && p.length > folder.length ? p.slice(folder.length) : p));
}
