//! The terminal user interface.

pub mod action;
pub mod keymap;
pub mod text;
pub mod theme;
pub mod widgets;
