// A small command-line face of the page's `age-encryption` package, for the
// Rust interop test of the post-quantum recipient type (crypto/tests/
// integration/hybrid.rs runs it): the two implementations must read each
// other's files and derive the same recipient from the same identity.
//
//   node test/hybrid-interop.mjs recipient IDENTITY   prints the recipient
//   node test/hybrid-interop.mjs keygen               prints a fresh identity
//   node test/hybrid-interop.mjs encrypt RECIPIENT…   stdin → age file on stdout
//   node test/hybrid-interop.mjs decrypt IDENTITY     age file on stdin → stdout
//
// Failures exit 1 with the reason on stderr. Without a command it prints
// this usage and exits 0: `node --test test/` runs every script under test/.

import { Decrypter, Encrypter, generateHybridIdentity, identityToRecipient } from "age-encryption";

async function stdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return new Uint8Array(Buffer.concat(chunks));
}

const [cmd, ...args] = process.argv.slice(2);
try {
  if (cmd === "recipient") {
    process.stdout.write((await identityToRecipient(args[0])) + "\n");
  } else if (cmd === "keygen") {
    process.stdout.write((await generateHybridIdentity()) + "\n");
  } else if (cmd === "encrypt") {
    const e = new Encrypter();
    for (const r of args) e.addRecipient(r);
    process.stdout.write(await e.encrypt(await stdin()));
  } else if (cmd === "decrypt") {
    const d = new Decrypter();
    d.addIdentity(args[0]);
    process.stdout.write(await d.decrypt(await stdin()));
  } else if (cmd === undefined) {
    process.stdout.write("usage: hybrid-interop.mjs recipient|keygen|encrypt|decrypt …\n");
  } else {
    throw new Error(`unknown command ${cmd}`);
  }
} catch (e) {
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
}
