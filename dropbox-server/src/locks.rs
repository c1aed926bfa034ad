//! Lock poisoning, handled in one place for every lock a request path
//! takes (the upload table, the roster, the disk book, the proof-of-work
//! tokens).
//!
//! A poisoned lock means a request panicked while holding it. Each of
//! these locks guards a few field updates with no `.await` and no I/O
//! inside, so the data is at worst one update short; refusing every
//! later request (a panic on each `expect`, or a 500) until a restart
//! would be worse. The lock is recovered, its poison cleared, and the
//! log says so once.

use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

fn recovered(what: &str) {
    tracing::warn!("a request panicked while holding the {what}; carrying on");
}

/// Locks `m`, recovering it if poisoned.
pub fn lock<'a, T>(m: &'a Mutex<T>, what: &str) -> MutexGuard<'a, T> {
    m.lock().unwrap_or_else(|poisoned| {
        recovered(what);
        m.clear_poison();
        poisoned.into_inner()
    })
}

/// Reads `l`, recovering it if poisoned.
pub fn read<'a, T>(l: &'a RwLock<T>, what: &str) -> RwLockReadGuard<'a, T> {
    l.read().unwrap_or_else(|poisoned| {
        recovered(what);
        l.clear_poison();
        poisoned.into_inner()
    })
}

/// Writes `l`, recovering it if poisoned.
pub fn write<'a, T>(l: &'a RwLock<T>, what: &str) -> RwLockWriteGuard<'a, T> {
    l.write().unwrap_or_else(|poisoned| {
        recovered(what);
        l.clear_poison();
        poisoned.into_inner()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_poisoned_lock_is_recovered_and_its_poison_cleared() {
        let m = std::sync::Arc::new(Mutex::new(1));
        let l = std::sync::Arc::new(RwLock::new(1));
        let (m2, l2) = (m.clone(), l.clone());
        let _ = std::thread::spawn(move || {
            let _a = m2.lock().unwrap();
            let _b = l2.write().unwrap();
            panic!("a handler panics holding both");
        })
        .join();
        assert!(m.is_poisoned() && l.is_poisoned());
        *lock(&m, "test mutex") += 1;
        assert_eq!(*read(&l, "test lock"), 1);
        *write(&l, "test lock") += 1;
        assert!(!m.is_poisoned() && !l.is_poisoned());
        assert_eq!((*lock(&m, "m"), *read(&l, "l")), (2, 2));
    }
}
