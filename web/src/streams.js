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
