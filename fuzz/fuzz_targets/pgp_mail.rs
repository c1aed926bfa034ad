#![no_main]

// A report mailed to the team: finding the OpenPGP message in any mail
// shape, and reading the decrypted MIME entity.
libfuzzer_sys::fuzz_target!(|data: &[u8]| dropbox_reviewer::pgp::fuzz_mail(data));
