//! Languages of the user interface: Fluent message files (`locales/*.ftl`),
//! compiled into the binary. A test checks that every language has every key.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The languages Liaison speaks, in the order the UI lists them.
pub const LANGUAGES: [(&str, &str, &str); 5] = [
    ("en", "English", include_str!("../locales/en.ftl")),
    ("fr", "Français", include_str!("../locales/fr.ftl")),
    ("es", "Español", include_str!("../locales/es.ftl")),
    ("de", "Deutsch", include_str!("../locales/de.ftl")),
    ("ar", "العربية", include_str!("../locales/ar.ftl")),
];

pub const DEFAULT_LANGUAGE: &str = "en";

struct Locales {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

fn locales() -> &'static Locales {
    static LOCALES: OnceLock<Locales> = OnceLock::new();
    LOCALES.get_or_init(|| {
        let bundles = LANGUAGES
            .iter()
            .map(|(code, _, source)| {
                let langid: LanguageIdentifier = code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Isolation marks only where directions mix.
                bundle.set_use_isolating(is_rtl(code));
                // The files are ours and tested; a syntax error is caught by
                // `every_language_parses`, so errors here are ignored.
                let resource = match FluentResource::try_new((*source).to_owned()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                let _ = bundle.add_resource(resource);
                (*code, bundle)
            })
            .collect();
        Locales { bundles }
    })
}

pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "he" | "fa" | "ur")
}

/// Returns the supported language code equal to `code`, if any.
pub fn supported(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().map(|(c, _, _)| *c).find(|c| *c == code)
}

/// Picks the best supported language for an `Accept-Language` header.
pub fn negotiate(accept_language: &str) -> &'static str {
    use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
    let requested = accepted_languages::parse(accept_language);
    let available: Vec<LanguageIdentifier> = LANGUAGES
        .iter()
        .filter_map(|(c, _, _)| c.parse().ok())
        .collect();
    let default: LanguageIdentifier = DEFAULT_LANGUAGE.parse().unwrap_or_default();
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    chosen
        .first()
        .and_then(|l| supported(l.language.as_str()))
        .unwrap_or(DEFAULT_LANGUAGE)
}

/// A translator for one language. Cheap to clone.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    lang: &'static str,
}

impl Tr {
    pub fn new(lang: &str) -> Tr {
        Tr {
            lang: supported(lang).unwrap_or(DEFAULT_LANGUAGE),
        }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn dir(&self) -> &'static str {
        if is_rtl(self.lang) { "rtl" } else { "ltr" }
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let all = locales();
        for lang in [self.lang, DEFAULT_LANGUAGE] {
            let Some((_, bundle)) = all.bundles.iter().find(|(c, _)| *c == lang) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        // Visible, so a missing key is noticed; the key-completeness test
        // keeps this from reaching users.
        format!("⟦{key}⟧")
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value.to_owned()));
        self.format(key, Some(&args))
    }

    /// The message `key` with two text arguments.
    pub fn t2(&self, key: &str, a: (&str, &str), b: (&str, &str)) -> String {
        let mut args = FluentArgs::new();
        args.set(a.0.to_owned(), FluentValue::from(a.1.to_owned()));
        args.set(b.0.to_owned(), FluentValue::from(b.1.to_owned()));
        self.format(key, Some(&args))
    }

    /// The message `key` with a number, for plurals.
    pub fn tn(&self, key: &str, name: &str, value: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), FluentValue::from(value));
        self.format(key, Some(&args))
    }
}

/// Message ids defined in one Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_language_parses() {
        for (code, _, source) in LANGUAGES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
                panic!("locales/{code}.ftl has syntax errors: {errors:?}");
            }
        }
    }

    /// Every key of every language exists in every other language.
    #[test]
    fn no_language_misses_a_key() {
        let en: BTreeSet<String> = message_ids(LANGUAGES[0].2).into_iter().collect();
        assert!(en.len() > 50, "the English file looks truncated");
        for (code, _, source) in &LANGUAGES[1..] {
            let other: BTreeSet<String> = message_ids(source).into_iter().collect();
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty(),
                "locales/{code}.ftl misses keys: {missing:?}"
            );
            assert!(
                extra.is_empty(),
                "locales/{code}.ftl has keys English lacks: {extra:?}"
            );
        }
    }

    /// Every key the templates and code use exists in English.
    #[test]
    fn every_used_key_is_defined() {
        let en: BTreeSet<String> = message_ids(LANGUAGES[0].2).into_iter().collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = BTreeSet::new();
        let re_like = |text: &str, used: &mut BTreeSet<String>| {
            for opener in [".t(\"", ".t1(\"", ".tn(\""] {
                for part in text.split(opener).skip(1) {
                    if let Some(end) = part.find('"') {
                        used.insert(part[..end].to_owned());
                    }
                }
            }
        };
        for dir in ["templates", "src/web", "src/api"] {
            for entry in walk(&root.join(dir)) {
                let text = std::fs::read_to_string(&entry).unwrap();
                re_like(&text, &mut used);
            }
        }
        assert!(used.len() > 30, "found too few keys: the scan is broken");
        let undefined: Vec<_> = used.iter().filter(|k| !en.contains(*k)).collect();
        assert!(
            undefined.is_empty(),
            "keys used but not in locales/en.ftl: {undefined:?}"
        );
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = vec![];
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    out.extend(walk(&p));
                } else {
                    out.push(p);
                }
            }
        }
        out
    }

    /// Keys built at run time from enums (`role-…`, `unit-kind-…`,
    /// `outcome-…`) exist for every variant.
    #[test]
    fn every_enum_label_is_defined() {
        let en: BTreeSet<String> = message_ids(LANGUAGES[0].2).into_iter().collect();
        let mut keys: Vec<String> = liaison_core::Role::ALL
            .iter()
            .map(|r| format!("role-{}", r.as_str().replace('_', "-")))
            .collect();
        keys.extend(
            liaison_core::UnitKind::ALL
                .iter()
                .map(|k| format!("unit-kind-{}", k.as_str().replace('_', "-"))),
        );
        keys.extend(["success", "failure", "denied"].map(|o| format!("outcome-{o}")));
        let missing: Vec<_> = keys.iter().filter(|k| !en.contains(*k)).collect();
        assert!(
            missing.is_empty(),
            "labels missing from locales/en.ftl: {missing:?}"
        );
    }

    #[test]
    fn negotiation_and_direction() {
        assert_eq!(negotiate("fr-CH, fr;q=0.9, en;q=0.8"), "fr");
        assert_eq!(negotiate("ar-MA"), "ar");
        assert_eq!(negotiate("ja, zh"), "en");
        assert_eq!(negotiate(""), "en");
        assert_eq!(Tr::new("ar").dir(), "rtl");
        assert_eq!(Tr::new("de").dir(), "ltr");
        assert_eq!(Tr::new("xx").lang(), "en");
    }

    #[test]
    fn arguments_are_filled_in() {
        let tr = Tr::new("en");
        assert!(tr.t1("dashboard-welcome", "name", "Anna").contains("Anna"));
        assert!(!tr.t("login-title").starts_with('⟦'));
    }
}
