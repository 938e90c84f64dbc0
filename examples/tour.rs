//! A tour of the client: `cargo run --example tour`.
//!
//! Without `WARP_API_KEY` it starts the fake Oz server (`oz_agent_api_fake`,
//! a dev-dependency) and tours that; nothing leaves your machine.
//! With `WARP_API_KEY` set it talks to the real API (base URL from
//! `OZ_API_BASE_URL` and friends, like `Client::from_env`) and **creates a
//! real cloud agent run**, which uses credits. `OZ_TOUR_PROMPT` overrides the
//! prompt.
//!
//! The flow: list models, create a run tagged with metadata, watch it with
//! live progress, show the final run, its conversation and artifacts
//! (downloading one file), list recent runs through the pagination stream,
//! dispatch a run to a factory and follow its task to the end (against the
//! real API only when `OZ_TOUR_FACTORY` names a factory), and sum up in one
//! line.

use std::error::Error as StdError;
use std::io::Write;
use std::time::Duration;

use futures_util::StreamExt;
use oz_agent_api::prelude::*;
use oz_agent_api::types::{
    ArtifactItem, ConversationContentBlock, ConversationStep, FactoryRunRequest, FactoryTask,
    RunAgentRequest, RunItem,
};
use tokio::time::Instant;

type BoxError = Box<dyn StdError + Send + Sync>;

/// What the tour does, beyond the client it talks to.
pub struct TourOptions {
    /// The prompt of the run it creates.
    pub prompt: String,
    /// How it polls while the run works.
    pub wait: WaitOptions,
    /// How many runs per page the listing asks for.
    pub page_size: u64,
    /// How many recent runs it shows (more than a page, to cross one).
    pub recent: usize,
    /// The factory it dispatches a run to, if any.
    pub factory: Option<String>,
}

impl TourOptions {
    /// Quick polling, for the fake server.
    pub fn fake() -> Self {
        TourOptions {
            prompt: "Add a --verbose flag to the CLI and document it in the README".to_owned(),
            wait: WaitOptions::default()
                .with_initial_interval(Duration::from_millis(250))
                .with_max_interval(Duration::from_secs(1))
                .with_timeout(Duration::from_secs(60)),
            page_size: 5,
            recent: 8,
            factory: Some("tour-factory".to_owned()),
        }
    }

    /// The waits' own schedule for the real API (first poll at once, then
    /// from 3 s, Warp's CLI's pace, growing to 10 s; a 30-minute deadline),
    /// and a factory dispatch only to the one `factory` names.
    pub fn real(prompt: String, factory: Option<String>) -> Self {
        TourOptions {
            prompt,
            wait: WaitOptions::default(),
            factory,
            ..TourOptions::fake()
        }
    }
}

/// What the tour saw, for the closing line (and tests).
#[derive(Debug)]
pub struct Summary {
    /// The run it created.
    pub run: RunItem,
    /// From creation to the final state, on the tokio clock.
    pub elapsed: Duration,
    /// States seen while watching, in order.
    pub states: Vec<String>,
    /// Artifacts on the final run.
    pub artifacts: usize,
    /// Bytes of the file artifact it downloaded, if there was one.
    pub downloaded: Option<usize>,
    /// Recent runs it listed.
    pub listed: usize,
    /// The factory dispatch followed to its end, if it made one.
    pub factory: Option<FactoryTask>,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let key_set = std::env::var(oz_agent_api::ENV_API_KEY).is_ok_and(|k| !k.trim().is_empty());
    let mut out = std::io::stdout();
    // Keep the fake server alive until the tour is over.
    let (_server, client, options) = if key_set {
        let client = match Client::from_env() {
            Ok(client) => client,
            Err(e) => {
                eprintln!("error: {e}");
                return std::process::ExitCode::FAILURE;
            }
        };
        let _ = writeln!(
            out,
            "Oz Agent API tour: the real API at {} (WARP_API_KEY is set; this creates a real run)",
            client.base_url()
        );
        let prompt = std::env::var("OZ_TOUR_PROMPT")
            .ok()
            .filter(|p| !p.trim().is_empty())
            .unwrap_or_else(|| {
                "Read the README of this environment's repository and summarize it in three bullet points. Do not change any files.".to_owned()
            });
        let factory = std::env::var("OZ_TOUR_FACTORY")
            .ok()
            .filter(|f| !f.trim().is_empty());
        (None, client, TourOptions::real(prompt, factory))
    } else {
        let server = oz_agent_api_fake::FakeOzServer::start().await;
        let _ = writeln!(
            out,
            "Oz Agent API tour: WARP_API_KEY is not set, so this runs against the embedded fake\n\
             Oz server at {} (set WARP_API_KEY to tour the real API).",
            server.base_url()
        );
        let client = server.client();
        (Some(server), client, TourOptions::fake())
    };
    match tour(&client, &mut out, &options).await {
        Ok(_) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let _ = out.flush();
            eprintln!("\nerror: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The whole tour, writing to `out`.
pub async fn tour(
    client: &Client,
    out: &mut impl Write,
    options: &TourOptions,
) -> Result<Summary, BoxError> {
    // 1. Models.
    let models = client.list_models().send().await?.into_inner();
    heading(out, 1, "Models")?;
    for model in &models.models {
        let default = if model.id == models.default_model_id {
            "  (default)"
        } else {
            ""
        };
        let unavailable = model
            .disable_reason
            .as_ref()
            .map(|r| format!("  unavailable: {r}"))
            .unwrap_or_default();
        writeln!(
            out,
            "   {:<24} {:<10} {}{default}{unavailable}",
            model.id,
            model.provider.to_string(),
            model.display_name
        )?;
    }

    // 2. A run.
    heading(out, 2, "Create a run")?;
    // Run metadata (spec G): string pairs set at creation, immutable, kept
    // on the run and inherited by its child runs. Built from JSON so it goes
    // out whether or not the vendored spec types `metadata`: a member this
    // version does not know is kept in `extra` and sent as it came.
    let request: RunAgentRequest = serde_json::from_value(serde_json::json!({
        "prompt": options.prompt,
        "metadata": { "created_by": "oz-agent-api-tour" },
    }))?;
    let started = Instant::now();
    let created = client.create_run().body(request).send().await?.into_inner();
    writeln!(out, "   prompt  {}", clip(&options.prompt, 70))?;
    writeln!(out, "   run     {} ({})", created.run_id, created.state)?;

    // 3. Live progress.
    heading(out, 3, "Watching it (each state change as it happens)")?;
    let mut updates = client.watch_run(&created.run_id, &options.wait);
    let mut states = Vec::new();
    let mut last = None;
    while let Some(update) = updates.next().await {
        let run = update?;
        let message = run
            .status_message
            .as_ref()
            .map(|m| m.message.as_str())
            .unwrap_or("");
        writeln!(
            out,
            "   [{:>6}] {:<11} {}",
            seconds(started.elapsed()),
            run.state.to_string(),
            clip(message, 60)
        )?;
        out.flush()?;
        states.push(run.state.to_string());
        last = Some(run);
    }
    let elapsed = started.elapsed();
    let run = last.ok_or("the watch ended without reporting the run")?;

    // 4. The final run.
    heading(out, 4, "The run")?;
    writeln!(out, "   title     {}", run.title)?;
    // Typed on a client generated from spec G, in `extra` before it: the
    // JSON view reads it either way.
    if let Some(metadata) = serde_json::to_value(&run)?
        .get("metadata")
        .and_then(serde_json::Value::as_object)
    {
        let pairs: Vec<String> = metadata
            .iter()
            .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
            .collect();
        writeln!(out, "   metadata  {}", pairs.join(", "))?;
    }
    writeln!(
        out,
        "   state     {} after {}{}",
        run.state,
        seconds(elapsed),
        run.run_time
            .as_deref()
            .map(|t| format!(" (run time {t})"))
            .unwrap_or_default()
    )?;
    writeln!(
        out,
        "   created   {}   updated {}",
        run.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
        run.updated_at.format("%H:%M:%S UTC")
    )?;
    if let Some(link) = &run.session_link {
        writeln!(out, "   session   {link}")?;
    }
    if let Some(usage) = &run.request_usage {
        let cost = [
            usage.inference_cost,
            usage.compute_cost,
            usage.platform_cost,
        ]
        .iter()
        .flatten()
        .sum::<f64>();
        writeln!(
            out,
            "   cost      {cost:.4} (inference + compute + platform)"
        )?;
    }

    // 5. Conversation.
    heading(out, 5, "Conversation")?;
    match client
        .get_run_conversation()
        .run_id(&run.run_id)
        .send()
        .await
    {
        Ok(conversation) => {
            let mut lines = 0;
            for step in &conversation.steps {
                render_step(out, step, 0, &mut lines)?;
            }
        }
        Err(e) => writeln!(out, "   (not available: {e})")?,
    }

    // 6. Artifacts.
    heading(out, 6, "Artifacts")?;
    if run.artifacts.is_empty() {
        writeln!(out, "   (none)")?;
    }
    let mut downloaded = None;
    for artifact in &run.artifacts {
        match artifact {
            ArtifactItem::PlanArtifact(plan) => writeln!(
                out,
                "   PLAN          {}",
                plan.data.title.as_deref().unwrap_or("(untitled plan)")
            )?,
            ArtifactItem::PullRequestArtifact(pr) => writeln!(
                out,
                "   PULL_REQUEST  {} (branch {})",
                pr.data.url, pr.data.branch
            )?,
            ArtifactItem::ScreenshotArtifact(shot) => writeln!(
                out,
                "   SCREENSHOT    {} ({})",
                shot.data.artifact_uid, shot.data.mime_type
            )?,
            ArtifactItem::FileArtifact(file) => {
                let size = file
                    .data
                    .size_bytes
                    .map(|n| format!(", {n} bytes"))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "   FILE          {} ({}{size})",
                    file.data.filepath, file.data.mime_type
                )?;
                if downloaded.is_none() {
                    let bytes = client.downloads().artifact(&file.data.artifact_uid).await?;
                    writeln!(
                        out,
                        "                 downloaded {} bytes; it starts: {:?}",
                        bytes.len(),
                        clip(
                            String::from_utf8_lossy(&bytes).lines().next().unwrap_or(""),
                            50
                        )
                    )?;
                    downloaded = Some(bytes.len());
                }
            }
            _ => writeln!(out, "   (an artifact type this version does not know)")?,
        }
    }

    // 7. Recent runs, through the pagination stream.
    heading(
        out,
        7,
        &format!(
            "Recent runs (list_runs().limit({}).stream(), up to {})",
            options.page_size, options.recent
        ),
    )?;
    let mut recent = client
        .list_runs()
        .limit(options.page_size)
        .stream()
        .take(options.recent);
    let mut listed = 0;
    while let Some(item) = recent.next().await {
        let item = item?;
        listed += 1;
        writeln!(
            out,
            "   {:<10}  {}  {}",
            item.state.to_string(),
            item.created_at.format("%Y-%m-%d %H:%M"),
            clip(&item.title, 50)
        )?;
    }

    // 8. A factory dispatch: an ordinary run, and a task whose current run
    // is followed (its stage is not a state to wait for).
    heading(out, 8, "A factory dispatch, followed to its end")?;
    let factory = match &options.factory {
        Some(factory) => Some(dispatch_to_factory(client, out, factory, options).await?),
        None => {
            writeln!(
                out,
                "   (skipped: set OZ_TOUR_FACTORY to a factory's uid to dispatch a run to it)"
            )?;
            None
        }
    };

    let summary = Summary {
        artifacts: run.artifacts.len(),
        run,
        elapsed,
        states,
        downloaded,
        listed,
        factory,
    };
    writeln!(
        out,
        "\nDone: run {} {} in {} via {}; {} artifacts, {}; {} recent runs listed.",
        short(&summary.run.run_id),
        summary.run.state,
        seconds(summary.elapsed),
        summary.states.join(" → "),
        summary.artifacts,
        summary
            .downloaded
            .map(|n| format!("downloaded a {n}-byte file"))
            .unwrap_or_else(|| "nothing to download".to_owned()),
        summary.listed
    )?;
    Ok(summary)
}

/// Dispatches a run to `factory`, resolves the task the dispatch creates,
/// and waits for that task's current run to settle.
async fn dispatch_to_factory(
    client: &Client,
    out: &mut impl Write,
    factory: &str,
    options: &TourOptions,
) -> Result<FactoryTask, BoxError> {
    let request: FactoryRunRequest = FactoryRunRequest::builder()
        .prompt("Triage the flaky checkout test and fix it")
        .try_into()?;
    // Sent at most once: a dispatch has no metadata to find it by after a
    // lost answer (see `oz_agent_api::factory`).
    let dispatched = client
        .create_factory_run()
        .uid(factory)
        .body(request)
        .send()
        .await?
        .into_inner();
    writeln!(
        out,
        "   run     {} ({}) for foreman {:?}, ticket {}",
        dispatched.run_id, dispatched.state, dispatched.foreman_agent, dispatched.ticket_ref
    )?;
    let task = client
        .factory_task_for_run(factory, &dispatched.run_id, &options.wait)
        .await?;
    writeln!(out, "   task    {} (stage {})", task.uid, task.stage)?;
    let task = client
        .wait_for_factory_task(factory, &task.uid, &options.wait)
        .await?;
    if let Some(current) = &task.current_run {
        writeln!(
            out,
            "   done    run {} {}; the task is in stage {}",
            short(&current.run_id),
            current.state,
            task.stage
        )?;
    }
    Ok(task)
}

fn heading(out: &mut impl Write, n: u32, title: &str) -> std::io::Result<()> {
    writeln!(out, "\n{n}. {title}")
}

/// Conversation lines shown at most, so a long run stays readable.
const MAX_LINES: usize = 24;

fn render_step(
    out: &mut impl Write,
    step: &ConversationStep,
    depth: usize,
    lines: &mut usize,
) -> std::io::Result<()> {
    let indent = "   ".repeat(depth + 1);
    if depth > 0 {
        line(
            out,
            lines,
            &format!(
                "{indent}step: {}{}",
                step.description.as_deref().unwrap_or("(delegated work)"),
                step.summary
                    .as_deref()
                    .map(|s| format!(" → {s}"))
                    .unwrap_or_default()
            ),
        )?;
    }
    for message in &step.messages {
        let role = message.role.to_string();
        for (i, block) in message.content.iter().enumerate() {
            let who = if i == 0 { role.as_str() } else { "" };
            let text = match block {
                ConversationContentBlock::TextContentBlock(b) => {
                    clip(b.text.lines().next().unwrap_or(""), 64)
                }
                ConversationContentBlock::ActionContentBlock(b) => {
                    let input = serde_json::Value::Object(b.input.clone()).to_string();
                    format!("→ {} {}", b.name, clip(&input, 50))
                }
                ConversationContentBlock::ActionResultContentBlock(b) => {
                    let mark = match b.state.to_string().as_str() {
                        "completed" => "✓",
                        "failed" | "denied" => "✗",
                        _ => "…",
                    };
                    format!("{mark} {} {}", b.name, b.state)
                }
                ConversationContentBlock::EventContentBlock(b) => format!("• event {}", b.name),
                _ => "(a content block this version does not know)".to_owned(),
            };
            line(out, lines, &format!("{indent}{who:<10} {text}"))?;
        }
    }
    for nested in &step.steps {
        render_step(out, nested, depth + 1, lines)?;
    }
    Ok(())
}

/// Writes a conversation line, or a single ellipsis once past the limit.
fn line(out: &mut impl Write, lines: &mut usize, text: &str) -> std::io::Result<()> {
    *lines += 1;
    match (*lines).cmp(&(MAX_LINES + 1)) {
        std::cmp::Ordering::Less => writeln!(out, "{text}"),
        std::cmp::Ordering::Equal => writeln!(out, "   …"),
        std::cmp::Ordering::Greater => Ok(()),
    }
}

/// At most `max` characters of `text`, with an ellipsis if cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

fn seconds(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

fn short(id: &str) -> &str {
    id.get(..8).unwrap_or(id)
}
