//! `oz-bench`: oz-agent-api against the plainest client a user would write
//! (`reqwest::Client::new()` + `serde_json::Value`), on a static loopback
//! server (nginx) answering with fixtures generated from the vendored spec.
//!
//! Normally started by `cargo xtask bench` (see `docs/benchmarks.md`), which
//! adds the build-cost measurements, prints the table and checks the targets.
//!
//! ```text
//! oz-bench run [--quick] [--reps N] [--calls N] [--out FILE] [--only ROW,ROW…] [--no-memory]
//! oz-bench self-check
//! oz-bench fleet [--quick] [--out FILE]   (many runs at once and a 429 storm, in virtual time)
//! oz-bench sample run|page|conversation|created|create-request
//! oz-bench serve [--port N] [--seconds N] [--stdin] [--nginx]
//!                                 (the server alone: the fallback of nginx, profiling)
//! oz-bench profile WHAT N BASE_URL  (N calls of one side, to run under callgrind)
//! oz-bench mem MODE BASE_URL      (internal: one memory child process)
//! ```

mod fixtures;
mod fleet;
mod measure;
mod memory;
mod nginx;
mod remote;
mod server;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fixtures::{Fixtures, Sizes};
use measure::{Only, Plan};
use remote::StaticServer;
use serde_json::json;
use server::Server;

#[global_allocator]
static ALLOC: memory::CountingAlloc = memory::CountingAlloc;

/// The server stops by itself after this long, whatever happens.
pub(crate) const SERVER_LIFETIME: Duration = Duration::from_secs(20 * 60);

/// Version of the JSON this program writes (see `docs/benchmarks.md`).
const SCHEMA: &str = "oz-bench/2";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("self-check") => self_check(true).map(|report| println!("{report}")),
        Some("fleet") => fleet::run(&args[1..]),
        Some("sample") if args.len() == 2 => sample(&args[1]),
        Some("serve") => serve(&args[1..]),
        Some("profile") if args.len() == 4 => profile(&args[1], &args[2], &args[3]),
        Some("mem") if args.len() == 3 => memory::child(&args[1], &args[2]).map(|sample| {
            println!("{}", serde_json::to_string(&sample).expect("serializable"));
        }),
        _ => Err(
            "usage: oz-bench run [--quick] [--reps N] [--calls N] [--out FILE] [--only ROW,…] [--no-memory] \
             | oz-bench self-check | oz-bench serve [--port N] [--seconds N] [--stdin] [--nginx] \
             | oz-bench profile OP[:VARIANT] N BASE_URL"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("oz-bench: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_count(value: Option<&String>, flag: &str) -> Result<usize, String> {
    value
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{flag} needs a positive number"))
}

fn run(args: &[String]) -> Result<(), String> {
    let mut plan = Plan::DEFAULT;
    let mut quick = false;
    let mut out = None;
    let mut reps = None;
    let mut calls = None;
    let mut only = Only::ALL;
    let mut with_memory = true;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--quick" => quick = true,
            "--only" => only = Only::parse(it.next().ok_or("--only needs row ids")?),
            "--no-memory" => with_memory = false,
            "--reps" => reps = Some(parse_count(it.next(), "--reps")?),
            "--calls" => calls = Some(parse_count(it.next(), "--calls")?),
            "--out" => out = Some(it.next().ok_or("--out needs a file")?.clone()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if quick {
        plan = Plan::QUICK;
    }
    plan.reps = reps.unwrap_or(plan.reps);
    plan.calls = calls.unwrap_or(plan.calls);

    let started = Instant::now();
    eprintln!("oz-bench: generating fixtures from the vendored spec");
    let fixtures = Fixtures::generate(Sizes::FULL)?;
    let generated = started.elapsed();
    let validation = fixtures.validate()?;
    eprintln!(
        "oz-bench: fixtures decode with the crate's types ({} runs, conversation of {} steps / {} messages / {} blocks)",
        validation.runs,
        validation.conversation_steps,
        validation.conversation_messages,
        validation.conversation_blocks
    );
    let fixture_info = json!({
        "generated_ms": generated.as_secs_f64() * 1e3,
        "run_bytes": fixtures.run.len(),
        "page_bytes": fixtures.pages[0].len(),
        "pages": fixtures.pages.len(),
        "runs_per_page": fixtures.runs_per_page,
        "conversation_bytes": fixtures.conversation.len(),
        "created_bytes": fixtures.created.len(),
        "validation": validation,
    });
    let fixtures = Arc::new(fixtures);
    let server = StaticServer::start(&fixtures)?;
    eprintln!(
        "oz-bench: serving from {} at {}",
        server.describe(),
        server.base_url()
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let rows = runtime.block_on(measure::run_all(
        &fixtures,
        server.base_url(),
        server.name(),
        plan,
        &only,
    ))?;

    let memory = if with_memory {
        eprintln!(
            "oz-bench: peak memory ({} child processes per mode)",
            plan.memory_reps
        );
        serde_json::to_value(memory::measure(
            server.base_url(),
            plan.memory_reps,
            fixtures.pages[0].len(),
        )?)
        .map_err(|e| e.to_string())?
    } else {
        serde_json::Value::Null
    };
    let server_info = server.info();
    drop(server);

    let report = json!({
        "schema": SCHEMA,
        "quick": quick,
        "plan": plan,
        "fixtures": fixture_info,
        "rows": rows,
        "server": server_info,
        "memory": memory,
        "runtime_s": started.elapsed().as_secs_f64(),
    });
    write_report(&report, out.as_deref())
}

/// Serves the full fixtures on loopback and prints the base URL once it
/// listens: for the out-of-process rows of `run` (which starts it with
/// `--port 0 --stdin`) and for profiling a client in a separate process
/// (`profile` under `valgrind --tool=callgrind`, say). Stops after
/// `--seconds` (default 300), or with `--stdin` when its stdin closes.
fn serve(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: oz-bench serve [--port N] [--seconds N] [--stdin] [--nginx]";
    let mut seconds = 300;
    let mut with_nginx = false;
    let mut port = 0u16;
    let mut until_stdin_closes = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--seconds" => seconds = parse_count(it.next(), "--seconds")? as u64,
            "--port" => {
                port = it
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or("--port needs a port number (0: any free port)")?
            }
            "--stdin" => until_stdin_closes = true,
            "--nginx" => with_nginx = true,
            _ => return Err(USAGE.into()),
        }
    }
    let fixtures = Arc::new(Fixtures::generate(Sizes::FULL)?);
    fixtures.validate()?;
    let lifetime = Duration::from_secs(seconds);
    // Whichever runs stops when dropped.
    let (server, base_url): (Box<dyn std::any::Any>, String) = if with_nginx {
        let exe = nginx::locate().ok_or("nginx not found (bench/install-nginx.sh)")?;
        let dir = std::env::temp_dir().join(format!("oz-bench-nginx-{}", std::process::id()));
        let nginx = nginx::Nginx::start(&exe, &fixtures, &dir)?;
        let url = nginx.base_url.clone();
        (Box::new(nginx), url)
    } else {
        let server = Server::start_on(fixtures, port, lifetime).map_err(|e| e.to_string())?;
        let url = server.base_url.clone();
        (Box::new(server), url)
    };
    {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{base_url}").map_err(|e| e.to_string())?;
        stdout.flush().map_err(|e| e.to_string())?;
    }
    let (closed, stdin_closed) = std::sync::mpsc::channel::<()>();
    // Without --stdin the sender stays here unused: the wait below lasts the lifetime.
    let _unused = if until_stdin_closes {
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
            let _ = closed.send(());
        });
        None
    } else {
        Some(closed)
    };
    let _ = stdin_closed.recv_timeout(lifetime);
    drop(server);
    Ok(())
}

/// Makes `n` calls of one kind against a running server (`serve`, or
/// `serve --nginx`), for profiling: `WHAT` is `OP:VARIANT`, `OP` one of
/// `get_run`, `create_run` (any variant: `plain`, `settings`, `headers`,
/// `typed`, `crate`, `crate_no_retries`), `list` (the whole listing) or
/// `conversation` (`plain` or `crate`); `:crate` can be left out. Under
/// callgrind, the instructions per call are the difference between two
/// values of `n`, divided by their difference.
fn profile(what: &str, n: &str, base_url: &str) -> Result<(), String> {
    let n: usize = parse_count(Some(&n.to_owned()), "N")?;
    let (op, variant) = what.split_once(':').unwrap_or((what, "crate"));
    let variant =
        measure::Variant::parse(variant).ok_or_else(|| format!("no variant named {variant:?}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let fixtures = Fixtures::generate(Sizes {
        pages: 1,
        runs_per_page: 1,
        conversation_bytes: 0,
    })?;
    runtime.block_on(async {
        let sides = measure::Sides::new(&fixtures, base_url, "profiled", Plan::QUICK)?;
        let client = measure::crate_client(base_url);
        let plain = measure::Hand::plain(base_url);
        let e = |e: &dyn std::fmt::Display| e.to_string();
        for _ in 0..n {
            match (op, variant) {
                ("list", measure::Variant::Crate) => {
                    std::hint::black_box(
                        measure::crate_list_all(&client).await.map_err(|x| e(&x))?,
                    );
                }
                ("list", measure::Variant::Plain) => {
                    std::hint::black_box(plain.list_all(100).await.map_err(|x| e(&*x))?);
                }
                ("conversation", measure::Variant::Crate) => drop(
                    client
                        .get_run_conversation()
                        .run_id("run-1")
                        .send()
                        .await
                        .map_err(|x| e(&x))?,
                ),
                ("conversation", measure::Variant::Plain) => {
                    drop(plain.conversation("run-1").await.map_err(|x| e(&*x))?)
                }
                (op, variant) => {
                    let op = measure::Op::parse(op)
                        .ok_or_else(|| format!("nothing to profile named {what:?}"))?;
                    sides.call(op, variant, sides.body(op, variant)).await?
                }
            }
        }
        Ok(())
    })
}

/// Prints one generated fixture (from the small set), to look at.
fn sample(what: &str) -> Result<(), String> {
    let fixtures = Fixtures::generate(Sizes::SMALL)?;
    let body = match what {
        "run" => fixtures.run.to_vec(),
        "page" => fixtures.pages[0].to_vec(),
        "conversation" => fixtures.conversation.to_vec(),
        "created" => fixtures.created.to_vec(),
        "create-request" => {
            serde_json::to_vec(&fixtures.create_request).map_err(|e| e.to_string())?
        }
        other => return Err(format!("no fixture named {other:?}")),
    };
    println!("{}", String::from_utf8_lossy(&body));
    Ok(())
}

/// Generates small fixtures, checks that they decode with the crate's
/// types, and sends a few requests of each kind through the in-process
/// server with every side; with `static_server`, also through the static
/// server the rows run against (nginx, or its fallback). Cheap; run by the
/// unit tests (without the static server) and by `cargo xtask bench --self-check`.
fn self_check(static_server: bool) -> Result<String, String> {
    let fixtures = Fixtures::generate(Sizes::SMALL)?;
    let validation = fixtures.validate()?;
    let fixtures = Arc::new(fixtures);
    let server =
        Server::start(fixtures.clone(), Duration::from_secs(60)).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let steps = runtime.block_on(check_sides(&fixtures, &server.base_url))?;
    let served = if static_server {
        let other = remote::StaticServer::start(&fixtures)?;
        runtime
            .block_on(check_sides(&fixtures, other.base_url()))
            .map_err(|e| format!("{}: {e}", other.describe()))?;
        json!(other.describe())
    } else {
        serde_json::Value::Null
    };
    Ok(json!({
        "self_check": "ok",
        "validation": validation,
        "conversation_steps": steps,
        "static_server": served,
    })
    .to_string())
}

/// Every side against `base_url`: the crate and the floor agree on a run,
/// on the listing and on the conversation; every variant of every per-call
/// row succeeds. Returns the conversation's steps.
async fn check_sides(fixtures: &Fixtures, base_url: &str) -> Result<usize, String> {
    let client = measure::crate_client(base_url);
    let plain = measure::Hand::plain(base_url);
    let e = |e: &dyn std::fmt::Display| e.to_string();
    let run = client
        .get_run()
        .run_id("run-1")
        .send()
        .await
        .map_err(|x| e(&x))?;
    let again = plain.get_run_value("run-1").await.map_err(|x| e(&*x))?;
    if serde_json::to_value(&*run).map_err(|x| e(&x))? != again {
        return Err("get_run: the crate and the floor disagree".to_string());
    }
    let total = fixtures.total_runs();
    let listed = measure::crate_list_all(&client).await.map_err(|x| e(&x))?;
    let listed_plain = plain.list_all(100).await.map_err(|x| e(&*x))?;
    if listed != total || listed_plain != total {
        return Err(format!(
            "listing: {listed} runs (crate), {listed_plain} (floor), expected {total}"
        ));
    }
    let conversation = client
        .get_run_conversation()
        .run_id("run-1")
        .send()
        .await
        .map_err(|x| e(&x))?;
    let plain_conversation = plain.conversation("run-1").await.map_err(|x| e(&*x))?;
    if serde_json::to_value(&*conversation).map_err(|x| e(&x))? != plain_conversation {
        return Err("conversation: the crate and the floor disagree".to_string());
    }
    let sides = measure::Sides::new(fixtures, base_url, "self-check", Plan::QUICK)?;
    for op in [measure::Op::GetRun, measure::Op::CreateRun] {
        for variant in measure::Variant::ALL {
            sides
                .call(op, variant, sides.body(op, variant))
                .await
                .map_err(|x| format!("{} ({}): {x}", op.name(), variant.name()))?;
        }
    }
    Ok(conversation.steps.len())
}

/// Writes a report as pretty JSON to `out`, or to standard output.
fn write_report(report: &serde_json::Value, out: Option<&str>) -> Result<(), String> {
    let text = serde_json::to_string_pretty(report).map_err(|e| e.to_string())?;
    match out {
        Some(path) => std::fs::write(path, text + "\n").map_err(|e| format!("{path}: {e}")),
        None => {
            println!("{text}");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn self_check_passes() {
        let report = super::self_check(false).unwrap();
        assert!(report.contains("\"self_check\":\"ok\""), "{report}");
    }

    #[test]
    fn vm_hwm_is_readable() {
        assert!(super::memory::vm_hwm_kib().unwrap() > 0);
    }
}
