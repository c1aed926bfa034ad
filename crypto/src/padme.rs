//! PADMÉ padding (Nikitin et al., "Reducing Metadata Leakage from Encrypted
//! Files and Communication with PURBs", 2019): rounds a length up so that at
//! most O(log log L) bits of it leak, with at most 12% overhead.

/// The smallest padded size any bundle has (64 KiB), so short reports all
/// look alike.
pub const MIN_PADDED: u64 = 64 * 1024;

/// PADMÉ(L): `L` rounded up by clearing its low `E − S` bits, where
/// E = ⌊log2 L⌋ and S = ⌊log2 E⌋ + 1.
pub fn padme(len: u64) -> u64 {
    if len < 2 {
        return len;
    }
    let e = 63 - u64::from(len.leading_zeros());
    let s = 64 - u64::from(e.leading_zeros());
    let last_bits = e - s;
    let mask = (1u64 << last_bits) - 1;
    (len + mask) & !mask
}

/// The total size a bundle of `len` unpadded bytes is padded to:
/// max(64 KiB, PADMÉ(len)).
pub fn padded_len(len: u64) -> u64 {
    padme(len).max(MIN_PADDED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Values from the PURBs paper's definition, worked by hand.
        assert_eq!(padme(0), 0);
        assert_eq!(padme(1), 1);
        assert_eq!(padme(9), 10);
        assert_eq!(padme(100), 104);
        assert_eq!(padme(1000), 1024);
        assert_eq!(padme(65_537), 67_584);
        assert_eq!(padme(1 << 30), 1 << 30);
        assert_eq!(padme((1 << 30) + 1), (1 << 30) + (1 << 25));
        assert_eq!(padded_len(10), MIN_PADDED);
    }

    #[test]
    fn never_shrinks_and_overhead_is_bounded() {
        for len in (2u64..200_000)
            .step_by(97)
            .chain([u32::MAX as u64, 3 << 40])
        {
            let p = padme(len);
            assert!(p >= len);
            assert!((p - len) * 100 <= len * 12, "{len} -> {p}");
            assert_eq!(padme(p), p, "padding is idempotent at {len}");
        }
    }
}
