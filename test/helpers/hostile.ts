import {cpSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";

/** Markup that would run if any page inserted article text as HTML. */
export const HOSTILE_SCRIPT = "<script>window.__pwned=1</script>";
export const HOSTILE_IMG = `<img src=x onerror="window.__pwned=1">`;

/** File name of the hostile article in the corpus. */
export const HOSTILE_FILE = "hostile.txt";

/**
 * A corpus folder: the seeds plus one article whose title, body and quotes
 * carry markup. Each page must show it as text and never run it.
 */
export function hostileCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "pressespiegel-hostile-"));
  cpSync("seeds", dir, {recursive: true});
  writeFileSync(join(dir, HOSTILE_FILE), [
    `Putin und Trump ${HOSTILE_SCRIPT} telefonieren`,
    "",
    `Am 12. Februar 2025 telefonierten Wladimir Putin und Donald Trump ${HOSTILE_IMG} über den Krieg in der Ukraine.`,
    "",
    `„Wir wollen Frieden ${HOSTILE_SCRIPT}“, sagte Trump nach dem Gespräch über eine Waffenruhe.`,
    "",
    `Kremlsprecher Dmitri Peskow sagte, Putin habe Trump nach Moskau eingeladen ${HOSTILE_IMG}.`,
    ""
  ].join("\n"));
  return dir;
}
