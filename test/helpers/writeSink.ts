/**
 * A file's write that keeps the bytes, taking at most `max` bytes a call (a short write), as
 * fs.writeSync may: the tests of writeUtf8 and writePieces (src/report/write.ts) read back what
 * was written through it.
 */
export function sink(max = Infinity) {
  const parts: Buffer[] = [];
  const write = (buf: Uint8Array, offset: number, length: number): number => {
    const n = Math.min(length, max);
    parts.push(Buffer.from(buf.subarray(offset, offset + n)));
    return n;
  };
  return { write, bytes: () => Buffer.concat(parts) };
}
