//! One story per store feature, run on SQLite and on PostgreSQL.
//!
//! The PostgreSQL twins are `#[ignore]`d unless asked for, because they need a
//! server: the README's test command runs them (`--include-ignored`) whenever
//! `LIAISON_TEST_DATABASE_URL` is set, and CI fails if they did not run.

use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::user::Username;
use liaison_core::{Role, UnitCode, UnitKind};
use liaison_store::api_tokens::NewApiToken;
use liaison_store::audit::AuditQuery;
use liaison_store::sessions::{Session, SessionStage};
use liaison_store::units::NewUnit;
use liaison_store::users::NewUser;
use liaison_store::{Store, StoreError, test_support};
use time::{Duration, OffsetDateTime};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

macro_rules! on_both_backends {
    ($($story:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $story() -> super::Result {
                    let dir = tempfile::tempdir()?;
                    let store = liaison_store::test_support::sqlite_store(dir.path()).await?;
                    super::$story(store).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                #[ignore = "needs PostgreSQL: set LIAISON_TEST_DATABASE_URL and run with --include-ignored"]
                async fn $story() -> super::Result {
                    let (store, _url) = super::postgres().await?;
                    super::$story(store).await
                }
            )*
        }
    };
}

on_both_backends!(
    users_round_trip,
    usernames_are_unique,
    failed_logins_count_and_lock,
    recovery_codes_are_single_use,
    sessions_expire_and_end_with_the_user,
    api_tokens_are_found_by_hash_until_revoked,
    audit_log_appends_in_order_and_filters,
    settings_upsert,
    records_round_trip_and_search,
    a_failed_insert_writes_nothing,
    edits_keep_history_and_refuse_stale_writes,
    a_large_import_is_written_in_batches,
    unread_messages_are_counted_until_read,
    message_writes_and_their_audit_events_commit_together,
    alerts_are_stored_whole_and_only_current_ones_screened,
    hits_are_recorded_once_and_move_one_step_at_a_time,
);

async fn postgres() -> std::result::Result<(Store, String), Box<dyn std::error::Error>> {
    match test_support::postgres_store().await {
        Some(r) => Ok(r?),
        None => Err(format!(
            "{} is not set: this test needs a PostgreSQL server",
            test_support::TEST_DATABASE_URL_VAR
        )
        .into()),
    }
}

fn new_user(name: &str, role: Role) -> NewUser {
    NewUser {
        username: Username::parse(name).unwrap(),
        display_name: format!("{name} display"),
        role,
        unit_id: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
        must_change_password: false,
    }
}

async fn users_round_trip(store: Store) -> Result {
    let unit = store
        .create_unit(&NewUnit {
            code: UnitCode::parse("spoc")?,
            name: "Single point of contact".into(),
            kind: UnitKind::Spoc,
        })
        .await?;
    let mut new = new_user("anna.berg", Role::Officer);
    new.unit_id = Some(unit.id);
    let created = store.create_user(&new).await?;
    let fetched = store.user_by_username("anna.berg").await?.expect("user");
    assert_eq!(created, fetched);
    assert_eq!(fetched.unit_id, Some(unit.id));
    assert!(!fetched.totp_enabled);

    store
        .update_user_profile(created.id, "Anna Berg", Role::Analyst, None)
        .await?;
    store
        .set_totp(created.id, Some("JBSWY3DPEHPK3PXP"), true)
        .await?;
    store.set_user_language(created.id, Some("ar")).await?;
    store.set_user_disabled(created.id, true).await?;
    let u = store.user(created.id).await?;
    assert_eq!(
        (
            u.display_name.as_str(),
            u.role,
            u.unit_id,
            u.totp_enabled,
            u.language.as_deref(),
            u.disabled
        ),
        ("Anna Berg", Role::Analyst, None, true, Some("ar"), true)
    );
    assert_eq!(store.list_users().await?.len(), 1);
    assert_eq!(store.list_units().await?, vec![unit.clone()]);
    assert_eq!(store.unit_by_code("spoc").await?, Some(unit));
    assert!(matches!(
        store.user(liaison_core::UserId::generate()).await,
        Err(StoreError::NotFound)
    ));
    Ok(())
}

async fn usernames_are_unique(store: Store) -> Result {
    store
        .create_user(&new_user("dup.user", Role::Officer))
        .await?;
    let again = store.create_user(&new_user("dup.user", Role::Admin)).await;
    assert!(
        matches!(again, Err(StoreError::Conflict { .. })),
        "{again:?}"
    );
    assert_eq!(store.count_users().await?, 1);
    Ok(())
}

async fn failed_logins_count_and_lock(store: Store) -> Result {
    let u = store
        .create_user(&new_user("lock.me", Role::Officer))
        .await?;
    let until = OffsetDateTime::now_utc() + Duration::minutes(15);
    for expected in 1..=3 {
        let n = store
            .record_failed_login(u.id, |n| (n >= 3).then_some(until))
            .await?;
        assert_eq!(n, expected);
    }
    let locked = store.user(u.id).await?;
    assert_eq!(locked.failed_logins, 3);
    assert!(locked.locked_until.is_some());
    store.record_successful_login(u.id).await?;
    let ok = store.user(u.id).await?;
    assert_eq!((ok.failed_logins, ok.locked_until), (0, None));
    assert!(ok.last_login_at.is_some());
    Ok(())
}

async fn recovery_codes_are_single_use(store: Store) -> Result {
    let u = store.create_user(&new_user("rec.codes", Role::Dpo)).await?;
    store
        .replace_recovery_codes(u.id, &["h1".into(), "h2".into()])
        .await?;
    assert_eq!(store.unused_recovery_codes(u.id).await?, 2);
    assert!(store.consume_recovery_code(u.id, "h1").await?);
    assert!(!store.consume_recovery_code(u.id, "h1").await?);
    assert!(!store.consume_recovery_code(u.id, "nope").await?);
    assert_eq!(store.unused_recovery_codes(u.id).await?, 1);
    store.replace_recovery_codes(u.id, &["h3".into()]).await?;
    assert!(!store.consume_recovery_code(u.id, "h2").await?);
    Ok(())
}

async fn sessions_expire_and_end_with_the_user(store: Store) -> Result {
    let u = store
        .create_user(&new_user("sess.user", Role::Officer))
        .await?;
    let now = OffsetDateTime::now_utc();
    let mk = |id: &str, created: OffsetDateTime, seen: OffsetDateTime| Session {
        id_hash: id.into(),
        user_id: u.id,
        csrf_token: format!("csrf-{id}"),
        stage: SessionStage::SecondFactorDue,
        created_at: created,
        last_seen_at: seen,
        source: Some("127.0.0.1".into()),
    };
    store.create_session(&mk("fresh", now, now)).await?;
    store
        .create_session(&mk(
            "idle",
            now - Duration::hours(1),
            now - Duration::hours(1),
        ))
        .await?;
    store
        .create_session(&mk("old", now - Duration::days(2), now))
        .await?;
    store
        .set_session_stage("fresh", SessionStage::Active)
        .await?;
    let s = store.session("fresh").await?.expect("session");
    assert_eq!(s.stage, SessionStage::Active);
    assert_eq!(s.csrf_token, "csrf-fresh");

    let purged = store
        .purge_sessions(now - Duration::minutes(30), now - Duration::hours(12))
        .await?;
    assert_eq!(purged, 2);
    assert!(store.session("idle").await?.is_none());
    assert_eq!(store.count_sessions().await?, 1);
    assert_eq!(store.delete_user_sessions(u.id).await?, 1);
    assert!(store.session("fresh").await?.is_none());
    Ok(())
}

async fn api_tokens_are_found_by_hash_until_revoked(store: Store) -> Result {
    let t = store
        .create_api_token(&NewApiToken {
            label: "national-sis".into(),
            token_hash: "abc123".into(),
            role: Role::BorderGuard,
            unit_id: None,
            created_by: "admin".into(),
        })
        .await?;
    let found = store
        .live_api_token_by_hash("abc123")
        .await?
        .expect("token");
    assert_eq!(found.id, t.id);
    assert_eq!(found.role, Role::BorderGuard);
    store.touch_api_token(t.id).await?;
    assert!(store.api_token(t.id).await?.last_used_at.is_some());
    store.revoke_api_token(t.id).await?;
    assert!(store.live_api_token_by_hash("abc123").await?.is_none());
    assert!(matches!(
        store.revoke_api_token(t.id).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.list_api_tokens().await?.len(), 1);
    Ok(())
}

async fn audit_log_appends_in_order_and_filters(store: Store) -> Result {
    let mut seqs = vec![];
    for i in 0..5 {
        let action = if i % 2 == 0 {
            AuditAction::Login
        } else {
            AuditAction::Logout
        };
        let actor = AuditActor {
            kind: "user".into(),
            id: Some(format!("id-{}", i % 2)),
            name: format!("user{}", i % 2),
        };
        let e = AuditEvent::new(actor, action, Outcome::Success)
            .source("127.0.0.1")
            .detail(format!("event {i}"));
        seqs.push(store.append_audit_event(&e).await?);
    }
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
    let all = store
        .list_audit_events(&AuditQuery {
            limit: 100,
            ..Default::default()
        })
        .await?;
    assert_eq!(all.len(), 5);
    assert_eq!(
        all[0].event.detail.as_deref(),
        Some("event 4"),
        "newest first"
    );
    let logins = store
        .list_audit_events(&AuditQuery {
            action: Some(AuditAction::Login),
            limit: 100,
            ..Default::default()
        })
        .await?;
    assert_eq!(logins.len(), 3);
    let by_actor = store
        .list_audit_events(&AuditQuery {
            actor: Some("user1".into()),
            limit: 100,
            ..Default::default()
        })
        .await?;
    assert_eq!(by_actor.len(), 2);
    let page = store
        .list_audit_events(&AuditQuery {
            before_seq: Some(all[1].seq),
            limit: 2,
            ..Default::default()
        })
        .await?;
    assert_eq!(
        page.iter().map(|r| r.seq).collect::<Vec<_>>(),
        vec![all[2].seq, all[3].seq]
    );
    assert_eq!(store.count_audit_events().await?, 5);
    Ok(())
}

async fn settings_upsert(store: Store) -> Result {
    assert_eq!(store.setting("node.name").await?, None);
    store.set_setting("node.name", "de-bka").await?;
    store.set_setting("node.name", "fr-dcpj").await?;
    assert_eq!(
        store.setting("node.name").await?.as_deref(),
        Some("fr-dcpj")
    );
    store.ping().await?;
    Ok(())
}

fn sample_record(ext: &str, entity: liaison_core::model::Entity) -> liaison_core::model::NewRecord {
    use liaison_core::evaluation::Evaluation;
    use liaison_core::handling::HandlingCode;
    use liaison_core::model::*;
    use liaison_core::node::NodeName;
    let mut r = NewRecord {
        meta: RecordMeta {
            owner_node: NodeName::parse("de-bka").unwrap(),
            handling_code: HandlingCode::H2,
            handling_restriction: None,
            data_subject_category: Some(DataSubjectCategory::Suspect),
            evaluation: Evaluation::parse("B2").unwrap(),
            case_reference: "DE-2026-1".into(),
            purpose: "drug trafficking investigation".into(),
            review_after: time::macros::date!(2027 - 01 - 01),
            delete_after: time::macros::date!(2030 - 01 - 01),
            external_ref: Some(ext.into()),
            owner_unit: None,
        },
        entity,
    };
    r.normalise_and_check().expect("valid sample");
    r
}

fn person(given: &str, surname: &str, dob: &str) -> liaison_core::model::Entity {
    use liaison_core::model::*;
    Entity::Person(Person {
        names: vec![PersonName {
            kind: NameKind::Primary,
            given_names: given.into(),
            surname: surname.into(),
            script: "Latn".into(),
        }],
        date_of_birth: Some(PartialDate::parse(dob).unwrap()),
        ..Person::default()
    })
}

async fn records_round_trip_and_search(store: Store) -> Result {
    use liaison_core::model::*;
    use liaison_store::records::RecordInsert;
    let p = sample_record("P-1", person("José", "Müller-García", "1975-03-09"));
    let d = sample_record(
        "D-1",
        Entity::Document(Document {
            document_type: "P".into(),
            number: "l898902c3".into(),
            issuing_country: liaison_core::node::CountryCode::parse("SE")?,
            valid_from: None,
            valid_until: None,
            mrz: None,
        }),
    );
    let (pid, did) = (RecordId::generate(), RecordId::generate());
    let tokens = match &p.entity {
        Entity::Person(x) => x.name_tokens(),
        _ => vec![],
    };
    let mut seen = vec![];
    store
        .insert_records(
            &[
                RecordInsert {
                    id: pid,
                    record: p.clone(),
                    name_tokens: tokens,
                },
                RecordInsert {
                    id: did,
                    record: d.clone(),
                    name_tokens: vec![],
                },
            ],
            &[(RelationKind::HolderOf, pid, did)],
            "tester",
            |n| seen.push(n),
        )
        .await?;
    assert_eq!(seen.last(), Some(&2));
    let back = store.record(pid).await?;
    assert_eq!(back.record, p);
    assert_eq!(back.created_by, "tester");
    assert_eq!(store.count_records(None).await?, 2);
    assert_eq!(store.count_records(Some(RecordKind::Document)).await?, 1);
    let by_number = store
        .records_by_identifier("document_number", "L898902C3")
        .await?;
    assert_eq!(
        by_number.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![did]
    );
    assert!(
        store
            .records_by_identifier("document_number", "L898902C4")
            .await?
            .is_empty()
    );
    let by_name = store
        .records_by_name(&["muller".into(), "jose".into()], None, 10)
        .await?;
    assert_eq!(by_name.len(), 1);
    assert_eq!(
        store
            .records_by_name(&["garcia".into()], Some("1975-03"), 10)
            .await?
            .len(),
        1
    );
    assert!(
        store
            .records_by_name(&["garcia".into()], Some("1976"), 10)
            .await?
            .is_empty()
    );
    assert!(
        store
            .records_by_name(&["garcia".into(), "pedro".into()], None, 10)
            .await?
            .is_empty()
    );
    let rels = store.relations_of(did).await?;
    assert_eq!(
        (rels.len(), rels[0].kind, rels[0].from),
        (1, RelationKind::HolderOf, pid)
    );
    let ids = store
        .ids_by_external_ref("de-bka", &["P-1".into(), "nope".into()])
        .await?;
    assert_eq!(ids.get("P-1"), Some(&pid));
    assert_eq!(ids.len(), 1);
    assert_eq!(
        store
            .list_records(Some(RecordKind::Person), 10, 0)
            .await?
            .len(),
        1
    );
    Ok(())
}

/// A batch that fails on its last row leaves no row of it behind.
async fn a_failed_insert_writes_nothing(store: Store) -> Result {
    use liaison_core::model::*;
    use liaison_store::records::RecordInsert;
    let mut batch = vec![];
    for i in 0..50 {
        batch.push(RecordInsert {
            id: RecordId::generate(),
            record: sample_record(&format!("P-{i}"), person("A", "B", "1990")),
            name_tokens: vec!["b".into()],
        });
    }
    // The same external reference twice violates the unique index at the end.
    batch.push(RecordInsert {
        id: RecordId::generate(),
        record: sample_record("P-0", person("C", "D", "1991")),
        name_tokens: vec![],
    });
    let result = store.insert_records(&batch, &[], "tester", |_| {}).await;
    assert!(result.is_err());
    assert_eq!(store.count_records(None).await?, 0);
    assert!(
        store
            .records_by_name(&["b".into()], None, 10)
            .await?
            .is_empty()
    );
    Ok(())
}

/// An edit keeps the previous version, moves the search keys, and refuses
/// to overwrite a change made since the record was read; links are unique.
async fn edits_keep_history_and_refuse_stale_writes(store: Store) -> Result {
    use liaison_core::model::*;
    use liaison_store::records::RecordInsert;
    let p = sample_record("P-1", person("Olena", "Kovalenko", "1988-02"));
    let q = sample_record("P-2", person("Ivan", "Petrov", "1970"));
    let (pid, qid) = (RecordId::generate(), RecordId::generate());
    let insert = |id, r: NewRecord| RecordInsert {
        id,
        name_tokens: r.entity.name_tokens(),
        record: r,
    };
    store
        .insert_records(
            &[insert(pid, p.clone()), insert(qid, q)],
            &[],
            "tester",
            |_| {},
        )
        .await?;
    let read = store.record(pid).await?;
    let changed = sample_record("P-1", person("Olena", "Shevchenko", "1988-02"));
    store
        .update_record(
            &insert(pid, changed.clone()),
            read.updated_at,
            &["surname"],
            "editor",
        )
        .await?;
    let after = store.record(pid).await?;
    assert_eq!(after.record, changed);
    assert_eq!(
        (after.created_by.as_str(), after.updated_by.as_str()),
        ("tester", "editor")
    );
    assert!(
        store
            .records_by_name(&["kovalenko".into()], None, 10)
            .await?
            .is_empty()
    );
    assert_eq!(
        store
            .records_by_name(&["shevchenko".into()], None, 10)
            .await?
            .len(),
        1
    );
    let history = store.record_history(pid).await?;
    assert_eq!(history.len(), 1);
    assert_eq!(
        (history[0].version, history[0].changed_fields.clone()),
        (1, vec!["surname".to_owned()])
    );
    assert_eq!(history[0].before, p);
    assert_eq!(history[0].changed_by, "editor");
    // The same stale read again: refused, nothing written.
    let other = sample_record("P-1", person("Olena", "Stale", "1988-02"));
    assert!(matches!(
        store
            .update_record(&insert(pid, other), read.updated_at, &["surname"], "late")
            .await,
        Err(liaison_store::StoreError::Stale)
    ));
    assert_eq!(store.record(pid).await?.record, changed);
    assert_eq!(store.record_history(pid).await?.len(), 1);

    let rel = store
        .insert_relation(RelationKind::AssociateOf, pid, qid, "editor")
        .await?;
    assert!(matches!(
        store
            .insert_relation(RelationKind::AssociateOf, pid, qid, "editor")
            .await,
        Err(liaison_store::StoreError::Conflict { .. })
    ));
    assert_eq!(store.relation(&rel).await?.to, qid);
    store.delete_relation(&rel).await?;
    assert!(store.relations_of(pid).await?.is_empty());
    // Deleting the record takes its history with it (retention, erasure).
    store.delete_record(pid).await?;
    assert!(store.record_history(pid).await?.is_empty());
    Ok(())
}

/// More rows than one INSERT holds: every record, identifier, name and
/// relation arrives, in one transaction.
async fn a_large_import_is_written_in_batches(store: Store) -> Result {
    use liaison_core::model::*;
    use liaison_store::records::RecordInsert;
    let n = liaison_store::import_writer::BATCH_ROWS * 2 + 17;
    let mut batch = vec![];
    let mut relations = vec![];
    let mut previous: Option<RecordId> = None;
    for i in 0..n {
        let r = sample_record(
            &format!("P-{i}"),
            person("Anna", &format!("Name{i}"), "1990"),
        );
        let id = RecordId::generate();
        if let Some(p) = previous {
            relations.push((RelationKind::AssociateOf, p, id));
        }
        previous = Some(id);
        batch.push(RecordInsert {
            id,
            name_tokens: r.entity.name_tokens(),
            record: r,
        });
    }
    let mut seen = vec![];
    store
        .insert_records(&batch, &relations, "tester", |k| seen.push(k))
        .await?;
    assert_eq!(store.count_records(None).await?, n as i64);
    assert_eq!(seen.last(), Some(&n));
    assert_eq!(store.all_relations().await?.len(), n - 1);
    // What a large import runs after its commit (ANALYZE / PRAGMA optimize).
    store.refresh_statistics().await?;
    assert_eq!(
        store
            .records_by_name(&["anna".into()], None, 5000)
            .await?
            .len(),
        n
    );
    let last = format!("P-{}", n - 1);
    assert_eq!(
        store
            .ids_by_external_ref("de-bka", std::slice::from_ref(&last))
            .await?
            .len(),
        1
    );
    let all: Vec<String> = (0..n).map(|i| format!("P-{i}")).collect();
    assert_eq!(store.ids_by_external_ref("de-bka", &all).await?.len(), n);
    Ok(())
}

/// Inbound messages count as unread until someone opens one; outbound
/// messages never do.
async fn unread_messages_are_counted_until_read(store: Store) -> Result {
    use liaison_store::messages::NewMessage;
    let message = |id: &str, sender: &str| NewMessage {
        id: id.into(),
        thread: id.into(),
        sender: sender.into(),
        recipients: vec!["de-bka".into()],
        handling_code: "h2".into(),
        evaluation: "B2".into(),
        subject: "s".into(),
        content: "{}".into(),
        envelope: vec![1, 2, 3],
        created_at: 1,
        expires_at: i64::MAX,
        author: None,
        files: vec![],
    };
    assert_eq!(store.count_unread().await?, 0);
    store
        .store_inbound(&[message("m-1", "fr-dcpj"), message("m-2", "fr-dcpj")], 2)
        .await?;
    store
        .queue_outbound(&[NewMessage {
            recipients: vec!["fr-dcpj".into()],
            author: Some("u".into()),
            ..message("m-3", "de-bka")
        }])
        .await?;
    assert_eq!(store.count_unread().await?, 2);
    assert!(store.mark_read("m-1", "off", 3).await?);
    assert!(!store.mark_read("m-1", "other", 4).await?, "read once");
    assert_eq!(store.count_unread().await?, 1);
    Ok(())
}

/// Queuing and storing messages write their audit events in the same
/// transaction: an event names exactly the messages newly stored, there is
/// none when nothing new was, and a failed write leaves neither.
async fn message_writes_and_their_audit_events_commit_together(store: Store) -> Result {
    use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
    use liaison_store::audit::AuditQuery;
    use liaison_store::messages::NewMessage;
    let message = |id: &str| NewMessage {
        id: id.into(),
        thread: id.into(),
        sender: "fr-dcpj".into(),
        recipients: vec!["de-bka".into()],
        handling_code: "h2".into(),
        evaluation: "B2".into(),
        subject: "s".into(),
        content: "{}".into(),
        envelope: vec![1],
        created_at: 1,
        expires_at: i64::MAX,
        author: None,
        files: vec![],
    };
    let operator = || AuditActor {
        kind: "local_operator".into(),
        id: None,
        name: "cli".into(),
    };
    // As the node does: an event when something new was stored.
    let received = |ids: &[&str]| {
        (!ids.is_empty()).then(|| {
            AuditEvent::new(operator(), AuditAction::MessagesReceived, Outcome::Success)
                .detail(ids.join(" "))
        })
    };
    let events = |action| {
        let store = store.clone();
        async move {
            store
                .list_audit_events(&AuditQuery {
                    action: Some(action),
                    limit: 100,
                    ..AuditQuery::default()
                })
                .await
                .map(|l| {
                    l.into_iter()
                        .map(|r| r.event.detail.unwrap_or_default())
                        .collect::<Vec<_>>()
                })
        }
    };
    let fresh = store
        .store_inbound_audited(
            &[message("m-1"), message("m-2"), message("m-1")],
            2,
            received,
        )
        .await?;
    assert_eq!(fresh, [true, true, false]);
    assert_eq!(events(AuditAction::MessagesReceived).await?, ["m-1 m-2"]);
    // Only duplicates: the event is asked for with no id, and not made.
    let fresh = store
        .store_inbound_audited(&[message("m-2")], 3, received)
        .await?;
    assert_eq!(fresh, [false]);
    assert_eq!(events(AuditAction::MessagesReceived).await?.len(), 1);

    let sent =
        AuditEvent::new(operator(), AuditAction::MessageSent, Outcome::Success).detail("m-3");
    let outbound = |id: &str| NewMessage {
        sender: "de-bka".into(),
        recipients: vec!["fr-dcpj".into()],
        author: Some("u".into()),
        ..message(id)
    };
    store
        .queue_outbound_audited(&[outbound("m-3")], Some((&sent, &["rec-1".to_owned()])))
        .await?;
    assert_eq!(events(AuditAction::MessageSent).await?, ["m-3"]);
    assert_eq!(store.accesses_to_record("rec-1").await?.len(), 1);
    // An id already queued fails the whole write: no second event either.
    let refused = store
        .queue_outbound_audited(&[outbound("m-4"), outbound("m-3")], Some((&sent, &[])))
        .await;
    assert!(refused.is_err());
    assert_eq!(events(AuditAction::MessageSent).await?.len(), 1);
    assert!(store.message("m-4").await.is_err(), "nothing of it stored");
    Ok(())
}

/// An alert batch is stored whole or not at all (a reference the owner
/// already used refuses the batch); expired and withdrawn alerts are not in
/// force; every change moves the stamp serving nodes watch.
async fn alerts_are_stored_whole_and_only_current_ones_screened(store: Store) -> Result {
    use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
    use liaison_store::alerts::NewAlert;
    let event = AuditEvent::new(
        AuditActor {
            kind: "local_operator".into(),
            id: None,
            name: "cli".into(),
        },
        AuditAction::AlertsCreated,
        Outcome::Success,
    );
    let alert = |reference: &str, valid_until: &str| NewAlert {
        id: format!("id-{reference}"),
        category: "arrest_for_surrender".into(),
        owner_node: "de-bka".into(),
        reference: reference.into(),
        handling_code: "h2".into(),
        action: "Arrest".into(),
        surname: "Petrov".into(),
        valid_until: valid_until.into(),
        created_by: "cli".into(),
        created_at: 1,
        ..NewAlert::default()
    };
    let before = store.alerts_stamp().await?;
    store
        .insert_alerts(
            &[alert("A1", "2030-01-01"), alert("A2", "2020-01-01")],
            &event,
        )
        .await?;
    let stamp = store.alerts_stamp().await?;
    assert_ne!(stamp, before);
    let current: Vec<String> = store
        .current_alerts("2026-11-25")
        .await?
        .into_iter()
        .map(|a| a.reference)
        .collect();
    assert_eq!(current, ["A1"], "A2 expired");
    let refused = store
        .insert_alerts(
            &[alert("A3", "2030-01-01"), alert("A1", "2030-01-01")],
            &event,
        )
        .await;
    assert!(
        matches!(refused, Err(StoreError::Conflict { .. })),
        "{refused:?}"
    );
    assert!(
        store.alert("id-A3").await.is_err(),
        "nothing of the batch stored"
    );
    assert!(store.withdraw_alert("id-A1", 5).await?);
    assert!(!store.withdraw_alert("id-A1", 6).await?, "once");
    assert!(store.current_alerts("2026-11-25").await?.is_empty());
    assert_ne!(store.alerts_stamp().await?, stamp);
    Ok(())
}

/// A hit is recorded once per alert and subject while open; each step
/// moves from the status the user saw (a second officer's step on a stale
/// page is refused); the owner's reply is noticed in the report's thread.
async fn hits_are_recorded_once_and_move_one_step_at_a_time(store: Store) -> Result {
    use liaison_store::hits::{HitFilter, HitStep, NewHit};
    let event = |action| {
        AuditEvent::new(
            AuditActor {
                kind: "user".into(),
                id: None,
                name: "bea.guard".into(),
            },
            action,
            Outcome::Success,
        )
    };
    let hit = |id: &str, key: &str| NewHit {
        id: id.into(),
        dedupe_key: key.into(),
        alert_owner: "fr-dcpj".into(),
        alert_reference: "FR-1".into(),
        category: "arrest_for_surrender".into(),
        subject: "Ivan Petrov".into(),
        score: 0.93,
        explanation: "[]".into(),
        origin: "partner".into(),
        found_by: "bea.guard".into(),
        found_at: 10,
        ..NewHit::default()
    };
    let ids = store
        .record_hits(
            &[hit("h1", "k1"), hit("h2", "k2")],
            &event(AuditAction::HitsRecorded),
        )
        .await?;
    assert_eq!(ids, ["h1", "h2"]);
    let again = store
        .record_hits(&[hit("h3", "k1")], &event(AuditAction::HitsRecorded))
        .await?;
    assert_eq!(again, ["h1"], "the open hit of the same pair");
    assert!(store.hit("h3").await.is_err());
    assert_eq!(store.hits(HitFilter::Open, 10).await?.len(), 2);

    let step = |from, to, at| HitStep {
        from,
        to,
        note: "checked",
        by: "bea.guard",
        at,
        ..HitStep::default()
    };
    let updated = event(AuditAction::HitUpdated);
    store
        .move_hit("h1", &step("candidate", "confirmed", 20), &updated)
        .await?;
    let stale = store
        .move_hit("h1", &step("candidate", "false_hit", 21), &updated)
        .await;
    assert!(
        matches!(stale, Err(StoreError::Conflict { .. })),
        "{stale:?}"
    );
    store
        .move_hit("h1", &step("confirmed", "action_taken", 30), &updated)
        .await?;
    let mut informed = step("action_taken", "owner_informed", 40);
    informed.report = Some(("m-report", "t-report"));
    store.move_hit("h1", &informed, &updated).await?;
    let h = store.hit("h1").await?;
    assert_eq!(h.status, "owner_informed");
    assert_eq!(h.informed_at, Some(40));
    assert_eq!(h.report_thread.as_deref(), Some("t-report"));
    let history: Vec<String> = store
        .hit_events("h1")
        .await?
        .into_iter()
        .map(|e| e.status)
        .collect();
    assert_eq!(
        history,
        ["candidate", "confirmed", "action_taken", "owner_informed"]
    );
    let overdue = HitFilter::ReplyOverdue {
        informed_before: 50,
    };
    assert_eq!(store.hits(overdue, 10).await?.len(), 1);
    assert_eq!(store.count_hits(overdue).await?, 1);
    let to_escalate = HitFilter::ToEscalate {
        informed_before: 50,
    };
    assert_eq!(store.hits(to_escalate, 10).await?.len(), 1);
    store.mark_escalated(&["h1".into()], 51).await?;
    assert!(
        store.hits(to_escalate, 10).await?.is_empty(),
        "escalated once"
    );
    assert_eq!(store.hits(overdue, 10).await?.len(), 1, "still overdue");

    // The owner answers in the report's thread.
    assert_eq!(store.note_owner_replies().await?, 0);
    let reply = liaison_store::messages::NewMessage {
        id: "m-reply".into(),
        thread: "t-report".into(),
        sender: "fr-dcpj".into(),
        recipients: vec!["de-bka".into()],
        handling_code: "h2".into(),
        evaluation: "b2".into(),
        subject: "Re: hit".into(),
        content: "{}".into(),
        envelope: vec![1],
        created_at: 45,
        expires_at: i64::MAX,
        author: None,
        files: vec![],
    };
    store.store_inbound(&[reply], 46).await?;
    assert_eq!(store.note_owner_replies().await?, 1);
    assert_eq!(store.hit("h1").await?.owner_replied_at, Some(45));
    assert!(store.hits(overdue, 10).await?.is_empty());

    store
        .move_hit("h1", &step("owner_informed", "closed", 60), &updated)
        .await?;
    let reopened = store
        .record_hits(&[hit("h4", "k1")], &event(AuditAction::HitsRecorded))
        .await?;
    assert_eq!(reopened, ["h4"], "a closed hit does not absorb a new one");
    Ok(())
}
