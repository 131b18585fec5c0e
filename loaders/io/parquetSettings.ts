/**
 * The Parquet writer settings of every Parquet file the project writes, in one
 * place: Snappy compression and no dictionary encoding (dictionary encoding
 * costs 5× the time for our mostly unique strings and saves nothing after
 * Snappy). Plain data, so the Parquet worker (parquetWorker.ts, plain CommonJS
 * code) gets the same object as workerData; `writerProperties` applies it on
 * this thread (parquet.ts).
 */
export const PARQUET_WRITER: WriterSettings = {compression: "SNAPPY", dictionaryEnabled: false};

/** Writer settings: a parquet-wasm Compression name and whether columns are dictionary-encoded. */
export interface WriterSettings {
  readonly compression: "UNCOMPRESSED" | "SNAPPY" | "GZIP" | "BROTLI" | "ZSTD" | "LZ4_RAW";
  readonly dictionaryEnabled: boolean;
}

/** The part of parquet-wasm `writerProperties` uses (the worker calls the same methods). */
interface ParquetWriterApi {
  WriterPropertiesBuilder: new () => {setCompression(c: number): {setDictionaryEnabled(d: boolean): {build(): unknown}}};
  Compression: Record<WriterSettings["compression"], number>;
}

/**
 * parquet-wasm's WriterProperties for `settings`. The worker's code (parquetWorker.ts
 * WORKER) makes the same two calls from the same object.
 */
export function writerProperties<P>(parquet: ParquetWriterApi, settings: WriterSettings = PARQUET_WRITER): P {
  return new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression[settings.compression]).setDictionaryEnabled(settings.dictionaryEnabled).build() as P;
}
