/** A one-line progress bar on a terminal; silent when the stream is not a TTY. */
export function progressBar(stream: NodeJS.WriteStream) {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  let last = 0;
  let shown = false;
  const clear = () => shown && stream.write("\r\x1b[K");
  return {
    /** Shows `done` of `total` as a bar, followed by `label` (default "done/total"). */
    update(done: number, total: number, label?: string) {
      const now = Date.now();
      if (!tty || (now - last < 100 && done < total) || total < 2) return;
      last = now;
      const width = 30;
      const filled = Math.round(Math.min(1, done / total) * width);
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${label ?? `${done}/${total}`}`);
      shown = true;
    },
    log(line: string) {
      clear();
      shown = false;
      stream.write(line + "\n");
    },
    done() {
      clear();
      shown = false;
    }
  };
}
