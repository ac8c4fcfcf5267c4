//! Spot-check storage on temporary files: draws that can be drawn again,
//! the exclusion window over recorded checks, one transaction per step,
//! refusals that write nothing, statistics and the duty-record function.

use chairdesk::domain::sampling::{
    ALGORITHM, CheckResult, CheckStatus, DrawError, DrawParams, Outcome, Refusal, SampleSize,
    TargetKind,
};
use chairdesk::storage::Db;
use chairdesk::storage::spotcheck::{CheckWork, RoundCheck, SpotError, SpotFilter, StatusFilter};
use chrono::NaiveDate;
use rusqlite::Connection;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    day("2026-11-22")
}

fn demo(dir: &tempfile::TempDir) -> (Db, std::path::PathBuf) {
    let path = dir.path().join("spot.db");
    let (mut db, _) = Db::open(&path).unwrap();
    db.load_demo(today(), 1).unwrap();
    (db, path)
}

fn params(size: SampleSize) -> DrawParams {
    DrawParams {
        algorithm: ALGORITHM,
        target: TargetKind::Deputy,
        as_of: today(),
        size,
        groups: Vec::new(),
        stratify: true,
        exclude_months: 6,
        weight_low_contact: true,
        contact_target: 30,
        spread_days: 30,
    }
}

fn count(path: &std::path::Path, sql: &str) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn work() -> CheckWork {
    CheckWork {
        method: "电话".into(),
        checker: "王主席".into(),
    }
}

#[test]
fn a_confirmed_round_is_kept_and_draws_the_same_names_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path) = demo(&dir);
    let p = params(SampleSize::Count(5));
    let shown = db.spot_preview(&p, 20261122).unwrap();
    assert_eq!(shown.targets.len(), 5);
    let again = db.spot_preview(&p, 20261122).unwrap();
    assert_eq!(shown, again, "a preview writes nothing and repeats");
    let other = db.spot_preview(&p, 7).unwrap();
    assert_ne!(
        shown.targets.iter().map(|t| &t.name).collect::<Vec<_>>(),
        other.targets.iter().map(|t| &t.name).collect::<Vec<_>>()
    );
    let rounds_before = count(&path, "SELECT count(*) FROM spot_round");

    let saved = db
        .spot_confirm_round(&p, 20261122, "上门", "王主席", "年末抽查")
        .unwrap();
    assert_eq!(saved.checks, 5);
    drop(db);

    let (db, _) = Db::open(&path).unwrap();
    assert_eq!(
        count(&path, "SELECT count(*) FROM spot_round"),
        rounds_before + 1
    );
    let round = db.spot_round(saved.round_id).unwrap().unwrap();
    assert_eq!(round.seed, 20261122);
    assert_eq!(round.params.as_ref(), Some(&p));
    let first = db.spot_check(saved.first_check).unwrap().unwrap();
    assert_eq!(first.target, shown.targets[0].name);
    assert_eq!(first.status, CheckStatus::Pending);
    assert_eq!(first.planned_on, shown.targets[0].planned_on);
    let names: Vec<String> = shown.targets.iter().map(|t| t.name.clone()).collect();
    assert_eq!(
        db.spot_verify_round(&round).unwrap(),
        RoundCheck::Same { names }
    );

    // The new checks now exclude these deputies from the next draw.
    let next = db.spot_preview(&p, 20261122).unwrap();
    for t in &next.targets {
        assert!(shown.targets.iter().all(|s| s.id != t.id), "{}", t.name);
    }
    // The demo's rounds cannot be drawn again: their parameters are foreign.
    let demo_round = db.spot_round(1).unwrap().unwrap();
    assert_eq!(
        db.spot_verify_round(&demo_round).unwrap(),
        RoundCheck::NotReproducible
    );
}

#[test]
fn too_large_a_sample_says_how_many_are_eligible_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path) = demo(&dir);
    let p = params(SampleSize::Count(10_000));
    let before = count(&path, "SELECT count(*) FROM spot_check");
    match db.spot_confirm_round(&p, 1, "电话", "", "") {
        Err(SpotError::Draw(DrawError::TooLarge {
            wanted: 10_000,
            eligible,
            excluded,
        })) => {
            assert!(eligible > 0);
            assert!(excluded.recently_checked >= 3, "{excluded:?}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&path, "SELECT count(*) FROM spot_check"), before);
}

#[test]
fn recently_checked_deputies_are_never_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let (db, path) = demo(&dir);
    let recent: Vec<i64> = {
        let conn = Connection::open(&path).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT DISTINCT deputy_id FROM spot_check WHERE status <> '撤销'
                  AND COALESCE(done_on, planned_on) >= '2026-05-22' AND deputy_id IS NOT NULL",
            )
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    assert!(!recent.is_empty());
    let p = params(SampleSize::Percent(50));
    for seed in 0..20 {
        let d = db.spot_preview(&p, seed).unwrap();
        assert!(d.targets.iter().all(|t| !recent.contains(&t.id)));
    }
}

#[test]
fn a_check_goes_from_pending_to_corrected_and_refusals_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path) = demo(&dir);
    let saved = db
        .spot_confirm_round(&params(SampleSize::Count(2)), 5, "电话", "王主席", "")
        .unwrap();
    let (pass, fix) = (saved.first_check, saved.first_check + 1);

    db.spot_record_result(
        pass,
        &CheckResult {
            done_on: day("2026-11-20"),
            outcome: Outcome::Passed,
            finding: "走访台账齐全".into(),
            correction_due: None,
        },
        &work(),
        today(),
    )
    .unwrap();

    let mut bad = CheckResult {
        done_on: day("2026-11-20"),
        outcome: Outcome::NeedsCorrection,
        finding: "半年未走访选民".into(),
        correction_due: Some(day("2026-11-10")),
    };
    assert!(matches!(
        db.spot_record_result(fix, &bad, &work(), today()),
        Err(SpotError::Refused(Refusal::DueBeforeCheck(_)))
    ));
    assert_eq!(
        db.spot_check(fix).unwrap().unwrap().status,
        CheckStatus::Pending
    );
    bad.correction_due = Some(day("2026-12-20"));
    db.spot_record_result(fix, &bad, &work(), today()).unwrap();

    // Closing without a note is refused, before and inside the database.
    assert!(matches!(
        db.spot_close_correction(fix, today(), "  ", today()),
        Err(SpotError::Refused(Refusal::NoteMissing))
    ));
    let raw = Connection::open(&path).unwrap();
    assert!(
        raw.execute(
            "UPDATE spot_check SET status = '已整改', closed_on = '2026-11-22' WHERE id = ?1",
            [fix],
        )
        .is_err()
    );
    db.spot_add_followup(fix, day("2026-11-21"), "已电话督促", today())
        .unwrap();
    db.spot_close_correction(fix, today(), "复查：已走访选民15人次", today())
        .unwrap();
    let closed = db.spot_check(fix).unwrap().unwrap();
    assert_eq!(closed.status, CheckStatus::Corrected);
    assert_eq!(closed.closed_on, Some(today()));
    // Closed stays closed, also against raw SQL.
    assert!(
        raw.execute(
            "UPDATE spot_check SET status = '已查-需整改' WHERE id = ?1",
            [fix]
        )
        .is_err()
    );
    assert!(matches!(
        db.spot_withdraw(fix, "误抽"),
        Err(SpotError::Refused(Refusal::NotAllowed(
            CheckStatus::Corrected
        )))
    ));
    assert_eq!(
        count(
            &path,
            &format!("SELECT count(*) FROM spot_followup WHERE check_id = {fix}")
        ),
        2
    );

    // The correction shows on the deputy's duty record.
    let deputy = closed.deputy_id.unwrap();
    let record = db.deputy_spot_checks(deputy, 2026).unwrap();
    assert!(record.iter().any(|c| c.id == fix && c.needed_correction()));
    let page = db
        .spot_page(
            &SpotFilter {
                year: 2026,
                status: StatusFilter::Is(CheckStatus::Corrected),
                group: None,
            },
            today(),
        )
        .unwrap();
    assert!(page.checks.iter().any(|c| c.id == fix));
    assert!(
        page.checks
            .iter()
            .all(|c| c.status == CheckStatus::Corrected)
    );
    assert!(page.followups.iter().any(|f| f.check_id == fix));
}

#[test]
fn year_statistics_add_up() {
    let dir = tempfile::tempdir().unwrap();
    let (db, path) = demo(&dir);
    let s = db.spot_year_stats(2026, today()).unwrap();
    let total: i64 = s.by_status.iter().map(|(_, n)| n).sum();
    assert_eq!(
        total,
        count(
            &path,
            "SELECT count(*) FROM spot_check WHERE planned_on LIKE '2026-%'"
        )
    );
    assert!(s.in_office > 0 && s.checked > 0 && s.checked <= s.in_office);
    assert!(
        s.overdue_corrections >= 1,
        "the demo has an overdue correction"
    );
    assert!(s.overdue_corrections <= s.open_corrections);
    assert_eq!(
        s.groups.iter().map(|g| g.in_office).sum::<i64>(),
        count(
            &path,
            "SELECT count(*) FROM deputy d JOIN membership m ON m.deputy_id = d.id
              AND m.left_on IS NULL WHERE d.status = '在任'"
        )
    );
    let overdue = db
        .spot_page(
            &SpotFilter {
                year: 2026,
                status: StatusFilter::Overdue,
                group: None,
            },
            today(),
        )
        .unwrap();
    assert_eq!(overdue.checks.len() as i64, s.overdue_corrections);
}

#[test]
fn a_look_back_draws_closed_items_replied_as_solved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path) = demo(&dir);
    let mut p = params(SampleSize::Count(1));
    p.target = TargetKind::LookBack;
    p.exclude_months = 0;
    let shown = db.spot_preview(&p, 3).unwrap();
    assert_eq!(shown.targets.len(), 1);
    let saved = db.spot_confirm_round(&p, 3, "上门", "", "").unwrap();
    let check = db.spot_check(saved.first_check).unwrap().unwrap();
    let motion = check.motion_id.unwrap();
    let solved = count(
        &path,
        &format!(
            "SELECT c.solved FROM motion_reply r JOIN reply_class c
               ON c.scheme = r.scheme AND c.code = r.class
              WHERE r.motion_id = {motion} ORDER BY r.replied_on DESC, r.id DESC LIMIT 1"
        ),
    );
    assert_eq!(solved, 1);
    let round = db.spot_round(saved.round_id).unwrap().unwrap();
    assert!(matches!(
        db.spot_verify_round(&round).unwrap(),
        RoundCheck::Same { .. }
    ));
}
