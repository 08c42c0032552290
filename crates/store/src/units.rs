//! Units (desks) of the agency.

use crate::{Store, StoreResult, from_millis, on_pool, parse_col, to_millis};
use liaison_core::{UnitCode, UnitId, UnitKind};
use time::OffsetDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub id: UnitId,
    pub code: UnitCode,
    pub name: String,
    pub kind: UnitKind,
    pub created_at: OffsetDateTime,
}

#[derive(Clone, Debug)]
pub struct NewUnit {
    pub code: UnitCode,
    pub name: String,
    pub kind: UnitKind,
}

#[derive(sqlx::FromRow)]
struct UnitRow {
    id: String,
    code: String,
    name: String,
    kind: String,
    created_at: i64,
}

impl TryFrom<UnitRow> for Unit {
    type Error = crate::StoreError;
    fn try_from(r: UnitRow) -> StoreResult<Unit> {
        Ok(Unit {
            id: parse_col("unit id", &r.id)?,
            code: UnitCode::parse(&r.code).map_err(|_| crate::StoreError::Corrupt {
                what: format!("unit code `{}`", r.code),
            })?,
            name: r.name,
            kind: parse_col("unit kind", &r.kind)?,
            created_at: from_millis(r.created_at)?,
        })
    }
}

const UNIT_COLUMNS: &str = "id, code, name, kind, created_at";

impl Store {
    pub async fn create_unit(&self, new: &NewUnit) -> StoreResult<Unit> {
        let unit = Unit {
            id: UnitId::generate(),
            code: new.code.clone(),
            name: new.name.clone(),
            kind: new.kind,
            created_at: OffsetDateTime::now_utc(),
        };
        on_pool!(self, p => sqlx::query(
            "INSERT INTO units (id, code, name, kind, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(unit.id.to_string())
        .bind(unit.code.as_str())
        .bind(&unit.name)
        .bind(unit.kind.as_str())
        .bind(to_millis(unit.created_at))
        .execute(p)
        .await?.rows_affected());
        // Read back, so the caller sees times at the stored precision.
        self.unit(unit.id).await
    }

    pub async fn list_units(&self) -> StoreResult<Vec<Unit>> {
        let sql = format!("SELECT {UNIT_COLUMNS} FROM units ORDER BY code");
        let rows: Vec<UnitRow> = on_pool!(self, p => sqlx::query_as(&sql).fetch_all(p).await?);
        rows.into_iter().map(Unit::try_from).collect()
    }

    pub async fn unit_by_code(&self, code: &str) -> StoreResult<Option<Unit>> {
        let sql = format!("SELECT {UNIT_COLUMNS} FROM units WHERE code = $1");
        let row: Option<UnitRow> =
            on_pool!(self, p => sqlx::query_as(&sql).bind(code).fetch_optional(p).await?);
        row.map(Unit::try_from).transpose()
    }

    pub async fn unit(&self, id: UnitId) -> StoreResult<Unit> {
        let sql = format!("SELECT {UNIT_COLUMNS} FROM units WHERE id = $1");
        let row: UnitRow =
            on_pool!(self, p => sqlx::query_as(&sql).bind(id.to_string()).fetch_one(p).await?);
        row.try_into()
    }
}
