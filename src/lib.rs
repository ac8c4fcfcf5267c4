//! chairdesk: a terminal desk for the chair of a township people's congress
//! (乡镇人大主席). One portable SQLite file holds the whole record.
//!
//! Layers: `domain` (pure rules), `storage` (all SQL), `ui` (terminal),
//! `io` (demo data, checks, import/export), `cli` (commands).

pub mod cli;
pub mod config;
pub mod domain;
pub mod io;
pub mod storage;
pub mod ui;
