//! Prometheus metrics, served at `/metrics` in the text exposition format.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HttpLabels {
    pub method: String,
    /// The route pattern (`/admin/users/{id}`), never the concrete path, so
    /// that ids and personal data stay out of metrics.
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    pub outcome: String,
}

pub struct Metrics {
    registry: Registry,
    pub http_requests: Family<HttpLabels, Counter>,
    pub http_duration: Family<HttpLabels, Histogram>,
    pub logins: Family<OutcomeLabels, Counter>,
    pub rate_limited: Counter,
    pub up_since: Gauge,
    /// Envelopes received from peers: `stored`, `duplicate` (a retry or a
    /// replay, not stored again) or `rejected`.
    pub envelopes_received: Family<OutcomeLabels, Counter>,
    /// Outbound deliveries confirmed by a signed receipt, or rejected.
    pub deliveries: Family<OutcomeLabels, Counter>,
    /// Hits reported to their alert's owner whose reply is overdue (12 h).
    pub hits_reply_overdue: Gauge,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("liaison");
        let http_requests = Family::<HttpLabels, Counter>::default();
        let http_duration = Family::<HttpLabels, Histogram>::new_with_constructor(
            (|| Histogram::new(exponential_buckets(0.0005, 2.0, 16))) as fn() -> Histogram,
        );
        let logins = Family::<OutcomeLabels, Counter>::default();
        let rate_limited = Counter::default();
        let up_since = Gauge::default();
        registry.register(
            "http_requests",
            "HTTP requests served",
            http_requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request",
            http_duration.clone(),
        );
        registry.register("logins", "Login attempts by outcome", logins.clone());
        registry.register(
            "login_rate_limited",
            "Login attempts refused by the per-address rate limit",
            rate_limited.clone(),
        );
        registry.register(
            "start_time_seconds",
            "Unix time at which this process started serving",
            up_since.clone(),
        );
        let envelopes_received = Family::<OutcomeLabels, Counter>::default();
        let deliveries = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "federation_envelopes_received",
            "Envelopes received from partner nodes, by outcome (stored, duplicate, rejected)",
            envelopes_received.clone(),
        );
        registry.register(
            "federation_deliveries",
            "Outbound deliveries by outcome (delivered with a signed receipt, rejected)",
            deliveries.clone(),
        );
        let hits_reply_overdue = Gauge::default();
        registry.register(
            "hits_reply_overdue",
            "Hits reported to the alert's owner without a reply within 12 hours",
            hits_reply_overdue.clone(),
        );
        up_since.set(time::OffsetDateTime::now_utc().unix_timestamp());
        Metrics {
            registry,
            http_requests,
            http_duration,
            logins,
            rate_limited,
            up_since,
            envelopes_received,
            deliveries,
            hits_reply_overdue,
        }
    }

    pub fn login(&self, outcome: &str) {
        self.logins
            .get_or_create(&OutcomeLabels {
                outcome: outcome.to_owned(),
            })
            .inc();
    }

    pub fn count(family: &Family<OutcomeLabels, Counter>, outcome: &str, n: u64) {
        family
            .get_or_create(&OutcomeLabels {
                outcome: outcome.to_owned(),
            })
            .inc_by(n);
    }

    pub fn counted(family: &Family<OutcomeLabels, Counter>, outcome: &str) -> u64 {
        family
            .get_or_create(&OutcomeLabels {
                outcome: outcome.to_owned(),
            })
            .get()
    }

    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}
