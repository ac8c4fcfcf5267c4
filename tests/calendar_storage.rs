//! The calendar's storage on temporary files: activities, attendance, the
//! reception rota, holiday import, and the database refusing nonsense.

use std::collections::HashMap;

use chairdesk::domain::calendar::Refusal;
use chairdesk::domain::workdays::parse_holiday_csv;
use chairdesk::storage::Db;
use chairdesk::storage::calendar::{ActivityInput, AttendanceMark, CalError};
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn today() -> NaiveDate {
    day("2026-11-22")
}

fn demo() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, _) = Db::open(&dir.path().join("c.db")).unwrap();
    db.load_demo(today(), 1).unwrap();
    (dir, db)
}

fn input(group: Option<i64>, on: &str, status: &str) -> ActivityInput {
    ActivityInput {
        kind: "调研".into(),
        topic: "农村饮水安全调研".into(),
        starts_on: day(on),
        ends_on: day(on),
        start_time: "09:00".into(),
        days: 1.0,
        place: "村委会".into(),
        group_id: group,
        status: status.into(),
        record: String::new(),
        archived: false,
    }
}

fn refused<T: std::fmt::Debug>(r: Result<T, CalError>) -> Refusal {
    match r {
        Err(CalError::Refused(x)) => x,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn an_activity_with_attendance_is_kept_and_counts_for_its_group() {
    let (dir, mut db) = demo();
    let groups = db.calendar_groups().unwrap();
    let g = groups[0].id;
    let before = db.compliance(2026).unwrap()[0].held[3];
    let id = db
        .add_activity(&input(Some(g), "2026-11-20", "已举行"))
        .unwrap();
    let sheet = db.attendance_sheet(id).unwrap();
    assert!(
        sheet.len() >= 9,
        "the group's members are expected: {sheet:?}"
    );
    assert!(sheet.iter().all(|l| l.status.is_none()));
    let mut marks: Vec<AttendanceMark> = sheet
        .iter()
        .map(|l| AttendanceMark {
            deputy_id: l.deputy_id,
            status: "出席".into(),
            reason: String::new(),
            spoke: false,
        })
        .collect();
    marks[1].status = "请假".into();
    // A leave without a reason is refused, nothing written.
    assert_eq!(
        refused(db.save_attendance(id, &marks)),
        Refusal::LeaveWithoutReason
    );
    assert!(db.attendance_sheet(id).unwrap()[0].status.is_none());
    marks[1].reason = "外出务工".into();
    marks[0].spoke = true;
    db.save_attendance(id, &marks).unwrap();
    drop(db);

    let (db, _) = Db::open(&dir.path().join("c.db")).unwrap();
    let a = db.calendar_activity(id).unwrap().unwrap();
    assert_eq!(
        (a.present, a.excused, a.absent),
        (sheet.len() as i64 - 1, 1, 0)
    );
    assert_eq!(db.compliance(2026).unwrap()[0].held[3], before + 1);
    let again = db.attendance_sheet(id).unwrap();
    assert_eq!(again.len(), sheet.len());
    assert!(again.iter().any(|l| l.reason == "外出务工"));
}

#[test]
fn attendance_only_for_held_activities_and_held_stays_held() {
    let (_dir, mut db) = demo();
    let g = db.calendar_groups().unwrap()[1].id;
    let id = db
        .add_activity(&input(Some(g), "2026-12-10", "计划"))
        .unwrap();
    let mark = AttendanceMark {
        deputy_id: db.attendance_sheet(id).unwrap()[0].deputy_id,
        status: "出席".into(),
        reason: String::new(),
        spoke: false,
    };
    assert_eq!(
        refused(db.save_attendance(id, std::slice::from_ref(&mark))),
        Refusal::NotHeld
    );
    db.cancel_activity(id).unwrap();
    assert_eq!(
        refused(db.save_attendance(id, std::slice::from_ref(&mark))),
        Refusal::NotHeld
    );

    let held = db
        .add_activity(&input(Some(g), "2026-11-02", "已举行"))
        .unwrap();
    db.save_attendance(held, std::slice::from_ref(&mark))
        .unwrap();
    assert_eq!(refused(db.cancel_activity(held)), Refusal::HasAttendance);
    assert_eq!(
        refused(db.update_activity(held, &input(Some(g), "2026-11-02", "计划"))),
        Refusal::HasAttendance
    );
    assert_eq!(
        refused(db.save_attendance(held, &[mark.clone(), mark])),
        Refusal::DuplicateDeputy
    );
}

#[test]
fn the_database_refuses_nonsense_itself() {
    let (_dir, mut db) = demo();
    let mut bad = input(None, "2026-11-10", "计划");
    bad.ends_on = day("2026-11-09");
    assert!(matches!(db.add_activity(&bad), Err(CalError::Storage(_))));
    let mut long = input(None, "2026-11-10", "计划");
    long.days = 2.0;
    assert!(matches!(db.add_activity(&long), Err(CalError::Storage(_))));
    long.days = 0.0;
    assert!(matches!(db.add_activity(&long), Err(CalError::Storage(_))));
    let mut old = input(None, "1999-12-31", "计划");
    old.ends_on = day("1999-12-31");
    assert!(matches!(db.add_activity(&old), Err(CalError::Storage(_))));
}

#[test]
fn a_reception_gets_its_notice_deadline_in_working_days() {
    let (_dir, mut db) = demo();
    let g = db.calendar_groups().unwrap()[0].id;
    let mut r = input(Some(g), "2026-10-08", "计划");
    r.kind = "接待选民".into();
    let id = db.add_activity(&r).unwrap();
    let a = db.calendar_activity(id).unwrap().unwrap();
    // Three working days before 8 Oct 2026: 28, 29, 30 Sep (1-7 Oct off).
    assert_eq!(a.announce_due, Some(day("2026-09-28")));
    assert!(a.station_name.is_some());
    assert_eq!(
        refused(db.mark_announced(id, day("2026-10-09"))),
        Refusal::NoticeAfterDay
    );
    db.mark_announced(id, day("2026-09-27")).unwrap();
    // A demo reception belongs to a station only: editing keeps it there.
    let demo_rec = db
        .calendar_activities(day("2026-12-01"), day("2026-12-31"))
        .unwrap()
        .into_iter()
        .find(|a| a.kind == "接待选民" && a.group_id.is_none())
        .unwrap();
    let mut edit = input(None, &demo_rec.starts_on.to_string(), "计划");
    edit.kind = "接待选民".into();
    edit.days = 0.5;
    db.update_activity(demo_rec.id, &edit).unwrap();
    let after = db.calendar_activity(demo_rec.id).unwrap().unwrap();
    assert_eq!(after.station_name, demo_rec.station_name);
    assert_eq!(after.topic, "农村饮水安全调研");
    assert!(after.announce_due.unwrap() < after.starts_on);
    let a = db.calendar_activity(id).unwrap().unwrap();
    assert_eq!(a.announced_on, Some(day("2026-09-27")));
}

#[test]
fn a_years_rota_is_fair_and_swaps_keep_two_on_duty() {
    let (_dir, mut db) = demo();
    let report = db.generate_reception_plan(2027, today()).unwrap();
    let stations = 6;
    assert_eq!(report.receptions, 12 * stations, "{report:?}");
    assert!(report.short.is_empty(), "{report:?}");
    // Generating again adds nothing: every month has its reception.
    assert_eq!(
        db.generate_reception_plan(2027, today())
            .unwrap()
            .receptions,
        0
    );

    let recs = db.receptions(2027).unwrap();
    assert_eq!(recs.len(), 12 * stations);
    let mut per_station: HashMap<String, HashMap<i64, usize>> = HashMap::new();
    for r in &recs {
        assert!(r.duty.len() >= 2, "{r:?}");
        let due = r.announce_due.unwrap();
        assert!(due < r.starts_on);
        for (id, _) in &r.duty {
            *per_station
                .entry(r.station_name.clone())
                .or_default()
                .entry(*id)
                .or_default() += 1;
        }
    }
    // Every township deputy of each group takes turns; counts differ by at
    // most one (county deputies serve exactly four times, once a quarter).
    for r in &recs[..stations] {
        let cands = db.swap_candidates(r.id).unwrap();
        assert!(!cands.is_empty());
    }
    for counts in per_station.values() {
        let mut town: Vec<usize> = counts.values().copied().filter(|&c| c != 4).collect();
        town.sort_unstable();
        assert!(town.len() >= 8, "{counts:?}");
        assert!(
            town.last().unwrap() - town.first().unwrap() <= 1,
            "{counts:?}"
        );
    }

    let r = &recs[0];
    let (out_id, _) = r.duty[0];
    let (in_id, _) = db.swap_candidates(r.id).unwrap()[0].clone();
    db.swap_duty(r.id, out_id, in_id).unwrap();
    let after = db.receptions(2027).unwrap();
    let same = after.iter().find(|x| x.id == r.id).unwrap();
    assert_eq!(same.duty.len(), r.duty.len());
    assert!(same.duty.iter().any(|(d, _)| *d == in_id));
    assert_eq!(
        refused(db.swap_duty(r.id, out_id, in_id)),
        Refusal::NotOnDuty
    );
    assert_eq!(
        refused(db.swap_duty(r.id, in_id, same.duty[1].0)),
        Refusal::AlreadyOnDuty
    );
}

#[test]
fn importing_a_years_schedule_replaces_it_and_moves_deadlines() {
    let (_dir, mut db) = demo();
    db.generate_reception_plan(2027, today()).unwrap();
    let before: Vec<_> = db.receptions(2027).unwrap();
    assert!(db.holidays(2027).unwrap().is_empty());
    let csv = "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06,holiday,春节\n\
               2027-02-07,holiday,春节\n2027-02-08,holiday,春节\n2027-02-09,holiday,春节\n\
               2027-02-10,holiday,春节\n2027-02-11,holiday,春节\n2027-02-12,holiday,春节\n\
               2027-02-13,holiday,春节\n2027-02-14,workday,春节\n2027-02-20,workday,春节\n";
    let entries = parse_holiday_csv(csv).unwrap();
    let report = db.import_holidays(&entries).unwrap();
    assert_eq!(report.years, vec![2027]);
    assert_eq!((report.days_off, report.workdays), (9, 2));
    assert_eq!(db.holidays(2027).unwrap().len(), 11);
    // Importing again replaces, never doubles.
    db.import_holidays(&entries[..3]).unwrap();
    assert_eq!(db.holidays(2027).unwrap().len(), 3);
    db.import_holidays(&entries).unwrap();
    assert_eq!(
        db.holidays(2026).unwrap().len(),
        39,
        "other years untouched"
    );
    let after = db.receptions(2027).unwrap();
    let cal = db.working_calendar().unwrap();
    for r in &after {
        let due = r.announce_due.unwrap();
        assert_eq!(due, cal.announcement_deadline(r.starts_on, 3), "{r:?}");
    }
    assert_eq!(before.len(), after.len());
}
