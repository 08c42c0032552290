//! Accounts: users, units, logins, second factors and API tokens.
//!
//! The web pages, the REST API and the CLI all go through these functions, so
//! each rule (password strength, lockout, last admin, audit) lives once.

use crate::audit_log::{AuditError, AuditLog};
use crate::secrets::{self, TotpFactor};
use liaison_core::audit::{AuditAction, AuditActor, AuditEvent, Outcome};
use liaison_core::policy::{self, Action, Actor, ActorKind, Permit, PolicyError, UserChange};
use liaison_core::unit::{UnitCode, UnitKind};
use liaison_core::user::{Username, WeakPassword, check_new_password};
use liaison_core::{ApiTokenId, Role, UnitId, UserId};
use liaison_store::api_tokens::{ApiToken, NewApiToken};
use liaison_store::units::{NewUnit, Unit};
use liaison_store::users::{NewUser, User};
use liaison_store::{Store, StoreError};
use time::{Duration, OffsetDateTime};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error(transparent)]
    Policy(#[from] PolicyError),
    #[error(transparent)]
    InvalidUsername(#[from] liaison_core::user::InvalidUsername),
    #[error(transparent)]
    InvalidUnitCode(#[from] liaison_core::unit::InvalidUnitCode),
    #[error(transparent)]
    WeakPassword(#[from] WeakPassword),
    #[error("unknown unit `{0}`")]
    UnknownUnit(String),
    #[error("a user named `{0}` already exists")]
    UsernameTaken(String),
    #[error("a unit with code `{0}` already exists")]
    UnitCodeTaken(String),
    #[error("user not found")]
    UserNotFound,
    #[error("API token not found or already revoked")]
    TokenNotFound,
    #[error("the display name must not be empty")]
    EmptyName,
    #[error("the new password must differ from the current one")]
    SamePassword,
    #[error("the current password is wrong")]
    WrongCurrentPassword,
    #[error("this is the node's last active admin; create another admin first")]
    LastAdmin,
    #[error("wrong or expired code")]
    WrongCode,
    #[error("no second-factor enrolment is in progress")]
    NoEnrolment,
    #[error(transparent)]
    Audit(#[from] AuditError),
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for AccountError {
    fn from(e: StoreError) -> Self {
        AccountError::Store(e)
    }
}

/// Why a login did not succeed. Deliberately vague towards the person logging
/// in: a wrong username and a wrong password look the same.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    #[error("wrong username or password")]
    BadCredentials,
    #[error("too many failed attempts; this account is locked until {until}")]
    Locked { until: OffsetDateTime },
    #[error(transparent)]
    Internal(#[from] AccountError),
}

/// What a successful password check leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    SecondFactor,
    Enrol,
    Done,
}

/// Security settings that the account rules need.
#[derive(Clone, Debug)]
pub struct AccountRules {
    pub lockout_threshold: u32,
    pub lockout_minutes: u32,
}

#[derive(Clone, Debug)]
pub struct Accounts {
    store: Store,
    audit: AuditLog,
    rules: AccountRules,
    /// `Liaison de-bka`, as shown by authenticator apps.
    totp_issuer: String,
}

/// What an admin (or the CLI) gives to create a user.
pub struct NewAccount<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub unit_code: Option<&'a str>,
    pub password: &'a str,
    pub must_change_password: bool,
}

pub fn actor_for_user(user: &User) -> Actor {
    Actor {
        kind: ActorKind::User(user.id),
        role: user.role,
        unit: user.unit_id,
        name: user.username.to_string(),
    }
}

fn unix_now() -> u64 {
    OffsetDateTime::now_utc().unix_timestamp().max(0) as u64
}

impl Accounts {
    pub fn new(store: Store, audit: AuditLog, rules: AccountRules, node_name: &str) -> Self {
        Accounts {
            store,
            audit,
            rules,
            totp_issuer: format!("Liaison {node_name}"),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    async fn hash(password: &str) -> String {
        let p = password.to_owned();
        tokio::task::spawn_blocking(move || secrets::hash_password(&p))
            .await
            .unwrap_or_default()
    }

    async fn verify(password: &str, phc: &str) -> bool {
        let (p, h) = (password.to_owned(), phc.to_owned());
        tokio::task::spawn_blocking(move || secrets::verify_password(&p, &h))
            .await
            .unwrap_or(false)
    }

    fn event(permit: &Permit, action: AuditAction, source: &str) -> AuditEvent {
        AuditEvent::new(AuditActor::from(permit.actor()), action, Outcome::Success).source(source)
    }

    async fn resolve_unit(&self, code: Option<&str>) -> Result<Option<UnitId>, AccountError> {
        match code.map(str::trim).filter(|c| !c.is_empty()) {
            None => Ok(None),
            Some(code) => match self.store.unit_by_code(code).await? {
                Some(u) => Ok(Some(u.id)),
                None => Err(AccountError::UnknownUnit(code.to_owned())),
            },
        }
    }

    // ----- users -----

    pub async fn create_user(
        &self,
        permit: &Permit,
        new: NewAccount<'_>,
        source: &str,
    ) -> Result<User, AccountError> {
        debug_assert_eq!(permit.action(), Action::ManageUsers);
        let username = Username::parse(new.username.trim())?;
        let display_name = match new.display_name.trim() {
            "" => username.to_string(),
            name => name.to_owned(),
        };
        check_new_password(new.password, username.as_str())?;
        let unit_id = self.resolve_unit(new.unit_code).await?;
        let password_hash = Self::hash(new.password).await;
        let user = self
            .store
            .create_user(&NewUser {
                username: username.clone(),
                display_name,
                role: new.role,
                unit_id,
                password_hash,
                must_change_password: new.must_change_password,
            })
            .await
            .map_err(|e| match e {
                StoreError::Conflict { .. } => AccountError::UsernameTaken(username.to_string()),
                other => other.into(),
            })?;
        self.audit
            .record(
                Self::event(permit, AuditAction::UserCreated, source)
                    .target(format!("user:{}", user.id))
                    .detail(format!("username={} role={}", user.username, user.role)),
            )
            .await?;
        Ok(user)
    }

    pub async fn user(&self, id: UserId) -> Result<User, AccountError> {
        self.store.user(id).await.map_err(|e| match e {
            StoreError::NotFound => AccountError::UserNotFound,
            other => other.into(),
        })
    }

    pub async fn update_user(
        &self,
        permit: &Permit,
        id: UserId,
        display_name: &str,
        role: Role,
        unit_code: Option<&str>,
        source: &str,
    ) -> Result<User, AccountError> {
        let before = self.user(id).await?;
        policy::check_user_change(permit, id, UserChange::SetRole(role))?;
        if before.role == Role::Admin && role != Role::Admin && !before.disabled {
            self.ensure_not_last_admin().await?;
        }
        let display_name = display_name.trim();
        if display_name.is_empty() {
            return Err(AccountError::EmptyName);
        }
        let unit_id = self.resolve_unit(unit_code).await?;
        self.store
            .update_user_profile(id, display_name, role, unit_id)
            .await?;
        let mut changes = vec![];
        if before.role != role {
            changes.push(format!("role {} -> {}", before.role, role));
        }
        if before.unit_id != unit_id {
            changes.push("unit changed".to_owned());
        }
        if before.display_name != display_name {
            changes.push("display name changed".to_owned());
        }
        if before.role != role {
            // A new role must not ride on sessions opened under the old one.
            self.store.delete_user_sessions(id).await?;
        }
        self.audit
            .record(
                Self::event(permit, AuditAction::UserUpdated, source)
                    .target(format!("user:{id}"))
                    .detail(if changes.is_empty() {
                        "no change".to_owned()
                    } else {
                        changes.join("; ")
                    }),
            )
            .await?;
        self.user(id).await
    }

    async fn ensure_not_last_admin(&self) -> Result<(), AccountError> {
        if self.store.count_active_admins().await? <= 1 {
            return Err(AccountError::LastAdmin);
        }
        Ok(())
    }

    pub async fn set_disabled(
        &self,
        permit: &Permit,
        id: UserId,
        disabled: bool,
        source: &str,
    ) -> Result<(), AccountError> {
        let user = self.user(id).await?;
        if disabled {
            policy::check_user_change(permit, id, UserChange::Disable)?;
            if user.role == Role::Admin && !user.disabled {
                self.ensure_not_last_admin().await?;
            }
        }
        self.store.set_user_disabled(id, disabled).await?;
        if disabled {
            self.store.delete_user_sessions(id).await?;
        }
        let action = if disabled {
            AuditAction::UserDisabled
        } else {
            AuditAction::UserEnabled
        };
        self.audit
            .record(
                Self::event(permit, action, source)
                    .target(format!("user:{id}"))
                    .detail(format!("username={}", user.username)),
            )
            .await?;
        Ok(())
    }

    /// Gives the user a new one-time password, which they must change at
    /// their next login. Returns it, to be handed over out of band.
    pub async fn reset_password(
        &self,
        permit: &Permit,
        id: UserId,
        source: &str,
    ) -> Result<String, AccountError> {
        policy::check_user_change(permit, id, UserChange::Other)?;
        let user = self.user(id).await?;
        let password = secrets::generate_password();
        let hash = Self::hash(&password).await;
        self.store.set_password_hash(id, &hash, true).await?;
        self.store.delete_user_sessions(id).await?;
        self.audit
            .record(
                Self::event(permit, AuditAction::PasswordReset, source)
                    .target(format!("user:{id}"))
                    .detail(format!("username={}", user.username)),
            )
            .await?;
        Ok(password)
    }

    /// Removes a user's second factor (lost phone); they enrol again at next login.
    pub async fn reset_totp(
        &self,
        permit: &Permit,
        id: UserId,
        source: &str,
    ) -> Result<(), AccountError> {
        let user = self.user(id).await?;
        self.store.set_totp(id, None, false).await?;
        self.store.replace_recovery_codes(id, &[]).await?;
        self.store.delete_user_sessions(id).await?;
        self.audit
            .record(
                Self::event(permit, AuditAction::TotpReset, source)
                    .target(format!("user:{id}"))
                    .detail(format!("username={}", user.username)),
            )
            .await?;
        Ok(())
    }

    pub async fn change_own_password(
        &self,
        permit: &Permit,
        current: &str,
        new: &str,
        source: &str,
    ) -> Result<(), AccountError> {
        let id = permit.actor().user_id().ok_or(PolicyError::PeopleOnly {
            action: Action::ManageOwnAccount,
        })?;
        let user = self.user(id).await?;
        if !Self::verify(current, &user.password_hash).await {
            self.audit
                .record(
                    AuditEvent::new(
                        AuditActor::from(permit.actor()),
                        AuditAction::PasswordChanged,
                        Outcome::Failure,
                    )
                    .source(source)
                    .target(format!("user:{id}"))
                    .detail("wrong current password"),
                )
                .await?;
            return Err(AccountError::WrongCurrentPassword);
        }
        check_new_password(new, user.username.as_str())?;
        if new == current {
            return Err(AccountError::SamePassword);
        }
        let hash = Self::hash(new).await;
        self.store.set_password_hash(id, &hash, false).await?;
        self.audit
            .record(
                Self::event(permit, AuditAction::PasswordChanged, source)
                    .target(format!("user:{id}")),
            )
            .await?;
        Ok(())
    }

    pub async fn set_language(
        &self,
        permit: &Permit,
        language: Option<&str>,
        source: &str,
    ) -> Result<(), AccountError> {
        let id = permit.actor().user_id().ok_or(PolicyError::PeopleOnly {
            action: Action::ManageOwnAccount,
        })?;
        self.store.set_user_language(id, language).await?;
        self.audit
            .record(
                Self::event(permit, AuditAction::LanguageChanged, source)
                    .target(format!("user:{id}"))
                    .detail(format!("language={}", language.unwrap_or("auto"))),
            )
            .await?;
        Ok(())
    }

    // ----- login -----

    /// Checks a username and password, applying the lockout rule, and says
    /// what the login needs next. Every outcome is audited.
    pub async fn authenticate(
        &self,
        username: &str,
        password: &str,
        require_totp: bool,
        source: &str,
    ) -> Result<(User, NextStep), LoginError> {
        let now = OffsetDateTime::now_utc();
        let user = self
            .store
            .user_by_username(username.trim())
            .await
            .map_err(AccountError::from)?;
        let Some(user) = user else {
            // Same work as for a real account, so timing reveals nothing.
            let _ = Self::verify(password, secrets::dummy_password_hash()).await;
            self.login_event(
                AuditActor::anonymous(username),
                Outcome::Failure,
                source,
                "unknown username",
            )
            .await?;
            return Err(LoginError::BadCredentials);
        };
        let actor = AuditActor::from(&actor_for_user(&user));
        if let Some(until) = user.locked_until.filter(|u| *u > now) {
            self.login_event(actor, Outcome::Denied, source, "account locked")
                .await?;
            return Err(LoginError::Locked { until });
        }
        if !Self::verify(password, &user.password_hash).await {
            let rules = self.rules.clone();
            let lock_until = move |failures: i64| {
                let over = failures - i64::from(rules.lockout_threshold);
                (over >= 0).then(|| {
                    // Doubling with each further failure, capped at a day.
                    let minutes = (i64::from(rules.lockout_minutes) << over.min(10)).min(24 * 60);
                    now + Duration::minutes(minutes)
                })
            };
            let failures = self
                .store
                .record_failed_login(user.id, lock_until)
                .await
                .map_err(AccountError::from)?;
            self.login_event(actor.clone(), Outcome::Failure, source, "wrong password")
                .await?;
            if failures >= i64::from(self.rules.lockout_threshold) {
                self.audit
                    .record(
                        AuditEvent::new(actor, AuditAction::AccountLocked, Outcome::Success)
                            .source(source)
                            .target(format!("user:{}", user.id))
                            .detail(format!("{failures} failed logins in a row")),
                    )
                    .await
                    .map_err(AccountError::from)?;
            }
            return Err(LoginError::BadCredentials);
        }
        if user.disabled {
            self.login_event(actor, Outcome::Denied, source, "account disabled")
                .await?;
            return Err(LoginError::BadCredentials);
        }
        let next = if user.totp_enabled {
            NextStep::SecondFactor
        } else if require_totp {
            NextStep::Enrol
        } else {
            NextStep::Done
        };
        if next == NextStep::Done {
            self.store
                .record_successful_login(user.id)
                .await
                .map_err(AccountError::from)?;
        }
        let detail = match next {
            NextStep::SecondFactor => "password accepted; second factor due",
            NextStep::Enrol => "password accepted; second-factor enrolment due",
            NextStep::Done => "logged in (no second factor required)",
        };
        self.login_event(actor, Outcome::Success, source, detail)
            .await?;
        Ok((user, next))
    }

    async fn login_event(
        &self,
        actor: AuditActor,
        outcome: Outcome,
        source: &str,
        detail: &str,
    ) -> Result<(), AccountError> {
        self.audit
            .record(
                AuditEvent::new(actor, AuditAction::Login, outcome)
                    .source(source)
                    .detail(detail),
            )
            .await?;
        Ok(())
    }

    fn totp_for(&self, user: &User) -> Option<TotpFactor> {
        let secret = user.totp_secret.as_deref()?;
        TotpFactor::new(secret, &self.totp_issuer, user.username.as_str())
    }

    /// Checks a TOTP code, or a recovery code, for a user whose password was
    /// accepted. Failures count towards the lockout like wrong passwords.
    pub async fn verify_second_factor(
        &self,
        user_id: UserId,
        code: &str,
        source: &str,
    ) -> Result<(), LoginError> {
        let user = self.user(user_id).await?;
        let actor = AuditActor::from(&actor_for_user(&user));
        if let Some(until) = user.locked_until.filter(|u| *u > OffsetDateTime::now_utc()) {
            return Err(LoginError::Locked { until });
        }
        let by_totp = match (user.totp_enabled, self.totp_for(&user)) {
            (true, Some(f)) => match f.matching_step(code, unix_now()) {
                Some(step) => self
                    .store
                    .advance_totp_step(user.id, step as i64)
                    .await
                    .map_err(AccountError::from)?,
                None => false,
            },
            _ => false,
        };
        let by_recovery = !by_totp && {
            let normalised = secrets::normalise_recovery_code(code);
            normalised.len() == 15
                && self
                    .store
                    .consume_recovery_code(user.id, &secrets::sha256_hex(&normalised))
                    .await
                    .map_err(AccountError::from)?
        };
        let outcome = if by_totp || by_recovery {
            Outcome::Success
        } else {
            Outcome::Failure
        };
        self.audit
            .record(
                AuditEvent::new(actor.clone(), AuditAction::LoginSecondFactor, outcome)
                    .source(source)
                    .detail(if by_recovery {
                        "recovery code"
                    } else {
                        "authenticator code"
                    }),
            )
            .await
            .map_err(AccountError::from)?;
        if by_recovery {
            self.audit
                .record(
                    AuditEvent::new(actor, AuditAction::RecoveryCodeUsed, Outcome::Success)
                        .source(source)
                        .target(format!("user:{}", user.id)),
                )
                .await
                .map_err(AccountError::from)?;
        }
        if outcome == Outcome::Success {
            self.store
                .record_successful_login(user.id)
                .await
                .map_err(AccountError::from)?;
            Ok(())
        } else {
            let rules = self.rules.clone();
            let now = OffsetDateTime::now_utc();
            self.store
                .record_failed_login(user.id, move |n| {
                    (n >= i64::from(rules.lockout_threshold))
                        .then(|| now + Duration::minutes(i64::from(rules.lockout_minutes)))
                })
                .await
                .map_err(AccountError::from)?;
            Err(LoginError::BadCredentials)
        }
    }

    /// Starts (or restarts) TOTP enrolment: stores a new, not yet active secret.
    pub async fn begin_totp_enrolment(&self, user_id: UserId) -> Result<(), AccountError> {
        let user = self.user(user_id).await?;
        if user.totp_enabled {
            return Ok(());
        }
        let secret = TotpFactor::generate_secret();
        self.store.set_totp(user_id, Some(&secret), false).await?;
        Ok(())
    }

    /// The pending (or active) factor, to draw the QR code and show the secret.
    pub async fn totp_factor(
        &self,
        user_id: UserId,
    ) -> Result<Option<(TotpFactor, String)>, AccountError> {
        let user = self.user(user_id).await?;
        Ok(self.totp_for(&user).zip(user.totp_secret.clone()))
    }

    /// Completes enrolment when `code` is right: activates the factor and
    /// returns fresh recovery codes, to be shown once.
    pub async fn confirm_totp_enrolment(
        &self,
        user_id: UserId,
        code: &str,
        source: &str,
    ) -> Result<Vec<String>, AccountError> {
        let user = self.user(user_id).await?;
        let factor = self.totp_for(&user).ok_or(AccountError::NoEnrolment)?;
        let step = factor
            .matching_step(code, unix_now())
            .ok_or(AccountError::WrongCode)?;
        if !self.store.advance_totp_step(user_id, step as i64).await? {
            return Err(AccountError::WrongCode);
        }
        self.store
            .set_totp(user_id, user.totp_secret.as_deref(), true)
            .await?;
        let codes = self.regenerate_recovery_codes_inner(user_id).await?;
        self.store.record_successful_login(user_id).await?;
        self.audit
            .record(
                AuditEvent::new(
                    AuditActor::from(&actor_for_user(&user)),
                    AuditAction::TotpEnrolled,
                    Outcome::Success,
                )
                .source(source)
                .target(format!("user:{user_id}")),
            )
            .await?;
        Ok(codes)
    }

    async fn regenerate_recovery_codes_inner(
        &self,
        user_id: UserId,
    ) -> Result<Vec<String>, AccountError> {
        let codes = secrets::generate_recovery_codes();
        let hashes: Vec<String> = codes
            .iter()
            .map(|c| secrets::sha256_hex(&secrets::normalise_recovery_code(c)))
            .collect();
        self.store.replace_recovery_codes(user_id, &hashes).await?;
        Ok(codes)
    }

    pub async fn regenerate_recovery_codes(
        &self,
        permit: &Permit,
        source: &str,
    ) -> Result<Vec<String>, AccountError> {
        let id = permit.actor().user_id().ok_or(PolicyError::PeopleOnly {
            action: Action::ManageOwnAccount,
        })?;
        let codes = self.regenerate_recovery_codes_inner(id).await?;
        self.audit
            .record(
                Self::event(permit, AuditAction::TotpEnrolled, source)
                    .target(format!("user:{id}"))
                    .detail("recovery codes regenerated"),
            )
            .await?;
        Ok(codes)
    }

    // ----- units -----

    pub async fn create_unit(
        &self,
        permit: &Permit,
        code: &str,
        name: &str,
        kind: UnitKind,
        source: &str,
    ) -> Result<Unit, AccountError> {
        let code = UnitCode::parse(code.trim())?;
        let name = name.trim();
        if name.is_empty() {
            return Err(AccountError::EmptyName);
        }
        let unit = self
            .store
            .create_unit(&NewUnit {
                code: code.clone(),
                name: name.to_owned(),
                kind,
            })
            .await
            .map_err(|e| match e {
                StoreError::Conflict { .. } => AccountError::UnitCodeTaken(code.to_string()),
                other => other.into(),
            })?;
        self.audit
            .record(
                Self::event(permit, AuditAction::UnitCreated, source)
                    .target(format!("unit:{}", unit.id))
                    .detail(format!("code={} kind={}", unit.code, unit.kind)),
            )
            .await?;
        Ok(unit)
    }

    // ----- API tokens -----

    /// Creates a token; returns it with its secret, which is shown once and
    /// stored only as a hash.
    pub async fn create_api_token(
        &self,
        permit: &Permit,
        label: &str,
        role: Role,
        unit_code: Option<&str>,
        source: &str,
    ) -> Result<(ApiToken, String), AccountError> {
        let label = label.trim();
        if label.is_empty() {
            return Err(AccountError::EmptyName);
        }
        let unit_id = self.resolve_unit(unit_code).await?;
        let secret = secrets::generate_api_token();
        let token = self
            .store
            .create_api_token(&NewApiToken {
                label: label.to_owned(),
                token_hash: secrets::sha256_hex(&secret),
                role,
                unit_id,
                created_by: permit.actor().name.clone(),
            })
            .await?;
        self.audit
            .record(
                Self::event(permit, AuditAction::ApiTokenCreated, source)
                    .target(format!("api_token:{}", token.id))
                    .detail(format!("label={} role={}", token.label, token.role)),
            )
            .await?;
        Ok((token, secret))
    }

    pub async fn revoke_api_token(
        &self,
        permit: &Permit,
        id: ApiTokenId,
        source: &str,
    ) -> Result<(), AccountError> {
        self.store.revoke_api_token(id).await.map_err(|e| match e {
            StoreError::NotFound => AccountError::TokenNotFound,
            other => other.into(),
        })?;
        self.audit
            .record(
                Self::event(permit, AuditAction::ApiTokenRevoked, source)
                    .target(format!("api_token:{id}")),
            )
            .await?;
        Ok(())
    }

    /// The actor behind a bearer token, if the token is live.
    pub async fn actor_for_api_token(&self, secret: &str) -> Result<Option<Actor>, AccountError> {
        if !secret.starts_with(secrets::API_TOKEN_PREFIX) {
            return Ok(None);
        }
        let Some(token) = self
            .store
            .live_api_token_by_hash(&secrets::sha256_hex(secret))
            .await?
        else {
            return Ok(None);
        };
        self.store.touch_api_token(token.id).await?;
        Ok(Some(Actor {
            kind: ActorKind::ApiToken(token.id),
            role: token.role,
            unit: token.unit_id,
            name: format!("token:{}", token.label),
        }))
    }
}
