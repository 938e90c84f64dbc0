//! Peak memory (VmHWM) of child processes that list runs in different ways.
//!
//! Every mode runs in a fresh process of this binary (`oz-bench mem MODE
//! BASE_URL`) against the parent's server, on a single-threaded runtime, and
//! prints its peak resident set size. Differences to the `idle` process (the
//! same client after one `get_run`) are what the listing costs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering::Relaxed};

use futures_util::{StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};

use crate::measure::{crate_client, crate_list_all, median, Hand};

/// The modes a child process can run, in the order they are measured.
pub const MODES: [&str; 6] = [
    "idle",
    "one_page",
    "stream_1k",
    "stream",
    "collect",
    "baseline_stream",
];

/// Modes measured a second time with glibc's dynamic mmap threshold pinned
/// (`MALLOC_MMAP_THRESHOLD_=131072`), reported as `MODE_pinned`: large
/// buffers then always go back to the system when freed, which separates
/// what the program holds from what the allocator keeps.
pub const PINNED_MODES: [&str; 3] = ["idle", "one_page", "stream"];

/// The environment variable and value that pin glibc's mmap threshold.
const PIN: (&str, &str) = ("MALLOC_MMAP_THRESHOLD_", "131072");

/// The system allocator, counting live heap bytes once [`start_counting`] was
/// called (only memory child processes call it; the timing runs pay one
/// relaxed load per allocation).
pub struct CountingAlloc;

static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn grew(by: isize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is forwarded to `System` unchanged; the counters are
// only bookkeeping.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if COUNTING.load(Relaxed) && !p.is_null() {
            grew(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if COUNTING.load(Relaxed) && !p.is_null() {
            grew(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        if COUNTING.load(Relaxed) {
            LIVE.fetch_sub(layout.size() as isize, Relaxed);
        }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if COUNTING.load(Relaxed) && !p.is_null() {
            grew(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Starts counting live heap bytes (from zero).
pub(crate) fn start_counting() {
    LIVE.store(0, Relaxed);
    PEAK.store(0, Relaxed);
    COUNTING.store(true, Relaxed);
}

/// Live heap bytes allocated and not freed since [`start_counting`]
/// (negative when more was freed than allocated); for `fleet.rs`.
pub(crate) fn live_bytes() -> isize {
    LIVE.load(Relaxed)
}

/// The largest live heap growth since [`start_counting`], KiB.
fn heap_peak_kib() -> u64 {
    PEAK.load(Relaxed).max(0) as u64 / 1024
}

/// What a child reports.
#[derive(Debug, Serialize, Deserialize)]
pub struct Sample {
    /// The mode it ran.
    pub mode: String,
    /// Peak resident set size, KiB (VmHWM from /proc/self/status).
    pub vm_hwm_kib: u64,
    /// Peak live heap since the process started measuring, KiB (counted by
    /// [`CountingAlloc`]: what the program holds, without allocator overhead).
    pub heap_peak_kib: u64,
    /// Runs it received.
    pub runs: usize,
}

/// Peak memory per mode (medians over the child processes) and the deltas to `idle`.
#[derive(Debug, Serialize)]
pub struct Memory {
    /// Child processes per mode.
    pub reps: usize,
    /// Median VmHWM per mode, KiB.
    pub peak_kib: std::collections::BTreeMap<String, u64>,
    /// Median VmHWM minus the idle process's (`idle_pinned` for the
    /// `_pinned` modes), per mode, KiB.
    pub delta_kib: std::collections::BTreeMap<String, i64>,
    /// Median peak live heap per mode, KiB (see [`Sample::heap_peak_kib`]).
    pub heap_peak_kib: std::collections::BTreeMap<String, u64>,
    /// Size of one page's JSON body, KiB.
    pub page_json_kib: f64,
    /// Runs listed by the `stream` and `collect` modes.
    pub runs: usize,
}

/// The peak resident set size of this process, KiB.
pub fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Runs one mode in this process (the child side).
pub fn child(mode: &str, base_url: &str) -> Result<Sample, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    start_counting();
    runtime.block_on(async {
        let client = crate_client(base_url);
        let warm = client
            .get_run()
            .run_id("run-1")
            .send()
            .await
            .map_err(|e| e.to_string())?;
        drop(warm);
        let (runs, peak) = match mode {
            "idle" => (0, vm_hwm_kib()),
            "one_page" => {
                let page = client
                    .list_runs()
                    .limit(100u64)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                (page.runs.len(), vm_hwm_kib())
            }
            "stream" => {
                let n = crate_list_all(&client).await.map_err(|e| e.to_string())?;
                (n, vm_hwm_kib())
            }
            "stream_1k" => {
                // The first 10 pages only: if streaming is bounded, this
                // peaks like the whole listing.
                let mut runs = client.list_runs().limit(100u64).stream().take(1000);
                let mut n = 0;
                while let Some(run) = runs.next().await {
                    std::hint::black_box(run.map_err(|e| e.to_string())?);
                    n += 1;
                }
                (n, vm_hwm_kib())
            }
            "collect" => {
                let all: Vec<_> = client
                    .list_runs()
                    .limit(100u64)
                    .stream()
                    .try_collect()
                    .await
                    .map_err(|e| e.to_string())?;
                (all.len(), vm_hwm_kib())
            }
            "baseline_stream" => {
                let n = Hand::plain(base_url)
                    .list_all(100)
                    .await
                    .map_err(|e| e.to_string())?;
                (n, vm_hwm_kib())
            }
            other => return Err(format!("unknown memory mode {other:?}")),
        };
        Ok(Sample {
            mode: mode.to_owned(),
            vm_hwm_kib: peak.ok_or("cannot read VmHWM from /proc/self/status")?,
            heap_peak_kib: heap_peak_kib(),
            runs,
        })
    })
}

/// Runs every mode `reps` times in child processes (the parent side).
pub fn measure(base_url: &str, reps: usize, page_json_bytes: usize) -> Result<Memory, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut samples: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
    let mut heap: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
    let mut runs = 0;
    let runs_of = MODES
        .iter()
        .map(|m| (*m, false))
        .chain(PINNED_MODES.iter().map(|m| (*m, true)));
    let runs_of: Vec<(&str, bool)> = runs_of.collect();
    for _ in 0..reps.max(1) {
        for &(mode, pinned) in &runs_of {
            let key = if pinned {
                format!("{mode}_pinned")
            } else {
                mode.to_owned()
            };
            let mut command = Command::new(&exe);
            command.args(["mem", mode, base_url]).env_remove(PIN.0);
            if pinned {
                command.env(PIN.0, PIN.1);
            }
            let output = command
                .output()
                .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
            if !output.status.success() {
                return Err(format!(
                    "memory mode {key} failed ({}): {}",
                    output.status,
                    String::from_utf8_lossy(&output.stderr).trim()
                ));
            }
            let sample: Sample = serde_json::from_slice(&output.stdout)
                .map_err(|e| format!("memory mode {key}: bad report: {e}"))?;
            if key == "stream" {
                runs = sample.runs;
            }
            samples
                .entry(key.clone())
                .or_default()
                .push(sample.vm_hwm_kib as f64);
            heap.entry(key)
                .or_default()
                .push(sample.heap_peak_kib as f64);
        }
    }
    let peak_kib: std::collections::BTreeMap<String, u64> = samples
        .iter()
        .map(|(mode, values)| (mode.clone(), median(values) as u64))
        .collect();
    let base = |key: &str| {
        let idle = if key.ends_with("_pinned") {
            "idle_pinned"
        } else {
            "idle"
        };
        peak_kib.get(idle).copied().unwrap_or(0) as i64
    };
    let delta_kib = peak_kib
        .iter()
        .filter(|(key, _)| !key.starts_with("idle"))
        .map(|(key, kib)| (key.clone(), *kib as i64 - base(key)))
        .collect();
    let heap_peak_kib = heap
        .iter()
        .map(|(mode, values)| (mode.clone(), median(values) as u64))
        .collect();
    Ok(Memory {
        reps: reps.max(1),
        peak_kib,
        heap_peak_kib,
        delta_kib,
        page_json_kib: page_json_bytes as f64 / 1024.0,
        runs,
    })
}
