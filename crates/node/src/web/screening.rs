//! Screening page: a border guard uploads a passenger list (CSV or
//! UN/EDIFACT PAXLST) and sees every hit on the alerts in force, best
//! first, each with what agreed and how much it counted.

use super::ctx::{PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use crate::app::App;
use crate::screening::{self, ScreeningHit};
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use liaison_core::policy::Action;
use liaison_formats::screening::ScreeningRow;

/// Largest passenger list accepted from the browser.
pub const UPLOAD_LIMIT: usize = 64 << 20;

pub struct ExplainedHit {
    pub percent: String,
    pub css: &'static str,
    pub traveller: String,
    pub traveller_facts: String,
    pub alert: String,
    pub category: String,
    pub reference: String,
    pub owner: String,
    pub handling: String,
    pub action: String,
    /// (field, how, weight with sign).
    pub why: Vec<(String, String, String)>,
    /// The hit's record, where it is verified and acted on.
    pub hit_id: String,
}

/// A hit a partner node reported through hit/no-hit.
pub struct PartnerHit {
    pub percent: String,
    pub traveller: String,
    pub node: String,
    pub reference: String,
    pub category: String,
    pub contact: String,
    /// (field, how).
    pub why: Vec<(String, String)>,
    pub hit_id: String,
}

#[derive(askama::Template)]
#[template(path = "screening.html")]
struct ScreeningPage {
    ctx: PageCtx,
    alerts: usize,
    /// The node has partners to ask.
    federated: bool,
    partners_checked: bool,
    purpose: String,
    case: String,
    error: Option<String>,
    /// Travellers screened, when a list was.
    screened: Option<usize>,
    hits: Vec<ExplainedHit>,
    /// Partners were asked (hit/no-hit).
    asked: bool,
    partner_hits: Vec<PartnerHit>,
    /// Partners that did not answer, in words.
    partner_errors: Vec<String>,
}

fn page(app: &App, ctx: PageCtx) -> ScreeningPage {
    let federated = crate::message_access::federation_status(app)
        == crate::message_access::FederationStatus::Member;
    ScreeningPage {
        alerts: app.screening.current().alerts.len(),
        federated,
        partners_checked: federated,
        purpose: String::new(),
        case: String::new(),
        ctx,
        error: None,
        screened: None,
        hits: vec![],
        asked: false,
        partner_hits: vec![],
        partner_errors: vec![],
    }
}

/// The page again with why the form was refused, keeping what was typed.
fn refused(
    app: &App,
    ctx: PageCtx,
    msg: String,
    partners: bool,
    purpose: &str,
    case: &str,
) -> Response {
    let mut p = page(app, ctx);
    p.error = Some(msg);
    p.partners_checked = partners;
    p.purpose = purpose.to_owned();
    p.case = case.to_owned();
    let mut r = render(&p);
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

pub async fn form(State(app): State<App>, me: SignedIn) -> Result<Response, WebError> {
    me.permit(Action::ScreenTravellers)?;
    Ok(render(&page(&app, me.ctx)))
}

fn field_label(ctx: &PageCtx, field: &str) -> String {
    ctx.t(&format!("screening-field-{}", field.replace('_', "-")))
}

fn explained(ctx: &PageCtx, row: &ScreeningRow, h: &ScreeningHit) -> ExplainedHit {
    ExplainedHit {
        hit_id: h.hit_id.clone(),
        percent: format!("{:.0} %", h.score * 100.0),
        css: if h.score >= 0.9 { "bad" } else { "warn" },
        traveller: h.traveller_name.clone(),
        traveller_facts: screening::facts(row),
        alert: h.alert_name.clone(),
        category: ctx.t(&format!(
            "alert-category-{}",
            h.alert.category.replace('_', "-")
        )),
        reference: h.alert.reference.clone(),
        owner: h.alert.owner_node.clone(),
        handling: h.alert.handling_code.to_uppercase(),
        action: h.alert.action.clone(),
        why: h
            .contributions
            .iter()
            .map(|c| {
                (
                    field_label(ctx, c.field),
                    c.how.clone(),
                    format!("{:+.1}", c.weight),
                )
            })
            .collect(),
    }
}

pub async fn upload(
    State(app): State<App>,
    me: SignedIn,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ScreenTravellers)?;
    let mut file: Option<Vec<u8>> = None;
    let mut fields: std::collections::HashMap<String, String> = Default::default();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| WebError::bad_request())?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let bytes = field.bytes().await.map_err(|_| WebError::bad_request())?;
            file = Some(bytes.to_vec());
        } else {
            let text = field.text().await.map_err(|_| WebError::bad_request())?;
            fields.insert(name, text.chars().take(500).collect());
        }
    }
    let get = |k: &str| {
        fields
            .get(k)
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    let (purpose, case, partners) = (get("purpose"), get("case"), get("partners") == "on");
    let fail = |ctx: PageCtx, msg: String| refused(&app, ctx, msg, partners, &purpose, &case);
    let Some(bytes) = file.filter(|b| !b.is_empty()) else {
        let msg = me.ctx.t("screening-no-file");
        return Ok(fail(me.ctx, msg));
    };
    let rows = match screening::parse_list(&bytes) {
        Ok(rows) => rows,
        Err(e) => {
            let msg = me.ctx.t1("screening-bad-file", "reason", &e);
            return Ok(fail(me.ctx, msg));
        }
    };
    if partners && (purpose.chars().count() < 5 || case.is_empty()) {
        let msg = me.ctx.t("screening-purpose-missing");
        return Ok(fail(me.ctx, msg));
    }
    results(&app, &me, &permit, &rows, partners, &purpose, &case).await
}

/// Screens `rows` here and, if asked, at the partners; the page with every
/// hit recorded and linked to its workflow.
async fn results(
    app: &App,
    me: &SignedIn,
    permit: &liaison_core::policy::Permit,
    rows: &[ScreeningRow],
    partners: bool,
    purpose: &str,
    case: &str,
) -> Result<Response, WebError> {
    let hits = screening::screen(app, permit, rows, &me.source())
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "screening failed");
            WebError::internal()
        })?;
    let mut p = page(app, me.ctx.clone());
    p.screened = Some(rows.len());
    p.partners_checked = partners;
    p.purpose = purpose.to_owned();
    p.case = case.to_owned();
    p.hits = hits
        .iter()
        .map(|h| explained(&me.ctx, &rows[h.traveller], h))
        .collect();
    if partners && p.federated {
        let answers =
            crate::federation::hit_queries::ask_and_record(app, permit, rows, purpose, case)
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "hit/no-hit failed");
                    WebError::internal()
                })?;
        p.asked = true;
        for a in answers {
            match a.result {
                Ok(results) => {
                    for (t, found) in results.iter().enumerate() {
                        for r in found {
                            let h = &r.hit;
                            let traveller = rows
                                .get(t)
                                .map(crate::federation::hit_queries::subject_name)
                                .unwrap_or_default();
                            p.partner_hits.push(PartnerHit {
                                percent: format!("{:.0} %", h.score * 100.0),
                                traveller,
                                node: a.node.clone(),
                                reference: h.alert_reference.clone(),
                                category: me
                                    .ctx
                                    .t(&format!("alert-category-{}", h.category.replace('_', "-"))),
                                contact: h.contact.clone(),
                                why: h
                                    .reasons
                                    .iter()
                                    .map(|(f, how)| (field_label(&me.ctx, f), how.clone()))
                                    .collect(),
                                hit_id: r.hit_id.clone(),
                            });
                        }
                    }
                }
                Err(e) => p.partner_errors.push(me.ctx.t2(
                    "screening-partner-failed",
                    ("node", &a.node),
                    ("reason", &e),
                )),
            }
        }
    }
    Ok(render(&p))
}

/// One person or one identifier to check (a border or road check).
#[derive(serde::Deserialize, Default)]
pub struct CheckForm {
    #[serde(default)]
    given_names: String,
    #[serde(default)]
    surname: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    nationality: String,
    #[serde(default)]
    identifier: String,
    #[serde(default)]
    partners: Option<String>,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    case: String,
}

pub async fn check(
    State(app): State<App>,
    me: SignedIn,
    axum::Form(form): axum::Form<CheckForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ScreenTravellers)?;
    let row = ScreeningRow {
        id: "1".into(),
        given_names: form.given_names.trim().to_owned(),
        surname: form.surname.trim().to_owned(),
        date_of_birth: form.date_of_birth.trim().to_owned(),
        nationality: form.nationality.trim().to_uppercase(),
        document_number: form.identifier.trim().to_owned(),
        ..ScreeningRow::default()
    };
    let partners = form.partners.is_some();
    let (purpose, case) = (form.purpose.trim(), form.case.trim());
    let refuse = |ctx: PageCtx, msg: String| refused(&app, ctx, msg, partners, purpose, case);
    if !screening::row_has_name(&row) && row.document_number.is_empty() {
        let msg = me.ctx.t("screening-check-empty");
        return Ok(refuse(me.ctx, msg));
    }
    if partners && (purpose.chars().count() < 5 || case.is_empty()) {
        let msg = me.ctx.t("screening-purpose-missing");
        return Ok(refuse(me.ctx, msg));
    }
    results(&app, &me, &permit, &[row], partners, purpose, case).await
}
