//! Pure rules of the domain: dates, quarters, working days, pinyin keys,
//! seeded randomness. No I/O here.

pub mod date_input;
pub mod dates;
pub mod pinyin_keys;
pub mod rng;
pub mod workdays;
