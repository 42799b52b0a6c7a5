//! Response bodies exactly as clients receive them. Only these types derive `Serialize`
//! and `ToSchema`; the domain types in `content` stay free of wire concerns.

pub mod articles;
pub mod bundle;
pub mod common;
pub mod directory;
pub mod library;
pub mod meta;
