/**
 * Data the rules read on first use from a source that loaders/io sets (a
 * dictionary's cache file): loaders/ itself reads no files. Until a source is
 * set, the first use throws `error`; setting a new source forgets what was read.
 */
export class LazySource<Raw, Value> {
  private load: (() => Raw) | undefined;
  private value: Value | undefined;

  /** `make` turns what the source gives into what the rules look up. */
  constructor(
    private readonly error: string,
    private readonly make: (raw: Raw) => Value,
    private readonly onReset?: () => void
  ) {}

  /** Where the data is read from on first use; the same source again changes nothing. */
  set(load: () => Raw): void {
    if (load === this.load) return;
    this.load = load;
    this.value = undefined;
    this.onReset?.();
  }

  /** The data, read from the source the first time. */
  get(): Value {
    if (this.value === undefined) {
      if (!this.load) throw new Error(this.error);
      this.value = this.make(this.load());
    }
    return this.value;
  }
}
