//! Admin page for units (desks).

use super::ctx::{FlashQuery, PageCtx, SignedIn};
use super::error::WebError;
use super::render;
use super::users::account_error_message;
use crate::app::App;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use liaison_core::UnitKind;
use liaison_core::policy::Action;
use liaison_store::units::Unit;
use serde::Deserialize;

#[derive(askama::Template)]
#[template(path = "units.html")]
struct UnitsPage {
    ctx: PageCtx,
    flash: Option<String>,
    error: Option<String>,
    units: Vec<Unit>,
    kinds: Vec<&'static str>,
}

async fn page(
    app: &App,
    me: SignedIn,
    flash: Option<String>,
    error: Option<String>,
) -> Result<Response, WebError> {
    me.permit(Action::ListUnits)?;
    let units = app.store.list_units().await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut r = render(&UnitsPage {
        ctx: me.ctx,
        flash,
        error,
        units,
        kinds: UnitKind::ALL.iter().map(|k| k.as_str()).collect(),
    });
    *r.status_mut() = status;
    Ok(r)
}

pub async fn list(
    State(app): State<App>,
    me: SignedIn,
    Query(q): Query<FlashQuery>,
) -> Result<Response, WebError> {
    let flash = q.message(&me.ctx);
    page(&app, me, flash, None).await
}

#[derive(Deserialize)]
pub struct UnitForm {
    code: String,
    name: String,
    kind: String,
}

pub async fn create(
    State(app): State<App>,
    me: SignedIn,
    Form(form): Form<UnitForm>,
) -> Result<Response, WebError> {
    let permit = me.permit(Action::ManageUnits)?;
    let kind: UnitKind = form.kind.parse().map_err(|_| WebError::bad_request())?;
    match app
        .accounts
        .create_unit(&permit, &form.code, &form.name, kind, &me.source())
        .await
    {
        Ok(_) => Ok(Redirect::to("/admin/units?flash=flash-unit-created").into_response()),
        Err(e) => match account_error_message(&me.ctx, &e) {
            Some(msg) => page(&app, me, None, Some(msg)).await,
            None => Err(e.into()),
        },
    }
}
