//! National offence tables, one per country, replaced whole on import.

use crate::{Store, StoreError, StoreResult, on_pool};
use liaison_core::model::offence::NationalOffence;
use liaison_core::node::CountryCode;

/// country, code, label, iccs, list_offence, ecris
type OffenceRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

impl Store {
    /// Replaces a country's table in one transaction.
    pub async fn replace_national_offences(
        &self,
        country: &CountryCode,
        offences: &[NationalOffence],
    ) -> StoreResult<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query("DELETE FROM national_offences WHERE country = $1")
                .bind(country.as_str())
                .execute(&mut *tx)
                .await?;
            for o in offences {
                sqlx::query(
                    "INSERT INTO national_offences (country, code, label, iccs, list_offence, ecris) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(country.as_str())
                .bind(&o.code)
                .bind(&o.label)
                .bind(o.iccs.join(";"))
                .bind(o.list_offence.as_deref())
                .bind(o.ecris.as_deref())
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// One country's table, or every table, ordered by country and code.
    pub async fn national_offences(
        &self,
        country: Option<&CountryCode>,
    ) -> StoreResult<Vec<NationalOffence>> {
        let rows: Vec<OffenceRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT country, code, label, iccs, list_offence, ecris FROM national_offences
             WHERE ($1 IS NULL OR country = $1) ORDER BY country, code",
        )
        .bind(country.map(|c| c.as_str()))
        .fetch_all(p)
        .await?);
        rows.into_iter()
            .map(|(country, code, label, iccs, list_offence, ecris)| {
                Ok(NationalOffence {
                    country: CountryCode::parse(&country).map_err(|_| StoreError::Corrupt {
                        what: format!("country `{country}`"),
                    })?,
                    code,
                    label,
                    iccs: iccs
                        .split(';')
                        .filter(|c| !c.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    list_offence,
                    ecris,
                })
            })
            .collect()
    }
}
