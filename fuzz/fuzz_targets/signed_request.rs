#![no_main]

// A signed request through the server's verification path: its reading of
// the request, the roster key lookup, RFC 9421 verification, the nonce
// store and the body's Content-Digest.
libfuzzer_sys::fuzz_target!(|data: &[u8]| dropbox_server::fuzzing::signed_request(data));
