// Writing results so that nothing is lost when stdout is a pipe: Node writes to pipes
// asynchronously, and exiting right after console.log cuts the output (at 64 KiB on Linux).

/** Write and wait while the pipe is full, so a long batch does not pile up in memory. */
export function writeOut(text: string): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(text)) done();
    else process.stdout.once('drain', () => done());
  });
}

/** Resolves once everything written so far has left the process. */
export function flushOut(): Promise<void> {
  return new Promise((done) => process.stdout.write('', () => done()));
}

/** A progress line on stderr for long runs, at most once a second. */
export function progress(total: number, enabled: boolean): { tick(done: number): void; end(): void } {
  const started = Date.now();
  let last = started;
  const show = enabled && total >= 10;
  const line = (done: number) => {
    const secs = (Date.now() - started) / 1000;
    return `scanned ${done}/${total} pages (${secs > 0 ? (done / secs).toFixed(1) : '-'} pages/s)`;
  };
  return {
    tick(done) {
      if (!show || Date.now() - last < 1000) return;
      last = Date.now();
      process.stderr.write(process.stderr.isTTY ? `\r${line(done)}` : `${line(done)}\n`);
    },
    end() {
      if (show) process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}${line(total)}\n`);
    },
  };
}
