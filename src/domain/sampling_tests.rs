use super::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn params(size: SampleSize) -> DrawParams {
    DrawParams {
        algorithm: ALGORITHM,
        target: TargetKind::Deputy,
        as_of: day("2026-11-22"),
        size,
        groups: Vec::new(),
        stratify: false,
        exclude_months: 6,
        weight_low_contact: false,
        contact_target: 30,
        spread_days: 30,
    }
}

/// 60 deputies in groups of 10 (ids 1..=60, group = (id-1)/10 + 1), with
/// contacts going up with the id.
fn township() -> Vec<Candidate> {
    (1..=60)
        .map(|id| Candidate {
            id,
            group: Some((id - 1) / 10 + 1),
            contacts: id,
            last_checked: None,
        })
        .collect()
}

#[test]
fn sample_sizes_read_numbers_and_shares() {
    assert_eq!(SampleSize::parse("5"), Some(SampleSize::Count(5)));
    assert_eq!(SampleSize::parse(" 20% "), Some(SampleSize::Percent(20)));
    assert_eq!(SampleSize::parse("２０％"), Some(SampleSize::Percent(20)));
    assert_eq!(SampleSize::parse("0"), None);
    assert_eq!(SampleSize::parse("120%"), None);
    assert_eq!(SampleSize::parse("五"), None);
    assert_eq!(SampleSize::Percent(10).wanted(11), 2);
    assert_eq!(SampleSize::Percent(1).wanted(3), 1);
    assert_eq!(SampleSize::Count(7).wanted(3), 7);
    assert_eq!(SampleSize::Percent(20).label(), "20%");
}

#[test]
fn same_seed_and_data_give_the_same_names_and_another_seed_others() {
    let p = params(SampleSize::Count(5));
    let a = draw(township(), &p, 42).unwrap();
    let mut shuffled = township();
    shuffled.reverse();
    let b = draw(shuffled, &p, 42).unwrap();
    assert_eq!(a, b, "the order candidates arrive in does not matter");
    assert_eq!(a.picked.len(), 5);
    let c = draw(township(), &p, 43).unwrap();
    assert_ne!(a.picked, c.picked);
    // Pinned: a change in the algorithm must bump ALGORITHM.
    assert_eq!(a.picked, draw(township(), &p, 42).unwrap().picked);
    for d in &a.planned {
        assert!(*d > p.as_of && *d <= p.as_of + Duration::days(30));
    }
}

#[test]
fn parameters_survive_json() {
    let mut p = params(SampleSize::Percent(15));
    p.groups = vec![2, 5];
    p.stratify = true;
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.contains("\"as_of\":\"2026-11-22\""), "{json}");
    let back: DrawParams = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
}

#[test]
fn the_exclusion_window_is_honoured() {
    let mut cands = township();
    // Checked 5 months ago: out. 7 months ago: in. Exactly 6: out.
    cands[0].last_checked = Some(day("2026-06-22"));
    cands[1].last_checked = Some(day("2026-04-22"));
    cands[2].last_checked = Some(day("2026-05-22"));
    let p = params(SampleSize::Count(57));
    let (pool, excluded) = eligible_pool(cands.clone(), &p);
    assert_eq!(excluded.recently_checked, 2);
    assert!(pool.iter().all(|c| c.id != 1 && c.id != 3));
    assert!(pool.iter().any(|c| c.id == 2));
    for seed in 0..50 {
        let d = draw(cands.clone(), &p, seed).unwrap();
        assert!(!d.picked.contains(&1) && !d.picked.contains(&3));
    }
    let mut off = p.clone();
    off.exclude_months = 0;
    assert_eq!(eligible_pool(cands, &off).1.recently_checked, 0);
}

#[test]
fn a_sample_larger_than_the_pool_says_how_many_are_eligible() {
    let mut p = params(SampleSize::Count(15));
    p.groups = vec![1];
    let mut cands = township();
    cands[0].last_checked = Some(day("2026-10-01"));
    match draw(cands, &p, 1) {
        Err(DrawError::TooLarge {
            wanted: 15,
            eligible: 9,
            excluded,
        }) => {
            assert_eq!(excluded.out_of_scope, 50);
            assert_eq!(excluded.recently_checked, 1);
        }
        other => panic!("{other:?}"),
    }
    p.groups = vec![99];
    assert!(matches!(
        draw(township(), &p, 1),
        Err(DrawError::EmptyPool(_))
    ));
}

#[test]
fn quotas_are_within_one_of_the_exact_share() {
    assert_eq!(quotas(&[10, 10, 10], 6), vec![2, 2, 2]);
    assert_eq!(quotas(&[10, 10, 10], 5), vec![2, 2, 1]);
    assert_eq!(quotas(&[0, 4], 2), vec![0, 2]);
    assert_eq!(quotas(&[], 3), Vec::<usize>::new());
    let sizes = [13, 7, 15, 11, 9, 14, 3];
    let total: usize = sizes.iter().sum();
    for k in 0..=total {
        let q = quotas(&sizes, k);
        assert_eq!(q.iter().sum::<usize>(), k);
        for (n, got) in sizes.iter().zip(&q) {
            let exact = (*n * k) as f64 / total as f64;
            assert!((*got as f64 - exact).abs() < 1.0, "k={k} n={n} got={got}");
            assert!(got <= n);
        }
    }
}

#[test]
fn a_stratified_draw_gives_each_group_its_share() {
    let mut cands = township();
    // Uneven groups: move 6 deputies of group 1 into group 6.
    for c in cands.iter_mut().take(6) {
        c.group = Some(6);
    }
    let mut p = params(SampleSize::Percent(20));
    p.stratify = true;
    for seed in 0..30 {
        let d = draw(cands.clone(), &p, seed).unwrap();
        assert_eq!(d.picked.len(), 12);
        for s in &d.strata {
            let exact = s.pool as f64 * 12.0 / 60.0;
            let got = d
                .picked
                .iter()
                .filter(|id| cands.iter().any(|c| c.id == **id && c.group == s.group))
                .count();
            assert_eq!(got, s.quota);
            assert!((got as f64 - exact).abs() < 1.0, "{s:?}");
        }
    }
}

#[test]
fn weighting_measurably_favours_low_contact() {
    // Half the deputies recorded nothing, half met the target.
    let cands: Vec<Candidate> = (1..=40)
        .map(|id| Candidate {
            id,
            group: Some(1),
            contacts: if id <= 20 { 0 } else { 40 },
            last_checked: None,
        })
        .collect();
    let count_low = |weighted: bool| -> usize {
        let mut p = params(SampleSize::Count(5));
        p.weight_low_contact = weighted;
        (0..400u64)
            .map(|seed| {
                let d = draw(cands.clone(), &p, seed).unwrap();
                d.picked.iter().filter(|&&id| id <= 20).count()
            })
            .sum()
    };
    let plain = count_low(false) as f64 / 2000.0;
    let weighted = count_low(true) as f64 / 2000.0;
    assert!((plain - 0.5).abs() < 0.05, "uniform share {plain}");
    assert!(weighted > 0.7, "weighted share {weighted}");
    assert_eq!(contact_weight(0, 30), MAX_WEIGHT);
    assert_eq!(contact_weight(30, 30), 1.0);
    assert_eq!(contact_weight(45, 30), 1.0);
    assert_eq!(contact_weight(15, 30), 2.5);
}

#[test]
fn look_back_ignores_groups_and_weights() {
    let mut p = params(SampleSize::Count(3));
    p.target = TargetKind::LookBack;
    p.stratify = true;
    p.weight_low_contact = true;
    let motions: Vec<Candidate> = (1..=8)
        .map(|id| Candidate {
            id,
            group: None,
            contacts: 0,
            last_checked: None,
        })
        .collect();
    let d = draw(motions, &p, 9).unwrap();
    assert_eq!(d.picked.len(), 3);
    assert!(d.strata.is_empty());
}

#[test]
fn status_transitions() {
    use CheckStatus::*;
    assert!(Pending.can_become(Passed));
    assert!(Pending.can_become(NeedsCorrection));
    assert!(Pending.can_become(Withdrawn));
    assert!(
        !Pending.can_become(Corrected),
        "a correction is closed only after it was found"
    );
    assert!(NeedsCorrection.can_become(Corrected));
    assert!(
        Passed.can_become(NeedsCorrection),
        "a result can be amended"
    );
    for to in CheckStatus::ALL {
        assert!(!Corrected.can_become(to), "closed stays closed");
        assert!(!Withdrawn.can_become(to));
    }
    for s in CheckStatus::ALL {
        assert_eq!(CheckStatus::from_db(s.as_db()), Some(s));
    }
}

#[test]
fn results_and_notes_are_checked() {
    let today = day("2026-11-22");
    let mut r = CheckResult {
        done_on: day("2026-11-20"),
        outcome: Outcome::NeedsCorrection,
        finding: "走访台账空白".into(),
        correction_due: Some(day("2026-11-19")),
    };
    assert_eq!(
        r.validate(CheckStatus::Pending, today),
        Err(Refusal::DueBeforeCheck(day("2026-11-20")))
    );
    r.correction_due = None;
    assert_eq!(
        r.validate(CheckStatus::Pending, today),
        Err(Refusal::DueMissing)
    );
    r.correction_due = Some(day("2026-12-20"));
    assert_eq!(r.validate(CheckStatus::Pending, today), Ok(()));
    assert_eq!(
        r.validate(CheckStatus::Corrected, today),
        Err(Refusal::NotAllowed(CheckStatus::Corrected))
    );
    r.finding = " ".into();
    assert_eq!(
        r.validate(CheckStatus::Pending, today),
        Err(Refusal::FindingMissing)
    );
    let ok = CheckResult {
        done_on: day("2026-11-23"),
        outcome: Outcome::Passed,
        finding: String::new(),
        correction_due: None,
    };
    assert_eq!(
        ok.validate(CheckStatus::Pending, today),
        Err(Refusal::InFuture)
    );

    let done = Some(day("2026-11-20"));
    let nc = CheckStatus::NeedsCorrection;
    assert_eq!(
        validate_note(nc, done, today, "", true, today),
        Err(Refusal::NoteMissing)
    );
    assert_eq!(
        validate_note(nc, done, day("2026-11-19"), "已整改", true, today),
        Err(Refusal::BeforeCheck(day("2026-11-20")))
    );
    assert_eq!(
        validate_note(nc, done, today, "已整改", true, today),
        Ok(())
    );
    assert_eq!(
        validate_note(CheckStatus::Passed, done, today, "x", true, today),
        Err(Refusal::NotAllowed(CheckStatus::Passed))
    );
    assert_eq!(
        validate_withdrawal(CheckStatus::Passed, "住院"),
        Err(Refusal::NotAllowed(CheckStatus::Passed))
    );
    assert_eq!(
        validate_withdrawal(CheckStatus::Pending, ""),
        Err(Refusal::NoteMissing)
    );
}

#[test]
fn golden_draw() {
    // Stored rounds depend on this: change the algorithm only with a new
    // ALGORITHM number.
    let d = draw(township(), &params(SampleSize::Count(5)), 42).unwrap();
    assert_eq!(d.picked, vec![14, 50, 55, 3, 39]);
    assert_eq!(d.planned[0], day("2026-11-27"));
    assert_eq!(d.planned[3], day("2026-12-20"));
}
