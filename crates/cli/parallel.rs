//! Working on every input on every core, while the results come out in
//! input order, each as soon as it and every input before it are done.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use rayon::iter::{ParallelBridge, ParallelIterator};

/// Runs `work` on every item on `jobs` threads and hands each result to
/// `sink` on the calling thread, in the order of `items`.
///
/// Items are taken in order (so results rarely wait long for the one before
/// them, and few are held at once); a result waiting for an earlier one is
/// kept until then. When `sink` fails (standard output closed), the items
/// not yet started are skipped and its error is returned.
pub fn ordered<I, T, W, S>(items: &[I], jobs: usize, work: W, mut sink: S) -> anyhow::Result<()>
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> T + Sync,
    S: FnMut(&I, T) -> anyhow::Result<()>,
{
    if jobs <= 1 || items.len() <= 1 {
        // No thread is worth starting: one article's latency is the
        // process start and its own work.
        for item in items {
            sink(item, work(item))?;
        }
        return Ok(());
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let stop = AtomicBool::new(false);
    // Bounded, so workers far ahead of a slow writer wait for it.
    let (sender, receiver) = mpsc::sync_channel::<(usize, T)>(jobs * 2);
    let mut result = Ok(());
    std::thread::scope(|scope| {
        let (work, stop) = (&work, &stop);
        scope.spawn(move || {
            pool.install(|| {
                // `par_bridge` hands out items in order, unlike splitting
                // the list in halves, which would finish the second half
                // long before the writer needs it.
                items
                    .iter()
                    .enumerate()
                    .par_bridge()
                    .for_each_with(sender, |sender, (i, item)| {
                        if !stop.load(Ordering::Relaxed) {
                            // The receiver only goes away after every sender.
                            let _ = sender.send((i, work(item)));
                        }
                    });
            });
        });
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (i, value) in receiver {
            waiting.insert(i, value);
            while let Some(value) = waiting.remove(&next) {
                if result.is_ok() {
                    result = sink(&items[next], value);
                    if result.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
                next += 1;
            }
        }
    });
    result
}
