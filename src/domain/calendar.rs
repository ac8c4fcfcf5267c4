//! (issue work in progress)
