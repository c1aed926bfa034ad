// Streams the page reads and writes through: a File read in chunks, and
// an async generator turned into a ReadableStream that pulls one chunk at
// a time, so a large attachment never sits whole in memory.

/** Reads a File or Blob in chunks (never whole). */
export async function* fileChunks(file) {
  const reader = file.stream().getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** A ReadableStream pulling from an async generator, one chunk at a time. */
export function streamOf(gen) {
  return new ReadableStream(
    {
      async pull(controller) {
        try {
          const { value, done } = await gen.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (e) {
          controller.error(e);
        }
      },
      cancel() {
        gen.return();
      },
    },
    { highWaterMark: 1 },
  );
}

/**
 * Fills `buf` with all of `blob`'s bytes (blob.size must be buf.length)
 * and returns a view of them: through a BYOB reader where the browser has
 * one (the read moves the buffer, so use the returned view, not `buf`),
 * else through one `arrayBuffer()` copied in. Reusing one buffer keeps a
 * long send from leaving a new buffer per read behind for the collector.
 */
export async function readInto(blob, buf) {
  if (blob.size !== buf.length) throw new Error("the buffer is not of the Blob's size");
  let reader = null;
  try {
    reader = blob.stream().getReader({ mode: "byob" });
  } catch {
    // no byte stream here
  }
  if (!reader) {
    buf.set(new Uint8Array(await blob.arrayBuffer()));
    return buf;
  }
  // Reading detaches `buf`: keep its place and length.
  const start = buf.byteOffset;
  const length = buf.length;
  let buffer = buf.buffer;
  let at = 0;
  try {
    while (at < length) {
      const { value, done } = await reader.read(new Uint8Array(buffer, start + at, length - at));
      if (done) break;
      buffer = value.buffer;
      at += value.length;
    }
  } finally {
    reader.releaseLock();
  }
  if (at !== length) throw new Error("the file ended early");
  return new Uint8Array(buffer, start, length);
}
