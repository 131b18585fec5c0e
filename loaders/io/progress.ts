/** A one-line progress bar on a terminal; silent when the stream is not a TTY. */
export function progressBar(stream: NodeJS.WriteStream) {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  let last = 0;
  let shown = false;
  const clear = () => shown && stream.write("\r\x1b[K");
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (!tty || (now - last < 100 && done < total) || total < 2) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
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
