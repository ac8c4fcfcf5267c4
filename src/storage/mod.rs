//! Storage: the one SQLite file. All SQL of the program lives under this
//! module, behind typed functions.
//!
//! The file travels on USB sticks, so every open sets `journal_mode=DELETE`
//! (never WAL: a copied WAL database silently loses rows),
//! `synchronous=FULL` and `foreign_keys=ON`.

pub mod audit;
pub mod backup;
mod error;
pub mod lock;
mod migrate;
mod open;

pub mod calendar;
pub mod check;
pub mod demo;
mod demo_names;
pub mod demo_scale;
pub mod docket;
pub mod exchange;
pub mod roster;
pub mod rules;
mod seed;
pub mod spotcheck;
pub mod today;
mod trace;

pub use error::{OpenError, Result, StorageError};
pub use open::{Db, OpenOutcome, ReadOnlyReason};

/// Identifies a chairdesk file in the SQLite header ("CHDK").
pub const APPLICATION_ID: i32 = 0x4348_444B;

/// The schema version this program writes; stored in `user_version`.
pub const SCHEMA_VERSION: i32 = migrate::LATEST;

/// The whole first version of the schema.
pub const SCHEMA_SQL: &str = include_str!("../../schema.sql");

/// The official holiday schedule loaded into a new database.
pub const HOLIDAYS_CSV: &str = include_str!("../../data/cn-holidays.csv");
