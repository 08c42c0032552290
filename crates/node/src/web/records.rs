//! Records pages: search (with purpose), a record with its relations, and,
//! for the DPO, every access to a record.

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use super::users::format_time;
use crate::app::App;
use crate::record_access::{self, AccessError, SearchQuery};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use liaison_core::codelists;
use liaison_core::model::{Entity, NameKind, RecordId};
use liaison_core::node::CountryCode;
use liaison_core::policy::Action;
use liaison_core::record_policy::{self, Purpose, RecordAction, RecordPolicyError};
use liaison_store::records::StoredRecord;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct PurposeFields {
    #[serde(default)]
    pub purpose: String,
    #[serde(default, rename = "case")]
    pub case_reference: String,
}

pub struct ResultRow {
    pub id: String,
    pub kind: String,
    pub headline: String,
    pub owner: String,
    pub handling_code: String,
    pub category: String,
}

#[derive(askama::Template)]
#[template(path = "records.html")]
struct RecordsPage {
    ctx: PageCtx,
    error: Option<String>,
    q: SearchQuery,
    purpose: String,
    case: String,
    results: Option<Vec<ResultRow>>,
    review_due: i64,
}

fn row(r: &StoredRecord) -> ResultRow {
    ResultRow {
        id: r.id.to_string(),
        kind: r.record.entity.kind().to_string(),
        headline: record_access::headline(r),
        owner: r.record.meta.owner_node.to_string(),
        handling_code: r.record.meta.handling_code.to_string(),
        category: r
            .record
            .meta
            .data_subject_category
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default(),
    }
}

pub async fn search_page(State(app): State<App>, me: SignedIn) -> Result<Response, WebError> {
    if me.actor.role == liaison_core::Role::Admin {
        return Err(WebError::forbidden());
    }
    Ok(render(&RecordsPage {
        ctx: me.ctx,
        error: None,
        q: SearchQuery::default(),
        purpose: String::new(),
        case: String::new(),
        results: None,
        review_due: app.store.count_flagged_for_review().await?,
    }))
}

#[derive(Deserialize)]
pub struct SearchForm {
    #[serde(flatten)]
    q: SearchQuery,
    #[serde(flatten)]
    p: PurposeFields,
}

pub fn policy_message(ctx: &PageCtx, e: &RecordPolicyError) -> String {
    match e {
        RecordPolicyError::PurposeMissing => ctx.t("records-purpose-missing"),
        RecordPolicyError::CaseMissing => ctx.t("records-case-missing"),
        _ => ctx.t("error-forbidden"),
    }
}

pub async fn search(
    State(app): State<App>,
    me: SignedIn,
    Form(f): Form<SearchForm>,
) -> Result<Response, WebError> {
    let review_due = app.store.count_flagged_for_review().await?;
    let page = |ctx: PageCtx,
                error: Option<String>,
                results: Option<Vec<ResultRow>>,
                f: SearchForm| RecordsPage {
        ctx,
        error,
        q: f.q,
        purpose: f.p.purpose,
        case: f.p.case_reference,
        results,
        review_due,
    };
    let purpose = match Purpose::new(&f.p.purpose, &f.p.case_reference) {
        Ok(p) => p,
        Err(e) => {
            let msg = policy_message(&me.ctx, &e);
            let mut r = render(&page(me.ctx, Some(msg), None, f));
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(r);
        }
    };
    let permit = match record_policy::authorize_record(
        &me.actor,
        RecordAction::Search,
        None,
        Some(purpose),
        &app.config.node.name,
    ) {
        Ok(p) => p,
        Err(_) => return Err(WebError::forbidden()),
    };
    match record_access::search(&app, &permit, &f.q, &me.source()).await {
        Ok(found) => {
            let rows = found.iter().map(row).collect();
            Ok(render(&page(me.ctx, None, Some(rows), f)))
        }
        Err(AccessError::NoCriteria) => {
            let msg = me.ctx.t("records-no-criteria");
            let mut r = render(&page(me.ctx, Some(msg), None, f));
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(AccessError::BadCriterion { field, reason }) => {
            let msg = format!(
                "{}: {reason}",
                me.ctx
                    .t(&format!("records-field-{}", field.replace('_', "-")))
            );
            let mut r = render(&page(me.ctx, Some(msg), None, f));
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(e) => {
            tracing::error!(error = %e, "search failed");
            Err(WebError::internal())
        }
    }
}

/// One line of the record page: a label key and the value.
pub struct Fact {
    pub label: String,
    pub value: String,
    pub mono: bool,
}

pub struct RelationRow {
    pub id: String,
    pub kind: String,
    pub outgoing: bool,
    pub other_id: String,
    pub other: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "record.html")]
struct RecordPage {
    ctx: PageCtx,
    id: String,
    kind_label: String,
    headline: String,
    facts: Vec<Fact>,
    meta: Vec<Fact>,
    relations: Vec<RelationRow>,
    purpose: String,
    case: String,
    can_see_accesses: bool,
    can_answer_sar: bool,
    restriction: String,
    handling_code: String,
    can_edit: bool,
    /// The user may send messages and the node is in a network.
    can_send: bool,
    history: Vec<HistoryRow>,
    relation_kinds: Vec<(String, String)>,
    notice: Option<String>,
    link_error: Option<String>,
}

pub struct HistoryRow {
    pub at: String,
    pub text: String,
}

/// What the record page says after a change made from it.
#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(flatten)]
    p: PurposeFields,
    #[serde(default)]
    notice: String,
    #[serde(default)]
    fields: String,
    #[serde(default)]
    link_error: String,
}

#[derive(askama::Template)]
#[template(path = "record_purpose.html")]
struct PurposePage {
    ctx: PageCtx,
    id: String,
    error: Option<String>,
}

fn country(ctx: &PageCtx, c: &CountryCode) -> String {
    codelists::get("countries")
        .and_then(|l| l.entry(c.as_str()))
        .map(|e| format!("{} ({c})", e.label(ctx.lang())))
        .unwrap_or_else(|| c.to_string())
}

fn label_of(ctx: &PageCtx, list: &str, code: &str) -> String {
    codelists::get(list)
        .and_then(|l| l.entry(code))
        .map(|e| e.label(ctx.lang()).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

pub(super) fn entity_facts(ctx: &PageCtx, e: &Entity) -> Vec<Fact> {
    let mut out = vec![];
    let mut add = |key: &str, value: String, mono: bool| {
        if !value.is_empty() {
            out.push(Fact {
                label: ctx.t(key),
                value,
                mono,
            });
        }
    };
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    match e {
        Entity::Person(p) => {
            for n in &p.names {
                let key = match n.kind {
                    NameKind::Primary => "record-name",
                    NameKind::Latin => "record-name-latin",
                    NameKind::Alias => "record-alias",
                    NameKind::BirthName | NameKind::Previous => "record-previous-name",
                };
                add(key, format!("{} ({})", n.full(), n.script), false);
            }
            add(
                "record-date-of-birth",
                p.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
                false,
            );
            add("record-place-of-birth", opt(&p.place_of_birth), false);
            add(
                "record-nationalities",
                p.nationalities
                    .iter()
                    .map(|c| country(ctx, c))
                    .collect::<Vec<_>>()
                    .join(", "),
                false,
            );
            add(
                "record-gender",
                p.gender
                    .map(|g| ctx.t(&format!("gender-{}", g.as_str())))
                    .unwrap_or_default(),
                false,
            );
            add("record-marks", p.identifying_marks.join("; "), false);
        }
        Entity::Document(d) => {
            add(
                "record-document-type",
                label_of(ctx, "icao_document_types", &d.document_type),
                false,
            );
            add("records-field-document-number", d.number.clone(), true);
            add(
                "record-issuing-country",
                country(ctx, &d.issuing_country),
                false,
            );
            add(
                "record-valid-from",
                d.valid_from.map(|d| d.to_string()).unwrap_or_default(),
                false,
            );
            add(
                "record-valid-until",
                d.valid_until.map(|d| d.to_string()).unwrap_or_default(),
                false,
            );
            add("record-mrz", opt(&d.mrz), true);
        }
        Entity::Vehicle(v) => {
            add("records-field-plate", opt(&v.plate), true);
            add(
                "record-country",
                v.plate_country
                    .as_ref()
                    .map(|c| country(ctx, c))
                    .unwrap_or_default(),
                false,
            );
            add("records-field-vin", opt(&v.vin), true);
            add(
                "record-make-model",
                [v.make.as_deref(), v.model.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
                false,
            );
            add("record-colour", opt(&v.colour), false);
        }
        Entity::Account(a) => {
            add("records-field-iban", opt(&a.iban), true);
            add("record-account-number", opt(&a.account_number), true);
            add("record-bic", opt(&a.bic), true);
            add("record-bank", opt(&a.bank_name), false);
            add("record-holder-name", opt(&a.holder_name), false);
        }
        Entity::Phone(p) => add("records-field-phone", p.number.clone(), true),
        Entity::Email(m) => add("records-field-email", m.address.clone(), true),
        Entity::Organisation(o) => {
            add("field-name", o.name.clone(), false);
            add("record-alias", o.aliases.join("; "), false);
            add(
                "record-registration-number",
                opt(&o.registration_number),
                true,
            );
            add(
                "record-country",
                o.country
                    .as_ref()
                    .map(|c| country(ctx, c))
                    .unwrap_or_default(),
                false,
            );
        }
        Entity::Location(l) => {
            add("record-address", e.caption(), false);
            if let (Some(lat), Some(lon)) = (l.latitude, l.longitude) {
                add("record-coordinates", format!("{lat:.5}, {lon:.5}"), true);
            }
        }
        Entity::Firearm(f) => {
            add("record-serial-number", opt(&f.serial_number), true);
            add(
                "record-make-model",
                [f.make.as_deref(), f.model.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
                false,
            );
            add("record-calibre", opt(&f.calibre), false);
        }
        Entity::Event(ev) => {
            add("record-description", ev.description.clone(), false);
            add(
                "record-period",
                [ev.started, ev.ended]
                    .iter()
                    .flatten()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(" – "),
                false,
            );
            add("record-place", opt(&ev.place), false);
            add(
                "record-offences",
                ev.offences
                    .iter()
                    .map(|o| format!("{o} {}", label_of(ctx, "iccs", o)))
                    .collect::<Vec<_>>()
                    .join("; "),
                false,
            );
            add(
                "record-national-qualification",
                opt(&ev.national_qualification),
                false,
            );
        }
    }
    out
}

pub async fn show(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, WebError> {
    let p = &q.p;
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    if p.purpose.trim().is_empty() && p.case_reference.trim().is_empty() {
        return Ok(render(&PurposePage {
            ctx: me.ctx,
            id: id.to_string(),
            error: None,
        }));
    }
    let purpose = match Purpose::new(&p.purpose, &p.case_reference) {
        Ok(x) => x,
        Err(e) => {
            let error = Some(policy_message(&me.ctx, &e));
            let mut r = render(&PurposePage {
                ctx: me.ctx,
                id: id.to_string(),
                error,
            });
            *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(r);
        }
    };
    let view = match record_access::view(&app, &me.actor, Some(purpose), id, &me.source()).await {
        Ok(v) => v,
        Err(AccessError::NotFound) => return Err(WebError::not_found()),
        Err(AccessError::Policy(_)) => return Err(WebError::forbidden()),
        Err(e) => {
            tracing::error!(error = %e, "view failed");
            return Err(WebError::internal());
        }
    };
    let r = &view.record;
    let m = &r.record.meta;
    let ctx = &me.ctx;
    let meta = vec![
        Fact {
            label: ctx.t("record-owner"),
            value: m.owner_node.to_string(),
            mono: false,
        },
        Fact {
            label: ctx.t("record-handling-code"),
            value: {
                let code = m.handling_code.as_str().to_uppercase();
                let label = label_of(ctx, "handling_codes", m.handling_code.as_str());
                // The codelist's labels may already start with the code.
                if label.starts_with(&code) {
                    label
                } else {
                    format!("{code} — {label}")
                }
            },
            mono: false,
        },
        Fact {
            label: ctx.t("record-category"),
            value: m
                .data_subject_category
                .map(|c| label_of(ctx, "data_subject_categories", c.as_str()))
                .unwrap_or_else(|| "—".into()),
            mono: false,
        },
        Fact {
            label: ctx.t("record-evaluation"),
            value: m.evaluation.code(),
            mono: true,
        },
        Fact {
            label: ctx.t("record-case"),
            value: m.case_reference.clone(),
            mono: false,
        },
        Fact {
            label: ctx.t("record-collected-for"),
            value: m.purpose.clone(),
            mono: false,
        },
        Fact {
            label: ctx.t("record-review-after"),
            value: m.review_after.to_string(),
            mono: false,
        },
        Fact {
            label: ctx.t("record-delete-after"),
            value: m.delete_after.to_string(),
            mono: false,
        },
        Fact {
            label: ctx.t("record-created"),
            value: format!("{} · {}", format_time(r.created_at), r.created_by),
            mono: false,
        },
    ];
    let relations = view
        .relations
        .iter()
        .map(|(rel, other)| RelationRow {
            id: rel.id.clone(),
            kind: rel.kind.as_str().to_owned(),
            outgoing: rel.from == id,
            other_id: if rel.from == id {
                rel.to.to_string()
            } else {
                rel.from.to_string()
            },
            other: other.as_ref().map(record_access::headline),
        })
        .collect();
    let can_edit = crate::record_edit::authorize_update(&app, &me.actor, r).is_ok();
    let mut history: Vec<HistoryRow> = app
        .store
        .record_history(id)
        .await?
        .into_iter()
        .map(|v| HistoryRow {
            at: format_time(v.changed_at),
            text: ctx.t2(
                "record-history-changed",
                ("who", &v.changed_by),
                ("fields", &v.changed_fields.join(", ")),
            ),
        })
        .collect();
    history.push(HistoryRow {
        at: format_time(r.created_at),
        text: ctx.t1("record-history-created", "who", &r.created_by),
    });
    let notice = match q.notice.as_str() {
        "created" => Some(ctx.t("record-created-notice")),
        "saved" => Some(ctx.t1("record-saved", "fields", &q.fields.replace(',', ", "))),
        "unchanged" => Some(ctx.t("record-nothing-changed")),
        "linked" => Some(ctx.t("record-linked")),
        "unlinked" => Some(ctx.t("record-unlinked")),
        _ => None,
    };
    let link_error = (!q.link_error.is_empty()).then(|| q.link_error.clone());
    Ok(render(&RecordPage {
        id: id.to_string(),
        can_edit,
        can_send: me.permit(Action::SendMessages).is_ok()
            && crate::message_access::federation_status(&app)
                == crate::message_access::FederationStatus::Member,
        history,
        relation_kinds: super::record_form::relation_kinds(ctx),
        notice,
        link_error,
        kind_label: ctx.t(&format!("kind-{}", r.record.entity.kind())),
        headline: record_access::headline(r),
        facts: entity_facts(ctx, &r.record.entity),
        meta,
        relations,
        purpose: p.purpose.trim().to_owned(),
        case: p.case_reference.trim().to_owned(),
        can_see_accesses: me.permit(Action::ReadAuditLog).is_ok(),
        can_answer_sar: me.permit(Action::AnswerSubjectAccess).is_ok(),
        restriction: m.handling_restriction.clone().unwrap_or_default(),
        handling_code: m.handling_code.to_string(),
        ctx: me.ctx,
    }))
}

pub struct AccessRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub source: String,
    pub detail: String,
}

#[derive(askama::Template)]
#[template(path = "record_accesses.html")]
struct AccessesPage {
    ctx: PageCtx,
    id: String,
    accesses: Vec<AccessRow>,
}

/// Every access that disclosed a record (DPO, admin): views, search hits,
/// exports, review flags and deletion. Shows the trail, not the data.
pub async fn accesses(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    me.permit(Action::ReadAuditLog)?;
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    let rows = app
        .store
        .accesses_to_record(&id.to_string())
        .await?
        .into_iter()
        .map(|a| AccessRow {
            at: format_time(a.event.occurred_at),
            actor: a.event.actor.name,
            action: a.event.action.to_string(),
            source: a.event.source.unwrap_or_default(),
            detail: if liaison_core::policy::may_read_audit_detail(me.actor.role, a.event.action) {
                a.event.detail.unwrap_or_default()
            } else {
                me.ctx.t("audit-detail-dpo-only")
            },
        })
        .collect();
    Ok(render(&AccessesPage {
        ctx: me.ctx,
        id: id.to_string(),
        accesses: rows,
    }))
}

#[derive(Deserialize)]
pub struct SarQuery {
    #[serde(default)]
    reference: String,
    #[serde(default)]
    format: String,
}

#[derive(askama::Template)]
#[template(path = "subject_access.html")]
struct SubjectAccessPage {
    ctx: PageCtx,
    id: String,
    reference: String,
    answer: Option<SarView>,
}

struct SarView {
    generated_at: String,
    subject_headline: String,
    subject_facts: Vec<Fact>,
    subject_meta: Vec<Fact>,
    linked: Vec<(String, String, Vec<Fact>)>,
    accesses: Vec<AccessRow>,
}

/// The DPO's answer to a subject access request: a readable page, or JSON.
pub async fn subject_access(
    State(app): State<App>,
    me: SignedIn,
    Path(id): Path<String>,
    Query(q): Query<SarQuery>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::AnswerSubjectAccess)?;
    let id: RecordId = id.parse().map_err(|_| WebError::not_found())?;
    if q.reference.trim().is_empty() {
        return Ok(render(&SubjectAccessPage {
            ctx: me.ctx,
            id: id.to_string(),
            reference: String::new(),
            answer: None,
        }));
    }
    let answer =
        match record_access::subject_access(&app, &permit, id, &q.reference, &me.source()).await {
            Ok(a) => a,
            Err(AccessError::NotFound) => return Err(WebError::not_found()),
            Err(AccessError::Policy(_)) => return Err(WebError::forbidden()),
            Err(e) => {
                tracing::error!(error = %e, "subject access failed");
                return Err(WebError::internal());
            }
        };
    if q.format == "json" {
        let body = serde_json::to_string_pretty(&answer).map_err(|_| WebError::internal())?;
        return Ok(axum::response::IntoResponse::into_response((
            [
                (
                    axum::http::header::CONTENT_TYPE,
                    "application/json".to_owned(),
                ),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"subject-access-{id}.json\""),
                ),
            ],
            body,
        )));
    }
    let ctx = &me.ctx;
    let meta_facts = |r: &liaison_core::model::NewRecord| {
        vec![
            Fact {
                label: ctx.t("record-owner"),
                value: r.meta.owner_node.to_string(),
                mono: false,
            },
            Fact {
                label: ctx.t("record-category"),
                value: r
                    .meta
                    .data_subject_category
                    .map(|c| label_of(ctx, "data_subject_categories", c.as_str()))
                    .unwrap_or_default(),
                mono: false,
            },
            Fact {
                label: ctx.t("record-collected-for"),
                value: r.meta.purpose.clone(),
                mono: false,
            },
            Fact {
                label: ctx.t("record-delete-after"),
                value: r.meta.delete_after.to_string(),
                mono: false,
            },
        ]
    };
    let view = SarView {
        generated_at: format_time(answer.generated_at),
        subject_headline: answer.subject.record.entity.caption(),
        subject_facts: entity_facts(ctx, &answer.subject.record.entity),
        subject_meta: meta_facts(&answer.subject.record),
        linked: answer
            .linked
            .iter()
            .map(|l| {
                (
                    ctx.t(&format!(
                        "relation-{}",
                        l.relation.clone().unwrap_or_default().replace('_', "-")
                    )),
                    ctx.t(&format!("kind-{}", l.record.entity.kind())),
                    entity_facts(ctx, &l.record.entity),
                )
            })
            .collect(),
        accesses: answer
            .accesses
            .iter()
            .map(|a| AccessRow {
                at: format_time(a.at),
                actor: a.who.clone(),
                action: a.action.clone(),
                source: String::new(),
                detail: a.detail.clone(),
            })
            .collect(),
    };
    Ok(render(&SubjectAccessPage {
        id: id.to_string(),
        reference: q.reference.trim().to_owned(),
        answer: Some(view),
        ctx: me.ctx,
    }))
}
