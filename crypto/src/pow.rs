//! The proof-of-work puzzle of the optional upload token (docs/PROTOCOL.md
//! §15): find a nonce such that sha256(challenge ‖ ":" ‖ nonce) starts with
//! `bits` zero bits. The server mints and checks challenges; clients solve.

use sha2::{Digest, Sha256};

/// Longest nonce accepted.
pub const MAX_NONCE: usize = 64;

/// Whether sha256(challenge ‖ ":" ‖ nonce) starts with `bits` zero bits.
pub fn meets(challenge: &str, nonce: &str, bits: u8) -> bool {
    let h = Sha256::new()
        .chain_update(challenge.as_bytes())
        .chain_update(b":")
        .chain_update(nonce.as_bytes())
        .finalize();
    let mut left = u32::from(bits);
    for b in h {
        if left == 0 {
            return true;
        }
        let lz = b.leading_zeros();
        if left <= 8 {
            return lz >= left;
        }
        if lz < 8 {
            return false;
        }
        left -= 8;
    }
    left == 0
}

/// Finds the smallest decimal nonce that solves the challenge.
pub fn solve(challenge: &str, bits: u8) -> String {
    (0u64..)
        .map(|n| n.to_string())
        .find(|n| meets(challenge, n, bits))
        .expect("a solution exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solutions_have_the_leading_zero_bits() {
        let n = solve("x", 12);
        let h = Sha256::new()
            .chain_update(b"x:")
            .chain_update(n.as_bytes())
            .finalize();
        assert_eq!(h[0], 0);
        assert!(h[1] < 16);
        assert!(meets("anything", "", 0));
    }
}
