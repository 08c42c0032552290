//! The JSON Schema (draft 2020-12) of the common model, generated from the
//! Rust types, so it cannot drift from what the node accepts.

use liaison_core::model::NewRecord;

pub fn record_schema() -> serde_json::Value {
    let schema = schemars::SchemaGenerator::new(schemars::generate::SchemaSettings::draft2020_12())
        .into_root_schema_for::<NewRecord>();
    let mut value = serde_json::to_value(schema).unwrap_or_default();
    if let Some(obj) = value.as_object_mut() {
        obj.insert(
            "$id".into(),
            "https://liaison.invalid/schema/record.json".into(),
        );
        obj.insert(
            "description".into(),
            "A record of the Liaison common data model: one entity with its owner, handling code, data-subject category, evaluation, case, purpose and retention dates.".into(),
        );
    }
    value
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_is_2020_12_and_covers_every_kind() {
        let s = super::record_schema();
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        let text = s.to_string();
        for kind in liaison_core::model::RecordKind::ALL {
            assert!(
                text.contains(&format!("\"{}\"", kind.as_str())),
                "{kind} missing"
            );
        }
        for def in [
            "Person",
            "Document",
            "BankAccount",
            "RecordMeta",
            "PartialDate",
            "HandlingCode",
        ] {
            assert!(s["$defs"].get(def).is_some(), "{def} missing from $defs");
        }
    }
}
