//! Typed identifiers, so that a user id is never passed where a unit id belongs.

/// Declares a UUID-backed id type (used here and in [`crate::model`]).
macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(::uuid::Uuid);

        impl $name {
            /// A new, time-ordered (UUIDv7) identifier.
            pub fn generate() -> Self {
                Self(::uuid::Uuid::now_v7())
            }
            pub const fn from_uuid(id: ::uuid::Uuid) -> Self {
                Self(id)
            }
            pub const fn as_uuid(&self) -> &::uuid::Uuid {
                &self.0
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                ::uuid::Uuid::parse_str(s).map(Self)
            }
        }
    };
}

typed_id!(
    /// A user account on this node.
    UserId
);
typed_id!(
    /// A unit (desk) of the agency running this node.
    UnitId
);
typed_id!(
    /// An API token issued to a national system.
    ApiTokenId
);

pub(crate) use typed_id;
