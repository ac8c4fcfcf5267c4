//! Input and output beyond the TUI: demo data, checks (and later import,
//! export, reports and handover).

pub mod agenda;
pub mod check;
pub mod demo;
pub mod excel;
pub mod handover;
