//! Pure rules of the domain: dates, quarters, working days, pinyin keys,
//! seeded randomness. No I/O here.

pub mod calendar;
pub mod date_input;
pub mod dates;
pub mod motion;
pub mod pinyin_keys;
pub mod rng;
pub mod roster_file;
pub mod sampling;
pub mod scores;
pub mod stats;
pub mod workdays;
