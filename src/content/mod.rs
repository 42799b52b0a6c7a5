//! The content core: what Haven serves, loaded from files into one immutable snapshot.
//! Nothing here knows about HTTP.

pub mod audit;
pub mod catalog;
pub mod contacts;
pub mod country_names;
pub mod evidence;
pub mod hours;
pub mod ids;
pub mod l10n;
pub mod loader;
pub mod model;
pub mod problems;
pub mod selection;

pub use catalog::Catalog;
