//! `spec update`: replace the vendored spec with upstream, test, bump, log.
//!
//! Nothing is left half-done: the vendored spec, Cargo.toml, Cargo.lock and
//! CHANGELOG.md are backed up first and restored byte-for-byte if any step
//! fails. Writes go to a temporary file in the same directory, then `rename`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::changelog::{self, today_utc, valid_date};
use crate::check::{compute_drift, Drift};
use crate::cli::UpdateArgs;
use crate::process::run_shell;
use crate::report::{counts_line, render};
use crate::version::{
    apply, bump_for, doc_requirement, doc_requirements, read_package_version,
    set_dependency_requirement, set_doc_requirements, set_lock_version, set_package_version,
};
use crate::workspace::{stamp, versioned_docs, workspace_members, VENDORED_SPEC};
use crate::{EXIT_CANNOT_CHECK, EXIT_DRIFT, EXIT_OK};

/// The corpus of published specs the generator is tested on; every vendored
/// version is added to it.
pub const HISTORY_DIR: &str = "openapi/history";

/// The corpus's files, oldest first, one per line (`.ci/run` compiles the
/// client from the newest ones).
pub const HISTORY_INDEX: &str = "openapi/history/index.txt";

/// Where the new upstream text goes in the corpus, and its file name; `None`
/// when the corpus already holds it byte for byte.
fn history_entry(
    root: &Path,
    text: &str,
    date: Option<&str>,
) -> Result<Option<(PathBuf, String)>, String> {
    let dir = root.join(HISTORY_DIR);
    if let Ok(entries) = fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if fs::read(entry.path()).is_ok_and(|b| b == text.as_bytes()) {
                return Ok(None);
            }
        }
    }
    // FNV-1a: a short, stable name for the content (not a security hash).
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let date = date.map(str::to_owned).unwrap_or_else(today_utc);
    let name = format!("{date}-{:08x}.yaml", hash >> 32);
    Ok(Some((dir.join(&name), name)))
}

/// The crate whose version is bumped.
pub const PACKAGE: &str = "oz-agent-api";

/// Writes `bytes` to `path` atomically (temp file in the same directory + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.xtask-tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A file's original content (`None`: it did not exist).
struct Backup {
    path: PathBuf,
    original: Option<Vec<u8>>,
}

impl Backup {
    fn take(path: PathBuf) -> Result<Self, String> {
        let original = match fs::read(&path) {
            Ok(b) => Some(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        Ok(Backup { path, original })
    }

    fn restore(&self) -> Result<(), String> {
        match &self.original {
            Some(b) => write_atomic(&self.path, b),
            None => match fs::remove_file(&self.path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            },
        }
        .map_err(|e| format!("cannot restore {}: {e}", self.path.display()))
    }

    fn text(&self) -> Option<String> {
        self.original
            .as_ref()
            .map(|b| String::from_utf8_lossy(b).into_owned())
    }
}

fn restore_all(backups: &[Backup]) {
    for b in backups {
        if let Err(e) = b.restore() {
            eprintln!("spec update: {e}");
        }
    }
}

/// `spec update`.
pub fn run_update(args: &UpdateArgs) -> u8 {
    if let Some(d) = &args.date {
        if !valid_date(d) {
            eprintln!("spec update: --date must be YYYY-MM-DD, got {d:?}");
            return EXIT_DRIFT;
        }
    }
    let drift = match compute_drift(&args.upstream) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("spec update: could not fetch or read the specs: {e}");
            eprintln!("spec update: nothing was changed");
            return EXIT_CANNOT_CHECK;
        }
    };
    let root = drift.root.clone();
    if drift.diff.is_empty() {
        for n in &drift.diff.notes {
            eprintln!("note: {n}");
        }
        println!("No drift: {VENDORED_SPEC} matches upstream; nothing to do.");
        return EXIT_OK;
    }
    print!("{}", render(&drift.diff, args.upstream.format));
    match apply_update(args, &root, &drift) {
        Ok(summary) => {
            println!("\n{summary}");
            EXIT_OK
        }
        Err(e) => {
            eprintln!("spec update: {e}");
            EXIT_DRIFT
        }
    }
}

fn apply_update(args: &UpdateArgs, root: &Path, drift: &Drift) -> Result<String, String> {
    let worst = drift.diff.worst().ok_or("no changes")?;
    let spec_b = Backup::take(root.join(VENDORED_SPEC))?;
    let manifest_b = Backup::take(root.join("Cargo.toml"))?;
    let lock_b = Backup::take(root.join("Cargo.lock"))?;
    let changelog_b = Backup::take(root.join("CHANGELOG.md"))?;
    let history = history_entry(root, &drift.upstream_text, args.date.as_deref())?;
    let history_b = match &history {
        Some((path, _)) => Some(Backup::take(path.clone())?),
        None => None,
    };
    let index_b = Backup::take(root.join(HISTORY_INDEX))?;
    // Workspace members that require this crate by version (the fake server
    // crate): their requirement follows the bump.
    let mut member_bs = Vec::new();
    for member in workspace_members(root) {
        let path = root.join(&member).join("Cargo.toml");
        if path.is_file() {
            member_bs.push(Backup::take(path)?);
        }
    }
    // Docs whose usage names this crate's version (the README's
    // `oz-agent-api = "…"`): the requirement follows the bump.
    let mut doc_bs = Vec::new();
    for doc in versioned_docs(root) {
        if fs::read_to_string(&doc).is_ok_and(|t| !doc_requirements(&t, PACKAGE).is_empty()) {
            doc_bs.push(Backup::take(doc)?);
        }
    }
    let manifest = manifest_b
        .text()
        .ok_or_else(|| format!("no Cargo.toml in {}", root.display()))?;
    let current = read_package_version(&manifest)?;
    let bump = bump_for(&current, worst);
    let next = apply(&current, bump);
    let new_manifest = set_package_version(&manifest, &next)?;
    let new_lock = lock_b
        .text()
        .and_then(|l| set_lock_version(&l, PACKAGE, &next));
    let date = args.date.clone().unwrap_or_else(today_utc);
    let title = {
        let old_title = spec_title(spec_b.text().as_deref());
        let new_title = spec_title(Some(&drift.upstream_text));
        match (old_title, new_title) {
            (Some(a), Some(b)) if a != b => Some(format!("`info.title` {a} -> {b}")),
            _ => None,
        }
    };
    let entry = changelog::entry(&next, &date, &drift.diff, title.as_deref());
    let new_changelog = changelog::prepend(changelog_b.text().as_deref(), &entry);

    let new_index = history.as_ref().map(|(_, name)| {
        let mut index = index_b.text().unwrap_or_default();
        if !index.is_empty() && !index.ends_with('\n') {
            index.push('\n');
        }
        index.push_str(name);
        index.push('\n');
        index
    });
    let member_updates: Vec<(PathBuf, String)> = member_bs
        .iter()
        .filter_map(|b| {
            let text = b.text()?;
            set_dependency_requirement(&text, PACKAGE, &next).map(|t| (b.path.clone(), t))
        })
        .collect();
    let changelog_before = changelog_b.text();
    let doc_updates: Vec<(PathBuf, String)> = doc_bs
        .iter()
        .filter_map(|b| {
            let text = b.text()?;
            set_doc_requirements(&text, PACKAGE, &next).map(|t| (b.path.clone(), t))
        })
        .collect();
    let mut backups = vec![spec_b, manifest_b, lock_b, changelog_b, index_b];
    backups.extend(history_b);
    backups.extend(member_bs);
    backups.extend(doc_bs);
    let write = || -> Result<(), String> {
        let w = |p: &Path, b: &[u8]| {
            write_atomic(p, b).map_err(|e| format!("cannot write {}: {e}", p.display()))
        };
        w(&root.join(VENDORED_SPEC), drift.upstream_text.as_bytes())?;
        w(&root.join("Cargo.toml"), new_manifest.as_bytes())?;
        if let Some(l) = &new_lock {
            w(&root.join("Cargo.lock"), l.as_bytes())?;
        }
        if let (Some((path, _)), Some(index)) = (&history, &new_index) {
            let dir = root.join(HISTORY_DIR);
            fs::create_dir_all(&dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            w(path, drift.upstream_text.as_bytes())?;
            w(&root.join(HISTORY_INDEX), index.as_bytes())?;
        }
        for (path, text) in member_updates.iter().chain(&doc_updates) {
            w(path, text.as_bytes())?;
        }
        w(&root.join("CHANGELOG.md"), new_changelog.as_bytes())
    };
    if let Err(e) = write() {
        restore_all(&backups);
        return Err(format!("{e}; restored the original files"));
    }
    // The committed client (what users' default builds compile) follows the
    // new spec; backed up like the rest.
    for file in stamp::FILES {
        let path = root.join(stamp::GENERATED_DIR).join(file);
        backups.push(Backup::take(path)?);
    }
    backups.push(Backup::take(root.join(stamp::STAMP))?);
    eprintln!(
        "spec update: regenerating the committed client: {}",
        args.codegen_command
    );
    match run_shell(&args.codegen_command, root) {
        Ok(o) if o.success => {}
        Ok(o) => {
            restore_all(&backups);
            let mut msg = format!(
                "`{}` failed ({}); restored the original files",
                args.codegen_command, o.status
            );
            for e in &o.compile_errors {
                msg.push_str(&format!("\n  - {e}"));
            }
            return Err(msg);
        }
        Err(e) => {
            restore_all(&backups);
            return Err(format!("{e}; restored the original files"));
        }
    }
    // What the generator left out of the client, one line per operation
    // (`x-oz-refused` in the exported spec, see build/refuse.rs): in the
    // CHANGELOG entry and in the report.
    let refused = refused_operations(root);
    if !refused.is_empty() {
        let entry = format!("{entry}{}", changelog::refused_section(&refused));
        let with_refusals = changelog::prepend(changelog_before.as_deref(), &entry);
        let path = root.join("CHANGELOG.md");
        if let Err(e) = write_atomic(&path, with_refusals.as_bytes()) {
            restore_all(&backups);
            return Err(format!(
                "cannot write {}: {e}; restored the original files",
                path.display()
            ));
        }
    }
    eprintln!("spec update: testing: {}", args.test_command);
    let outcome = match run_shell(&args.test_command, root) {
        Ok(o) => o,
        Err(e) => {
            restore_all(&backups);
            return Err(format!("{e}; restored the original files"));
        }
    };
    if !outcome.success {
        restore_all(&backups);
        let mut msg = format!(
            "`{}` failed ({}); restored {VENDORED_SPEC}, generated/, Cargo.toml, Cargo.lock and CHANGELOG.md",
            args.test_command, outcome.status
        );
        if !outcome.compile_errors.is_empty() {
            msg.push_str("\ncode that no longer compiles against the new spec:");
            for e in &outcome.compile_errors {
                msg.push_str(&format!("\n  - {e}"));
            }
        }
        if !outcome.stale_patches.is_empty() {
            msg.push_str("\npatches that no longer apply:");
            for p in &outcome.stale_patches {
                msg.push_str(&format!("\n  - {p}"));
            }
        }
        return Err(msg);
    }
    let mut summary = format!(
        "Updated {VENDORED_SPEC} ({}).\nVersion {current} -> {next} ({} bump: worst change is {worst}).\nCHANGELOG.md: added the entry for {next}.",
        counts_line(&drift.diff),
        bump.as_str()
    );
    if new_lock.is_some() {
        summary.push_str(&format!("\nCargo.lock: {PACKAGE} set to {next}."));
    }
    if let Some((_, name)) = &history {
        summary.push_str(&format!(
            "\n{HISTORY_DIR}/{name}: added to the generator's corpus."
        ));
    }
    for (path, _) in &member_updates {
        let shown = path.strip_prefix(root).unwrap_or(path);
        summary.push_str(&format!(
            "\n{}: requirement on {PACKAGE} set to {next}.",
            shown.display()
        ));
    }
    for (path, _) in &doc_updates {
        let shown = path.strip_prefix(root).unwrap_or(path);
        summary.push_str(&format!(
            "\n{}: `{PACKAGE} = \"{}\"`.",
            shown.display(),
            doc_requirement(&next)
        ));
    }
    if refused.is_empty() {
        summary.push_str("\nOperations left out of the client: none.");
    } else {
        summary.push_str(&format!(
            "\nOperations left out of the client ({}; also in CHANGELOG.md):",
            refused.len()
        ));
        for line in &refused {
            summary.push_str(&format!("\n  - {line}"));
        }
    }
    if !outcome.spec_warnings.is_empty() {
        summary.push_str("\nWhat the generator said about the new spec (see build/normalize.rs):");
        for p in &outcome.spec_warnings {
            summary.push_str(&format!("\n  - {p}"));
        }
    }
    if outcome.stale_patches.is_empty() {
        summary.push_str("\nPatches that no longer apply: none.");
    } else {
        summary.push_str("\nPatches that no longer apply (review build/ patches):");
        for p in &outcome.stale_patches {
            summary.push_str(&format!("\n  - {p}"));
        }
    }
    Ok(summary)
}

/// The lines of the operations the committed client leaves out: the
/// `x-oz-refused` list of `generated/openapi.json` (build/refuse.rs).
pub fn refused_operations(root: &Path) -> Vec<String> {
    let path = root.join(stamp::GENERATED_DIR).join("openapi.json");
    let Some(spec) = fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
    else {
        return Vec::new();
    };
    spec["x-oz-refused"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["line"].as_str().map(str::to_owned))
        .collect()
}

fn spec_title(text: Option<&str>) -> Option<String> {
    let spec = crate::spec::parse_spec(text?, "").ok()?;
    spec.doc
        .pointer("/info/title")
        .and_then(|v| v.as_str())
        .map(str::to_string)
}
