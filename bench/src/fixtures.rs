//! The bodies the server answers with, generated from the spec and checked
//! against the crate's types before anything is measured.

use std::collections::BTreeSet;

use bytes::Bytes;
use oz_agent_api::types::{
    ArtifactItem, ConversationContentBlock, ConversationResponse, ConversationStep,
    ListRunsResponse, RunAgentResponse, RunItem,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use oz_agent_api_fake::examples::Generator;

/// Sizes of the generated fixtures.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// Pages in the listing.
    pub pages: usize,
    /// Runs per page.
    pub runs_per_page: usize,
    /// The conversation grows until its JSON is at least this large.
    pub conversation_bytes: usize,
}

impl Sizes {
    /// What the benchmark uses: 100 pages of 100 runs, a 4 MiB conversation.
    pub const FULL: Sizes = Sizes {
        pages: 100,
        runs_per_page: 100,
        conversation_bytes: 4 << 20,
    };
    /// Small enough for a unit test.
    pub const SMALL: Sizes = Sizes {
        pages: 3,
        runs_per_page: 100,
        conversation_bytes: 256 << 10,
    };
}

/// Precomputed response bodies.
pub struct Fixtures {
    /// `GET /agent/runs/{id}`: one fully-populated run.
    pub run: Bytes,
    /// `GET /agent/runs?cursor=pN`: page N of the listing.
    pub pages: Vec<Bytes>,
    /// `GET /agent/runs/{id}/conversation`.
    pub conversation: Bytes,
    /// `POST /agent/runs`.
    pub created: Bytes,
    /// The body sent with `POST /agent/runs` (generated too).
    pub create_request: Value,
    /// Runs per page.
    pub runs_per_page: usize,
}

impl Fixtures {
    /// Generates every body from the vendored spec.
    pub fn generate(sizes: Sizes) -> Result<Fixtures, String> {
        let mut generator = Generator::from_vendored_spec()?;
        let run = generator.generate("RunItem")?;
        let mut pages = Vec::with_capacity(sizes.pages);
        for page in 0..sizes.pages {
            let runs = (0..sizes.runs_per_page)
                .map(|_| generator.generate("RunItem"))
                .collect::<Result<Vec<_>, _>>()?;
            let last = page + 1 == sizes.pages;
            let page_info = if last {
                json!({ "has_next_page": false })
            } else {
                json!({ "has_next_page": true, "next_cursor": format!("p{}", page + 1) })
            };
            // The spec's other required members of a page generated.
            let page =
                generator.fit_response("listRuns", json!({ "runs": runs, "page_info": page_info }));
            pages.push(to_bytes(&page));
        }
        let mut conversation = generator.generate("ConversationResponse")?;
        let mut size = serde_json::to_vec(&conversation).map_or(0, |v| v.len());
        while size < sizes.conversation_bytes {
            let step = generator.generate("ConversationStep")?;
            size += serde_json::to_vec(&step).map_or(0, |v| v.len()) + 1;
            match conversation.get_mut("steps") {
                Some(Value::Array(steps)) => steps.push(step),
                _ => return Err("ConversationResponse has no steps array".into()),
            }
        }
        let created = generator.generate("RunAgentResponse")?;
        let create_request = generator.generate("RunAgentRequest")?;
        Ok(Fixtures {
            run: to_bytes(&run),
            pages,
            conversation: to_bytes(&conversation),
            created: to_bytes(&created),
            create_request,
            runs_per_page: sizes.runs_per_page,
        })
    }

    /// Runs in the whole listing.
    pub fn total_runs(&self) -> usize {
        self.pages.len() * self.runs_per_page
    }

    /// Checks that every body decodes with the crate's types, that nothing
    /// lands in a catch-all (`Unrecognized` variants), that every union
    /// variant occurs, and that re-encoding gives the same JSON back.
    pub fn validate(&self) -> Result<Validation, String> {
        let run: RunItem = typed("run", &self.run)?;
        check_run(&run, "run")?;
        let mut artifacts = BTreeSet::new();
        let mut runs = 0;
        for (i, page) in self.pages.iter().enumerate() {
            let what = format!("page {i}");
            let decoded: ListRunsResponse = typed(&what, page)?;
            if decoded.runs.len() != self.runs_per_page {
                return Err(format!("{what}: {} runs", decoded.runs.len()));
            }
            let last = i + 1 == self.pages.len();
            if decoded.page_info.has_next_page == last {
                return Err(format!("{what}: has_next_page is wrong"));
            }
            for run in &decoded.runs {
                check_run(run, &what)?;
                for artifact in &run.artifacts {
                    artifacts.insert(artifact_kind(artifact)?);
                }
            }
            runs += decoded.runs.len();
        }
        if artifacts.len() < 2 {
            return Err(format!(
                "the listing covers only these artifact variants: {artifacts:?}"
            ));
        }
        let conversation: ConversationResponse = typed("conversation", &self.conversation)?;
        let mut blocks = BTreeSet::new();
        let mut counts = Counts::default();
        for step in &conversation.steps {
            walk_step(step, 0, &mut blocks, &mut counts)?;
        }
        if blocks.len() != 4 {
            return Err(format!(
                "the conversation covers only these content blocks: {blocks:?}"
            ));
        }
        if counts.max_depth < 1 {
            return Err("the conversation has no nested steps".into());
        }
        let created: RunAgentResponse = typed("created", &self.created)?;
        if !created.state.is_known() {
            return Err("created: unknown state".into());
        }
        let _: oz_agent_api::types::RunAgentRequest =
            serde_json::from_value(self.create_request.clone())
                .map_err(|e| format!("the generated RunAgentRequest does not decode: {e}"))?;
        Ok(Validation {
            runs,
            artifact_variants: artifacts.into_iter().collect(),
            content_block_variants: blocks.into_iter().collect(),
            conversation_steps: counts.steps,
            conversation_messages: counts.messages,
            conversation_blocks: counts.blocks,
        })
    }
}

/// What [`Fixtures::validate`] found.
#[derive(Debug, Serialize)]
pub struct Validation {
    /// Runs decoded from the listing.
    pub runs: usize,
    /// Artifact variants seen in the listing.
    pub artifact_variants: Vec<String>,
    /// Content block variants seen in the conversation.
    pub content_block_variants: Vec<&'static str>,
    /// Steps in the conversation, nested ones included.
    pub conversation_steps: usize,
    /// Messages in the conversation.
    pub conversation_messages: usize,
    /// Content blocks in the conversation.
    pub conversation_blocks: usize,
}

#[derive(Default)]
struct Counts {
    steps: usize,
    messages: usize,
    blocks: usize,
    max_depth: usize,
}

fn to_bytes(value: &Value) -> Bytes {
    Bytes::from(serde_json::to_vec(value).expect("JSON values serialize"))
}

/// Decodes `body` as `T` and checks that encoding it again gives the same JSON.
fn typed<T: DeserializeOwned + Serialize>(what: &str, body: &[u8]) -> Result<T, String> {
    let value: T = serde_json::from_slice(body)
        .map_err(|e| format!("{what} does not decode as {}: {e}", short::<T>()))?;
    let original: Value = serde_json::from_slice(body).map_err(|e| format!("{what}: {e}"))?;
    let again = serde_json::to_value(&value).map_err(|e| format!("{what}: {e}"))?;
    if again != original {
        return Err(format!(
            "{what}: decoding as {} and encoding again changes the JSON",
            short::<T>()
        ));
    }
    Ok(value)
}

fn short<T>() -> &'static str {
    let name = std::any::type_name::<T>();
    name.rsplit("::").next().unwrap_or(name)
}

fn check_run(run: &RunItem, what: &str) -> Result<(), String> {
    if !run.extra.is_empty() {
        return Err(format!(
            "{what}: unknown RunItem fields {:?}",
            run.extra.keys()
        ));
    }
    if !run.state.is_known() {
        return Err(format!("{what}: unknown state {}", run.state));
    }
    if run.artifacts.is_empty() || run.agent_config.is_none() || run.creator.is_none() {
        return Err(format!("{what}: the run is not fully populated"));
    }
    Ok(())
}

/// The artifact's variant (its discriminator), which must be one the
/// generated types know: whatever variants the spec has, the generator's
/// fixtures decode into them.
fn artifact_kind(artifact: &ArtifactItem) -> Result<String, String> {
    match (artifact, artifact.discriminator()) {
        (ArtifactItem::Unrecognized(_), _) | (_, None) => {
            Err(format!("unrecognized artifact {artifact:?}"))
        }
        (_, Some(kind)) => Ok(kind.to_owned()),
    }
}

fn walk_step(
    step: &ConversationStep,
    depth: usize,
    blocks: &mut BTreeSet<&'static str>,
    counts: &mut Counts,
) -> Result<(), String> {
    counts.steps += 1;
    counts.max_depth = counts.max_depth.max(depth);
    for message in &step.messages {
        counts.messages += 1;
        for block in &message.content {
            counts.blocks += 1;
            blocks.insert(match block {
                ConversationContentBlock::TextContentBlock(_) => "text",
                ConversationContentBlock::ActionContentBlock(_) => "action",
                ConversationContentBlock::ActionResultContentBlock(_) => "action_result",
                ConversationContentBlock::EventContentBlock(_) => "event",
                other => return Err(format!("unrecognized content block {other:?}")),
            });
        }
    }
    for nested in &step.steps {
        walk_step(nested, depth + 1, blocks, counts)?;
    }
    Ok(())
}
