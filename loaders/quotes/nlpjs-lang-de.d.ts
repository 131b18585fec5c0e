/** The part of @nlpjs/lang-de (no bundled types) that the statement linker uses. */
declare module "@nlpjs/lang-de" {
  export class StemmerDe {
    stemWord(word: string): string;
  }
}
