// What the post-quantum recipients cost (issue 18): the age header of a
// submission with hybrid `mlkem768x25519` stanzas next to today's X25519
// ones, for several roster sizes (one stanza per member plus the codename
// slot, as PROTOCOL's fixed shape has it; decoys have the real stanzas'
// size), and the encryption time of the page's age package (web/
// node_modules/age-encryption, the code the page runs, here under Node: the
// same JavaScript, not a browser's JIT) for a small report.
//
// Prints the Markdown section for bench/RESULTS.md on stdout.
// Knobs: BENCH_REPEAT (encryptions per figure, 20), BENCH_KIB (report size, 64).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const web = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web");
const require = createRequire(join(web, "package.json"));
const age = await import(require.resolve("age-encryption"));

const repeat = Number(process.env.BENCH_REPEAT ?? 20);
const kib = Number(process.env.BENCH_KIB ?? 64);
const plaintext = new Uint8Array(kib * 1024).map((_, i) => i % 251);

// The header's length: up to and including the MAC line.
function headerLength(file) {
  const text = Buffer.from(file.subarray(0, Math.min(file.length, 1 << 20))).toString("latin1");
  const mac = text.indexOf("\n--- ");
  return text.indexOf("\n", mac + 1) + 1;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function recipients(kind, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const id = kind === "pq" ? await age.generateHybridIdentity() : await age.generateX25519Identity();
    out.push(await age.identityToRecipient(id));
  }
  return out;
}

async function measure(kind, members) {
  const rs = await recipients(kind, members + 1);
  let header = 0;
  const times = [];
  for (let i = 0; i < repeat + 2; i++) {
    const e = new age.Encrypter();
    for (const r of rs) e.addRecipient(r);
    const t0 = performance.now();
    const file = await e.encrypt(plaintext);
    const dt = performance.now() - t0;
    if (i >= 2) times.push(dt); // the first two warm the JIT
    header = headerLength(file);
  }
  return { header, ms: median(times) };
}

const rows = [];
for (const members of [3, 10, 25]) {
  const x = await measure("x25519", members);
  const pq = await measure("pq", members);
  rows.push(
    `| ${members} (${members + 1} stanzas) | ${x.header} B | ${pq.header} B | ${(pq.header / x.header).toFixed(1)}x | ` +
      `${x.ms.toFixed(1)} ms | ${pq.ms.toFixed(1)} ms | +${(pq.ms - x.ms).toFixed(1)} ms |`,
  );
}

const out = [
  "## Post-quantum recipients (`bench/pq.sh`, issue #18)",
  "",
  `Written by \`bench/pq.sh\` (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, Node ${process.version}, ` +
    `age-encryption ${JSON.parse(readFileSync(join(web, "node_modules", "age-encryption", "package.json"))).version}). Header: the age header of a submission ` +
    "(one stanza per member plus the codename slot), " +
    `as the page's age package writes it, without the page's grease stanza (up to about 150 bytes more). Time: median of ${repeat} encryptions of a ${kib} KiB report by the page's ` +
    "age package under Node (the page's own JavaScript; a browser's figure is of the same order), " +
    "both kinds in the same run.",
  "",
  "| roster members | X25519 header | hybrid header | ratio | X25519 encrypt | hybrid encrypt | hybrid cost |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...rows,
  "",
  "Each hybrid stanza is 1,557 bytes (the 1,120-byte ML-KEM-768 + X25519 encapsulation in base64 on the stanza " +
    "line, and the 32-byte sealed file key) against 98 for X25519; at a roster's most members (256, so 257 stanzas) " +
    "the header is about 400 KiB, which is why the server's header cap went from 64 KiB to 512 KiB.",
  "",
];
process.stdout.write(out.join("\n"));
