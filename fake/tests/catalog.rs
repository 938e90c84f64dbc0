//! The fake server's schedules, agent identities, skills and workers: every
//! such operation answers, with JSON the generated types decode.

use oz_agent_api::Error;
use oz_agent_api_fake::FakeOzServer;

#[tokio::test]
async fn scheduled_agents_go_through_their_whole_lifecycle() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let created = client
        .create_scheduled_agent()
        .body_map(|b| {
            b.name("nightly deps")
                .cron_schedule("0 9 * * *")
                .prompt("Update dependencies")
        })
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert!(created.enabled, "enabled by default");
    let id = created.id.clone();

    let paused = client
        .pause_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap();
    assert!(!paused.enabled);
    let resumed = client
        .resume_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap();
    assert!(resumed.enabled);
    let updated = client
        .update_scheduled_agent()
        .schedule_id(&id)
        .body_map(|b| {
            b.name("weekly deps")
                .cron_schedule("0 9 * * 1")
                .enabled(false)
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.enabled),
        ("weekly deps", false)
    );
    assert_eq!(
        updated.prompt, "Update dependencies",
        "a PUT without a prompt keeps it"
    );
    let fetched = client
        .get_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.cron_schedule, "0 9 * * 1");
    let listed = client.list_scheduled_agents().send().await.unwrap();
    assert_eq!(listed.schedules.len(), 1);

    assert!(
        client
            .delete_scheduled_agent()
            .schedule_id(&id)
            .send()
            .await
            .unwrap()
            .success
    );
    let err = client
        .get_scheduled_agent()
        .schedule_id(&id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn a_schedule_with_a_bad_cron_expression_is_a_400_problem() {
    let server = FakeOzServer::start().await;
    let err = server
        .client()
        .create_scheduled_agent()
        .body_map(|b| b.name("x").cron_schedule("every day"))
        .send()
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status().as_u16(), 400);
    assert!(api.detail().unwrap().contains("cron_schedule"), "{err}");
}

#[tokio::test]
async fn agent_identities_go_through_their_whole_lifecycle() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let created = client
        .create_agent()
        .body_map(|b| {
            b.name("reviewer")
                .skills(vec!["acme/widgets:SKILL.md".to_string()])
        })
        .send()
        .await
        .unwrap();
    assert_eq!(created.status().as_u16(), 201);
    let uid = created.uid.clone();
    assert_eq!(created.skills, ["acme/widgets:SKILL.md"]);

    let updated = client
        .update_agent()
        .uid(&uid)
        .body_map(|b| {
            b.description("Reviews pull requests")
                .skills(Vec::<String>::new())
        })
        .send()
        .await
        .unwrap();
    assert_eq!(updated.name, "reviewer", "an omitted name is unchanged");
    assert_eq!(
        updated.description.as_deref(),
        Some("Reviews pull requests")
    );
    assert!(updated.skills.is_empty(), "an empty array clears");
    assert_eq!(client.get_agent().uid(&uid).send().await.unwrap().uid, uid);
    assert_eq!(
        client
            .list_agent_identities()
            .send()
            .await
            .unwrap()
            .agents
            .len(),
        1
    );

    let deleted = client.delete_agent().uid(&uid).send().await.unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
    assert!(client
        .list_agent_identities()
        .send()
        .await
        .unwrap()
        .agents
        .is_empty());
}

#[tokio::test]
async fn skills_and_connected_workers_are_listed() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let skills = client.list_agents().send().await.unwrap();
    assert_eq!(skills.agents[0].variants[0].source.name, "widgets");
    assert!(
        skills.agents[0].extra.is_empty(),
        "every field is one the spec defines"
    );
    let workers = client
        .list_connected_self_hosted_workers()
        .send()
        .await
        .unwrap();
    assert!(workers.workers.is_empty());
}
