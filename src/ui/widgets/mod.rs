//! Widgets every pane reuses.
