/** Minimal types for the parts of @nlpjs/lang-de that Pressespiegel uses (the package ships none). */
declare module "@nlpjs/lang-de" {
  /** Snowball German stemmer. Expects lower-case input; folds ä/ö/ü/ß in its output. */
  export class StemmerDe {
    constructor();
    setCurrent(word: string): void;
    innerStem(): boolean;
    getCurrent(): string;
    stemWord(word: string): string;
  }
}
