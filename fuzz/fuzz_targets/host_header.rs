#![no_main]

// The `Host` a drop box hosting many teams routes on.
libfuzzer_sys::fuzz_target!(|data: &[u8]| dropbox_server::fuzzing::host_header(data));
