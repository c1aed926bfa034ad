#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dropbox_crypto::fuzzing::fetch_response(data));
