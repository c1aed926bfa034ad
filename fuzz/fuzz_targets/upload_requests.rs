#![no_main]

// The server's parsing of upload request headers: Content-Length and the
// delete and withdraw hashes (protocol 1.7) of a streamed POST, tus
// creation (Tus-Resumable, Upload-Length) and PATCH (Content-Type,
// Upload-Offset), upload ids.
libfuzzer_sys::fuzz_target!(|data: &[u8]| dropbox_server::fuzzing::upload_requests(data));
