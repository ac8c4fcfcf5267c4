//! Input and output beyond the TUI: demo data, checks (and later import,
//! export, reports and handover).

pub mod check;
pub mod demo;
pub mod handover;
