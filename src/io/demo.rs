//! `chairdesk demo`: a realistic demo township in a new file.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::cli::Scale;
use crate::storage::Db;
use crate::ui::errors::{describe, describe_open};
use crate::ui::text::Msg;

/// Writes the demo into a new file at `path`; an existing file is kept
/// unless `force` is given.
pub fn run(
    path: &Path,
    today: NaiveDate,
    seed: u64,
    force: bool,
    scale: Scale,
) -> Result<ExitCode, String> {
    if path.exists() {
        if !force {
            return Err(Msg::DemoExists.fill(&[&path.display()]));
        }
        std::fs::remove_file(path)
            .map_err(|e| Msg::DemoCannotReplace.fill(&[&path.display(), &e]))?;
    }
    let (mut db, _) = Db::open(path).map_err(|e| describe_open(&e))?;
    if scale == Scale::County {
        let s = db.load_county_demo(today, seed).map_err(|e| describe(&e))?;
        db.set_setting("welcomed", &today.to_string())
            .map_err(|e| describe(&e))?;
        println!(
            "{}",
            Msg::DemoCountyWritten.fill(&[
                &path.display(),
                &s.townships,
                &s.groups,
                &s.deputies,
                &s.activities,
                &s.attendance,
                &s.voter_contacts,
                &s.motions,
                &s.spot_checks,
                &seed
            ])
        );
        return Ok(ExitCode::SUCCESS);
    }
    let summary = db.load_demo(today, seed).map_err(|e| describe(&e))?;
    db.set_setting("welcomed", &today.to_string())
        .map_err(|e| describe(&e))?;
    println!(
        "{}",
        Msg::DemoWritten.fill(&[
            &path.display(),
            &summary.groups,
            &summary.deputies,
            &summary.activities,
            &summary.motions,
            &summary.spot_checks,
            &seed
        ])
    );
    Ok(ExitCode::SUCCESS)
}
