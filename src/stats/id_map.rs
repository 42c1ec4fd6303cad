//! A fast hash map for the short ids that statistics group by.

use std::hash::{BuildHasherDefault, Hasher};

/// A hash map for the short ids grouped here. The standard SipHash is built to
/// resist flooding; these maps live for one call over a local file, and with a
/// simple multiplicative hash (FxHash's) they beat a linear scan of 20 sectors.
pub(super) type IdMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<IdHasher>>;

#[derive(Default)]
pub(super) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
