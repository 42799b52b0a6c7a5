//! Haven: trustworthy, localized mental-health content and crisis lines as a REST API.
//!
//! `content` loads and checks the files into one immutable [`content::Catalog`];
//! `api` serves it over HTTP; `startup` wires the two; `cli` is the command line.

pub mod api;
pub mod check;
pub mod cli;
pub mod content;
pub mod logging;
pub mod memory;
pub mod probe;
pub mod settings;
pub mod startup;
pub mod verify;
