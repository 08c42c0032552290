//! The running Liaison node: configuration, services, and the HTTP server
//! with its web UI and REST API.
//!
//! * [`config`]: `liaison.toml`, checked at start.
//! * [`init`]: creates a node's data directory, all or nothing.
//! * [`app`]: shared state; [`accounts`]: users, logins, units, tokens;
//!   [`audit_log`]: where accountable events go.
//! * [`server`]: routes and middleware; [`web`]: pages; [`api`]: REST API.
#![forbid(unsafe_code)]

pub mod accounts;
pub mod alerts;
pub mod api;
pub mod app;
pub mod audit_log;
pub mod config;
pub mod federation;
pub mod files;
pub mod hits;
pub mod i18n;
pub mod identity;
pub mod init;
pub mod message_access;
pub mod message_upload;
pub mod metrics;
pub mod record_access;
pub mod record_edit;
pub mod records;
pub mod screening;
pub mod secrets;
pub mod server;
pub mod web;
