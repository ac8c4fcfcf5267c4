-- chairdesk schema, version 1. The single source of the schema: embedded in
-- the binary and run once when a database is created. Later versions are
-- added as migrations in src/storage/migrate.rs, never by editing this file
-- in place for existing databases.
--
-- Conventions:
--   * dates are TEXT 'YYYY-MM-DD' (checked), months 'YYYY-MM';
--   * enumerations are stored as the Chinese words the chair uses, so the
--     file reads plainly in any SQLite browser;
--   * records that matter are never deleted by the program once other
--     records refer to them (foreign keys without CASCADE); a deputy's term
--     ends instead.

-- ---------------------------------------------------------------- settings

-- Free-form program settings (welcome shown, class scheme in use, ...).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value TEXT NOT NULL
) STRICT;

-- Configurable duty rules (规则): every number from domain.md that townships
-- set differently. The UI explains each rule in plain words.
CREATE TABLE rule (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value INTEGER NOT NULL CHECK (value >= 0),
    unit  TEXT NOT NULL CHECK (unit IN ('次', '件', '天', '工作日', '个月', '人', '人次', '分', '%'))
) STRICT;

INSERT INTO rule (key, value, unit) VALUES
    ('group_activities_per_quarter', 1, '次'),
    ('group_activities_per_year', 3, '次'),
    ('deputy_activity_days_per_year', 10, '天'),
    ('deputy_voter_contacts_per_year', 30, '人次'),
    ('deputy_district_visits_per_year', 3, '次'),
    ('deputy_deeds_per_year', 1, '次'),
    ('deputy_suggestions_per_year', 1, '次'),
    ('deputy_household_visits_per_quarter', 1, '次'),
    ('reception_every_months_township', 1, '个月'),
    ('reception_every_months_county', 3, '个月'),
    ('reception_every_months_city', 6, '个月'),
    ('reception_every_months_province', 12, '个月'),
    ('reception_min_deputies', 2, '人'),
    ('announce_working_days_before', 3, '工作日'),
    ('reply_due_months', 3, '个月'),
    ('extended_reply_due_months', 6, '个月'),
    ('rereply_due_months', 1, '个月'),
    ('cohandler_opinion_months', 1, '个月'),
    ('return_within_days', 10, '天'),
    ('station_assign_within_days', 10, '天'),
    ('due_soon_days', 14, '天'),
    ('silent_item_days', 30, '天'),
    ('chair_contacts_per_year', 12, '次'),
    ('chair_contacts_per_month', 1, '次'),
    ('motion_min_signers', 5, '人'),
    ('spotcheck_exclude_months', 6, '个月'),
    -- Daily review (issue 7): the deputy's rating of a reply is collected
    -- within this many days; a deputy is "far behind" under this share of
    -- the pro-rata mark; stations are checked over this many past months.
    ('feedback_due_days', 30, '天'),
    ('deputy_reports_per_year', 1, '次'),
    ('deputy_behind_percent', 50, '%'),
    ('station_lookback_months', 12, '个月'),
    -- Duty scores: suggestions that earn the full points, and the grade
    -- cut-offs (at least this many points).
    ('score_suggestion_quota', 3, '件'),
    ('grade_excellent_min', 60, '分'),
    ('grade_competent_min', 30, '分');

-- Points of the duty score (履职积分): seed scheme from domain.md.
CREATE TABLE score_weight (
    event  TEXT PRIMARY KEY NOT NULL CHECK (length(event) > 0),
    points INTEGER NOT NULL
) STRICT;

INSERT INTO score_weight (event, points) VALUES
    ('基础分', 0),
    ('出席人代会', 10),
    ('提出建议（满三件）', 10),
    ('建议每多或少一件', 5),
    ('小组审议发言', 10),
    ('每多一人发言', 5),
    ('列席主席团会议', 5),
    ('参加活动每天', 2),
    ('联系选民每十人次', 1),
    ('办实事', 3),
    ('向选民述职', 5);

-- ---------------------------------------------------------- holiday table

-- Official holidays and make-up workdays (调休). A listed '休' day is off
-- even on a weekday; a listed '班' day is worked even on a weekend.
CREATE TABLE holiday (
    day  TEXT PRIMARY KEY NOT NULL CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(day) = day),
    kind TEXT NOT NULL CHECK (kind IN ('休', '班')),
    name TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

-- --------------------------------------------------------- terms, groups

-- A congress term (届), usually 5 years.
CREATE TABLE term (
    id        INTEGER PRIMARY KEY,
    number    INTEGER NOT NULL UNIQUE CHECK (number > 0),
    starts_on TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on   TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND ends_on > starts_on))
) STRICT;

-- A deputy group (代表小组), usually running a liaison station.
CREATE TABLE deputy_group (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    place      TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    -- Size the chair is warned outside of (commonly 10-15 per group).
    min_members INTEGER NOT NULL DEFAULT 10 CHECK (min_members >= 0),
    max_members INTEGER NOT NULL DEFAULT 15 CHECK (max_members >= min_members),
    CHECK (name = trim(name))
) STRICT;

-- A liaison station (代表联络站 / 代表之家), where receptions happen.
CREATE TABLE station (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    place     TEXT NOT NULL DEFAULT '',
    group_id  INTEGER REFERENCES deputy_group (id),
    head      TEXT NOT NULL DEFAULT '',
    liaison   TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
) STRICT;

-- ---------------------------------------------------------------- deputies

-- A deputy (代表). The record stays when the term ends early.
CREATE TABLE deputy (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0 AND name = trim(name)),
    gender       TEXT NOT NULL CHECK (gender IN ('男', '女')),
    ethnicity    TEXT NOT NULL DEFAULT '汉族',
    birth_month  TEXT CHECK (birth_month IS NULL OR
                     (birth_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
                      AND substr(birth_month, 6, 2) BETWEEN '01' AND '12')),
    party        TEXT NOT NULL DEFAULT '群众'
                     CHECK (party IN ('中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士', '群众')),
    education    TEXT NOT NULL DEFAULT ''
                     CHECK (education IN ('', '小学', '初中', '高中', '中专', '大专', '本科', '研究生')),
    occupation   TEXT NOT NULL DEFAULT '其他'
                     CHECK (occupation IN ('党政干部', '工人', '农民', '专业技术人员', '企业负责人', '其他')),
    unit_title   TEXT NOT NULL DEFAULT '',
    district     TEXT NOT NULL DEFAULT '',
    level        TEXT NOT NULL DEFAULT '镇' CHECK (level IN ('全国', '省', '市', '县', '镇')),
    directly_elected INTEGER NOT NULL DEFAULT 1 CHECK (directly_elected IN (0, 1)),
    phone        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    term_id      INTEGER REFERENCES term (id),
    status       TEXT NOT NULL DEFAULT '在任'
                     CHECK (status IN ('在任', '辞职', '罢免', '终止', '去世', '调离')),
    ended_on     TEXT CHECK (ended_on IS NULL OR date(ended_on) = ended_on),
    end_reason   TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    -- Pinyin search keys (see domain::pinyin_keys), kept with the row so
    -- a search keystroke does no conversion.
    pinyin       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (datetime('now')),
    updated_at   TEXT NOT NULL DEFAULT (datetime('now')),
    -- In office exactly when no end date is recorded.
    CHECK ((status = '在任') = (ended_on IS NULL)),
    -- An ended term says why.
    CHECK (status = '在任' OR length(trim(end_reason)) > 0)
) STRICT;

CREATE INDEX deputy_by_status_name ON deputy (status, name);

-- Group membership with history: moving a deputy closes one row and opens
-- another, so the past stays visible.
CREATE TABLE membership (
    id        INTEGER PRIMARY KEY,
    deputy_id INTEGER NOT NULL REFERENCES deputy (id),
    group_id  INTEGER NOT NULL REFERENCES deputy_group (id),
    role      TEXT NOT NULL DEFAULT '组员' CHECK (role IN ('组员', '组长', '副组长')),
    joined_on TEXT NOT NULL CHECK (date(joined_on) = joined_on),
    left_on   TEXT CHECK (left_on IS NULL OR (date(left_on) = left_on AND left_on >= joined_on))
) STRICT;

-- One current group per deputy; at most one 组长 and one 副组长 per group.
CREATE UNIQUE INDEX membership_one_current ON membership (deputy_id) WHERE left_on IS NULL;
CREATE UNIQUE INDEX membership_one_leader ON membership (group_id) WHERE left_on IS NULL AND role = '组长';
CREATE UNIQUE INDEX membership_one_deputy_leader ON membership (group_id) WHERE left_on IS NULL AND role = '副组长';
CREATE INDEX membership_by_group ON membership (group_id, left_on);

-- Only a deputy in office has a current group.
CREATE TRIGGER membership_current_only_in_office
BEFORE INSERT ON membership
WHEN NEW.left_on IS NULL AND (SELECT status FROM deputy WHERE id = NEW.deputy_id) <> '在任'
BEGIN
    SELECT RAISE(ABORT, 'a deputy whose term ended has no current group');
END;

-- Ending a term closes the current group first (the history stays).
CREATE TRIGGER deputy_end_closes_membership
BEFORE UPDATE OF status ON deputy
WHEN NEW.status <> '在任'
     AND EXISTS (SELECT 1 FROM membership WHERE deputy_id = NEW.id AND left_on IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'close the current membership before ending the term');
END;

-- A membership never starts before an earlier one of the same deputy ended.
CREATE TRIGGER membership_no_overlap
BEFORE INSERT ON membership
WHEN EXISTS (SELECT 1 FROM membership m WHERE m.deputy_id = NEW.deputy_id
              AND (m.left_on IS NULL OR m.left_on > NEW.joined_on))
BEGIN
    SELECT RAISE(ABORT, 'memberships of one deputy cannot overlap');
END;

-- A deputy's contact with voters (联系选民), logged from the roster.
CREATE TABLE voter_contact (
    id           INTEGER PRIMARY KEY,
    deputy_id    INTEGER NOT NULL REFERENCES deputy (id),
    contacted_on TEXT NOT NULL CHECK (date(contacted_on) = contacted_on
                                       AND contacted_on BETWEEN '2000-01-01' AND '2100-12-31'),
    mode         TEXT NOT NULL CHECK (mode IN ('走访', '接访', '约访', '回访', '电话')),
    people       INTEGER NOT NULL DEFAULT 1 CHECK (people BETWEEN 1 AND 10000),
    in_district  INTEGER NOT NULL DEFAULT 1 CHECK (in_district IN (0, 1)),
    summary      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX voter_contact_by_deputy ON voter_contact (deputy_id, contacted_on);
CREATE INDEX voter_contact_by_date ON voter_contact (contacted_on);

-- Other duty events that count on the duty record and score: practical
-- deeds (办实事), reports to voters (述职), congress attendance, speeches.
CREATE TABLE duty_event (
    id          INTEGER PRIMARY KEY,
    deputy_id   INTEGER NOT NULL REFERENCES deputy (id),
    happened_on TEXT NOT NULL CHECK (date(happened_on) = happened_on),
    kind        TEXT NOT NULL CHECK (kind IN ('办实事', '向选民述职', '出席人代会', '审议发言', '列席主席团会议', '其他')),
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX duty_event_by_deputy ON duty_event (deputy_id, happened_on);

-- The chair's own contact with deputies (主席联系代表), at least monthly.
CREATE TABLE chair_contact (
    id           INTEGER PRIMARY KEY,
    deputy_id    INTEGER NOT NULL REFERENCES deputy (id),
    contacted_on TEXT NOT NULL CHECK (date(contacted_on) = contacted_on),
    mode         TEXT NOT NULL CHECK (mode IN ('走访', '座谈', '电话', '其他')),
    summary      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX chair_contact_by_date ON chair_contact (contacted_on);

-- -------------------------------------------------------------- activities

-- An activity (代表活动): group or township-wide, planned, held or cancelled.
CREATE TABLE activity (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('视察', '调研', '执法检查', '工作评议', '学习培训', '座谈',
                                               '接待选民', '走访选民', '向选民述职', '会议', '其他')),
    topic        TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    starts_on    TEXT NOT NULL CHECK (date(starts_on) = starts_on AND starts_on BETWEEN '2000-01-01' AND '2100-12-31'),
    ends_on      TEXT NOT NULL CHECK (date(ends_on) = ends_on AND ends_on >= starts_on),
    start_time   TEXT NOT NULL DEFAULT '' CHECK (start_time = '' OR time(start_time) = start_time || ':00'),
    -- Activity days credited to each attending deputy.
    days         REAL NOT NULL DEFAULT 1 CHECK (days > 0 AND days <= 30),
    place        TEXT NOT NULL DEFAULT '',
    group_id     INTEGER REFERENCES deputy_group (id),
    station_id   INTEGER REFERENCES station (id),
    status       TEXT NOT NULL DEFAULT '计划' CHECK (status IN ('计划', '已举行', '取消')),
    record       TEXT NOT NULL DEFAULT '',
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    -- Reception days: when the notice must go up, and when it did.
    announce_due TEXT CHECK (announce_due IS NULL OR (date(announce_due) = announce_due AND announce_due <= starts_on)),
    announced_on TEXT CHECK (announced_on IS NULL OR (date(announced_on) = announced_on AND announced_on <= starts_on)),
    created_at   TEXT NOT NULL DEFAULT (datetime('now')),
    CHECK (archived = 0 OR status <> '计划'),
    -- Only reception days (接待选民) happen at a station and carry a notice.
    CHECK (station_id IS NULL OR kind = '接待选民'),
    CHECK (announce_due IS NULL OR kind = '接待选民'),
    -- The credited days fit inside the span of dates.
    CHECK (days <= julianday(ends_on) - julianday(starts_on) + 1)
) STRICT;

CREATE INDEX activity_by_date ON activity (starts_on);
CREATE INDEX activity_by_group_date ON activity (group_id, starts_on);
CREATE INDEX activity_by_status_date ON activity (status, starts_on);

-- Attendance (出勤) for a held activity.
CREATE TABLE attendance (
    activity_id INTEGER NOT NULL REFERENCES activity (id),
    deputy_id   INTEGER NOT NULL REFERENCES deputy (id),
    status      TEXT NOT NULL CHECK (status IN ('出席', '请假', '缺席')),
    reason      TEXT NOT NULL DEFAULT '',
    spoke       INTEGER NOT NULL DEFAULT 0 CHECK (spoke IN (0, 1)),
    PRIMARY KEY (activity_id, deputy_id),
    CHECK (spoke = 0 OR status = '出席')
) STRICT, WITHOUT ROWID;

CREATE INDEX attendance_by_deputy ON attendance (deputy_id);

CREATE TRIGGER attendance_only_when_held_insert
BEFORE INSERT ON attendance
WHEN (SELECT status FROM activity WHERE id = NEW.activity_id) <> '已举行'
BEGIN
    SELECT RAISE(ABORT, 'attendance is recorded only for a held activity');
END;

CREATE TRIGGER attendance_only_when_held_update
BEFORE UPDATE ON attendance
WHEN (SELECT status FROM activity WHERE id = NEW.activity_id) <> '已举行'
BEGIN
    SELECT RAISE(ABORT, 'attendance is recorded only for a held activity');
END;

-- An activity with recorded attendance stays held: un-holding it would
-- leave attendance for something that did not happen.
CREATE TRIGGER activity_keeps_held_with_attendance
BEFORE UPDATE OF status ON activity
WHEN OLD.status = '已举行' AND NEW.status <> '已举行'
     AND EXISTS (SELECT 1 FROM attendance WHERE activity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'an activity with attendance must stay held');
END;

-- A leave of absence (请假) says why.
CREATE TRIGGER attendance_leave_has_reason_insert
BEFORE INSERT ON attendance
WHEN NEW.status = '请假' AND length(trim(NEW.reason)) = 0
BEGIN
    SELECT RAISE(ABORT, 'a leave of absence needs a reason');
END;

-- Deputies on duty for a planned reception day (接待日轮值).
CREATE TABLE reception_duty (
    activity_id INTEGER NOT NULL REFERENCES activity (id),
    deputy_id   INTEGER NOT NULL REFERENCES deputy (id),
    PRIMARY KEY (activity_id, deputy_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX reception_duty_by_deputy ON reception_duty (deputy_id);

-- Only reception days have a duty rota.
CREATE TRIGGER reception_duty_only_for_receptions
BEFORE INSERT ON reception_duty
WHEN (SELECT kind FROM activity WHERE id = NEW.activity_id) <> '接待选民'
BEGIN
    SELECT RAISE(ABORT, 'a duty rota belongs to a reception day');
END;

-- ------------------------------------------------------------ spot-checks

-- A draw (抽签) of spot-check targets. Seed and parameters are stored so the
-- same draw over the same data gives the same names again. A round is
-- written only when the chair confirms the names, together with its checks.
CREATE TABLE spot_round (
    id          INTEGER PRIMARY KEY,
    drawn_on    TEXT NOT NULL CHECK (date(drawn_on) = drawn_on),
    target_kind TEXT NOT NULL CHECK (target_kind IN ('代表', '回头看')),
    seed        INTEGER NOT NULL,
    -- domain::sampling::DrawParams as JSON.
    params      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params) AND json_type(params) = 'object'),
    sample_size INTEGER NOT NULL CHECK (sample_size > 0),
    confirmed   INTEGER NOT NULL DEFAULT 1 CHECK (confirmed = 1),
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

-- One spot-check (抽查): of a deputy's voter contact, or a look-back
-- (回头看) at a motion reported solved. The finding of a withdrawn check
-- (撤销) holds the reason.
CREATE TABLE spot_check (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER REFERENCES spot_round (id),
    target_kind    TEXT NOT NULL CHECK (target_kind IN ('代表', '回头看')),
    deputy_id      INTEGER REFERENCES deputy (id),
    motion_id      INTEGER REFERENCES motion (id),
    planned_on     TEXT NOT NULL CHECK (date(planned_on) = planned_on),
    done_on        TEXT CHECK (done_on IS NULL OR date(done_on) = done_on),
    method         TEXT NOT NULL CHECK (method IN ('电话', '上门', '村民会议', '座谈', '查阅台账')),
    checker        TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT '待查'
                       CHECK (status IN ('待查', '已查-合格', '已查-需整改', '已整改', '撤销')),
    finding        TEXT NOT NULL DEFAULT '',
    correction_due TEXT CHECK (correction_due IS NULL OR date(correction_due) = correction_due),
    closed_on      TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    CHECK ((target_kind = '代表' AND deputy_id IS NOT NULL AND motion_id IS NULL)
        OR (target_kind = '回头看' AND motion_id IS NOT NULL)),
    CHECK (status IN ('待查', '撤销') OR done_on IS NOT NULL),
    CHECK (status <> '待查' OR (done_on IS NULL AND correction_due IS NULL)),
    CHECK (status <> '已查-合格' OR correction_due IS NULL),
    CHECK (status <> '已查-需整改' OR (correction_due IS NOT NULL AND length(trim(finding)) > 0)),
    CHECK (status <> '撤销' OR length(trim(finding)) > 0),
    CHECK (correction_due IS NULL OR done_on IS NULL OR correction_due >= done_on),
    CHECK ((status = '已整改') = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= done_on)
) STRICT;

CREATE INDEX spot_check_by_planned ON spot_check (planned_on);
CREATE INDEX spot_check_by_deputy ON spot_check (deputy_id, done_on);
CREATE INDEX spot_check_by_motion ON spot_check (motion_id);
CREATE INDEX spot_check_by_status ON spot_check (status, correction_due);
CREATE INDEX spot_check_by_round ON spot_check (round_id);
-- A round draws each target once.
CREATE UNIQUE INDEX spot_check_deputy_once_per_round ON spot_check (round_id, deputy_id)
    WHERE round_id IS NOT NULL AND deputy_id IS NOT NULL;
CREATE UNIQUE INDEX spot_check_motion_once_per_round ON spot_check (round_id, motion_id)
    WHERE round_id IS NOT NULL AND motion_id IS NOT NULL;

-- Follow-up notes on a correction until it is closed (整改跟进).
CREATE TABLE spot_followup (
    id       INTEGER PRIMARY KEY,
    check_id INTEGER NOT NULL REFERENCES spot_check (id),
    noted_on TEXT NOT NULL CHECK (date(noted_on) = noted_on),
    note     TEXT NOT NULL CHECK (length(trim(note)) > 0)
) STRICT;

CREATE INDEX spot_followup_by_check ON spot_followup (check_id, noted_on);

CREATE TRIGGER spot_check_kind_matches_round
BEFORE INSERT ON spot_check
WHEN NEW.round_id IS NOT NULL
 AND (SELECT target_kind FROM spot_round WHERE id = NEW.round_id) <> NEW.target_kind
BEGIN
    SELECT RAISE(ABORT, 'a check must be of its round''s target kind');
END;

-- 待查 → 已查-合格 / 已查-需整改 / 撤销; a result may be amended; only a
-- correction is closed (已整改); closed and withdrawn checks stay closed.
CREATE TRIGGER spot_check_status_flow
BEFORE UPDATE OF status ON spot_check
WHEN NOT (OLD.status = NEW.status
       OR (OLD.status = '待查' AND NEW.status IN ('已查-合格', '已查-需整改', '撤销'))
       OR (OLD.status IN ('已查-合格', '已查-需整改') AND NEW.status IN ('已查-合格', '已查-需整改'))
       OR (OLD.status = '已查-需整改' AND NEW.status = '已整改'))
BEGIN
    SELECT RAISE(ABORT, 'this status change of a spot-check is not allowed');
END;

-- Closing a correction needs a note saying what was done.
CREATE TRIGGER spot_check_close_needs_note
BEFORE UPDATE OF status ON spot_check
WHEN NEW.status = '已整改' AND OLD.status <> '已整改'
 AND NOT EXISTS (SELECT 1 FROM spot_followup WHERE check_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'a correction is closed only with a follow-up note');
END;

CREATE TRIGGER spot_check_closed_is_kept
BEFORE UPDATE ON spot_check
WHEN OLD.status IN ('已整改', '撤销')
 AND (NEW.status IS NOT OLD.status OR NEW.done_on IS NOT OLD.done_on
      OR NEW.finding IS NOT OLD.finding OR NEW.correction_due IS NOT OLD.correction_due
      OR NEW.closed_on IS NOT OLD.closed_on)
BEGIN
    SELECT RAISE(ABORT, 'a closed or withdrawn spot-check is kept as it is');
END;

CREATE TRIGGER spot_followup_only_on_corrections
BEFORE INSERT ON spot_followup
WHEN (SELECT status FROM spot_check WHERE id = NEW.check_id) NOT IN ('已查-需整改', '已整改')
  OR NEW.noted_on < (SELECT done_on FROM spot_check WHERE id = NEW.check_id)
BEGIN
    SELECT RAISE(ABORT, 'follow-up notes belong to a correction, dated on or after the check');
END;

-- ------------------------------------------------------------- motions

-- Handling units (承办单位), a list the chair keeps.
CREATE TABLE handling_unit (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    contact TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT '',
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- Reply classes: the scheme is data (four classes A-D, or three).
CREATE TABLE reply_class (
    scheme TEXT NOT NULL CHECK (scheme IN ('四类', '三类')),
    code   TEXT NOT NULL CHECK (code IN ('A', 'B', 'C', 'D')),
    label  TEXT NOT NULL,
    -- Counts as solved for 解决率.
    solved INTEGER NOT NULL CHECK (solved IN (0, 1)),
    -- Needs follow-up (跟踪办理) until the promised work is done.
    follow INTEGER NOT NULL CHECK (follow IN (0, 1)),
    PRIMARY KEY (scheme, code)
) STRICT, WITHOUT ROWID;

INSERT INTO reply_class (scheme, code, label, solved, follow) VALUES
    ('四类', 'A', '已解决或基本解决', 1, 0),
    ('四类', 'B', '正在解决或列入计划解决', 0, 1),
    ('四类', 'C', '因条件限制或其他原因暂不能解决', 0, 1),
    ('四类', 'D', '留作参考', 0, 0),
    ('三类', 'A', '已解决/采纳', 1, 0),
    ('三类', 'B', '部分解决/列入计划', 0, 1),
    ('三类', 'C', '留作参考/不可行', 0, 0);

INSERT INTO setting (key, value) VALUES ('reply_class_scheme', '四类');

-- A motion, suggestion, criticism, opinion, deputy letter or voter opinion
-- (议案 / 建议 / 批评 / 意见 / 代表函 / 选民意见), numbered per year and kind.
CREATE TABLE motion (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kind         TEXT NOT NULL CHECK (kind IN ('议案', '建议', '批评', '意见', '代表函', '选民意见')),
    seq          INTEGER NOT NULL CHECK (seq > 0),
    -- e.g. 2026-建-012; derived from year, kind and seq when registered.
    number       TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    content      TEXT NOT NULL DEFAULT '',
    received_on  TEXT NOT NULL CHECK (date(received_on) = received_on),
    source       TEXT NOT NULL DEFAULT '闭会期间' CHECK (source IN ('会议期间', '闭会期间', '接待日', '走访')),
    category     TEXT NOT NULL DEFAULT '',
    key_item     INTEGER NOT NULL DEFAULT 0 CHECK (key_item IN (0, 1)),
    routing      TEXT CHECK (routing IS NULL OR routing IN ('乡镇办理', '转代表函', '转上级代表', '告知依法途径')),
    -- Voter opinions: who raised it. Private: never on a public notice.
    voter_name   TEXT NOT NULL DEFAULT '',
    voter_phone  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT '登记'
                     CHECK (status IN ('登记', '已交办', '办理中', '已答复', '已反馈', '跟踪办理',
                                       '办结', '归档', '不予接收', '退回')),
    assigned_on  TEXT CHECK (assigned_on IS NULL OR (date(assigned_on) = assigned_on AND assigned_on >= received_on)),
    -- Computed from the rules at each step, or set by hand (due_fixed = 1).
    reply_due    TEXT CHECK (reply_due IS NULL OR date(reply_due) = reply_due),
    due_fixed    INTEGER NOT NULL DEFAULT 0 CHECK (due_fixed IN (0, 1)),
    closed_on    TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    merged_into  INTEGER REFERENCES motion (id),
    last_step_on TEXT NOT NULL CHECK (date(last_step_on) = last_step_on),
    UNIQUE (year, kind, seq),
    CHECK (routing IS NULL OR kind = '选民意见'),
    CHECK (reply_due IS NULL OR assigned_on IS NULL OR reply_due >= assigned_on),
    CHECK (closed_on IS NULL OR closed_on >= received_on),
    CHECK (last_step_on >= received_on),
    CHECK (number = printf('%d-%s-%03d', year, substr(kind, 1, 1), seq)),
    CHECK (status IN ('登记', '不予接收') OR assigned_on IS NOT NULL),
    CHECK ((status IN ('办结', '归档')) = (closed_on IS NOT NULL))
) STRICT;

CREATE INDEX motion_by_status_due ON motion (status, reply_due);
CREATE INDEX motion_by_year_kind ON motion (year, kind);

-- Deputies who raised an item: one lead (领衔) and co-signers (附议).
CREATE TABLE motion_signer (
    motion_id INTEGER NOT NULL REFERENCES motion (id),
    deputy_id INTEGER NOT NULL REFERENCES deputy (id),
    role      TEXT NOT NULL CHECK (role IN ('领衔', '附议')),
    PRIMARY KEY (motion_id, deputy_id)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX motion_one_lead ON motion_signer (motion_id) WHERE role = '领衔';
CREATE INDEX motion_signer_by_deputy ON motion_signer (deputy_id);

-- Units an item is assigned to: one lead (主办) and co-handlers (协办).
-- A unit that returns a misassigned item keeps its row with returned_on.
CREATE TABLE motion_unit (
    id          INTEGER PRIMARY KEY,
    motion_id   INTEGER NOT NULL REFERENCES motion (id),
    unit_id     INTEGER NOT NULL REFERENCES handling_unit (id),
    role        TEXT NOT NULL CHECK (role IN ('主办', '协办')),
    assigned_on TEXT NOT NULL CHECK (date(assigned_on) = assigned_on),
    returned_on TEXT CHECK (returned_on IS NULL OR (date(returned_on) = returned_on AND returned_on >= assigned_on))
) STRICT;

CREATE UNIQUE INDEX motion_unit_one_lead ON motion_unit (motion_id) WHERE role = '主办' AND returned_on IS NULL;
CREATE INDEX motion_unit_by_unit ON motion_unit (unit_id, motion_id);
CREATE INDEX motion_unit_by_motion ON motion_unit (motion_id);

-- The timeline (办理过程): every step of an item, dated, with a note.
CREATE TABLE motion_event (
    id          INTEGER PRIMARY KEY,
    motion_id   INTEGER NOT NULL REFERENCES motion (id),
    happened_on TEXT NOT NULL CHECK (date(happened_on) = happened_on),
    step        TEXT NOT NULL CHECK (step IN ('登记', '不予接收', '交办', '办理', '督办', '延期', '退回',
                                              '答复', '反馈', '重办', '跟踪', '办结', '归档', '并案', '备注',
                                              '转交', '定期限')),
    unit_id     INTEGER REFERENCES handling_unit (id),
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX motion_event_by_motion ON motion_event (motion_id, happened_on, id);

-- A handling unit's reply (答复) with its class and whether it met the deputy.
CREATE TABLE motion_reply (
    id         INTEGER PRIMARY KEY,
    motion_id  INTEGER NOT NULL REFERENCES motion (id),
    unit_id    INTEGER REFERENCES handling_unit (id),
    replied_on TEXT NOT NULL CHECK (date(replied_on) = replied_on),
    scheme     TEXT NOT NULL,
    class      TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    met_deputy INTEGER NOT NULL DEFAULT 0 CHECK (met_deputy IN (0, 1)),
    -- The reply deadline in force when the reply came (for 答复率 in time).
    due_on     TEXT CHECK (due_on IS NULL OR date(due_on) = due_on),
    FOREIGN KEY (scheme, class) REFERENCES reply_class (scheme, code)
) STRICT;

CREATE INDEX motion_reply_by_motion ON motion_reply (motion_id, replied_on);

-- A signing deputy's rating of a reply (反馈).
CREATE TABLE motion_feedback (
    id        INTEGER PRIMARY KEY,
    reply_id  INTEGER NOT NULL REFERENCES motion_reply (id),
    deputy_id INTEGER NOT NULL REFERENCES deputy (id),
    rated_on  TEXT NOT NULL CHECK (date(rated_on) = rated_on),
    rating    TEXT NOT NULL CHECK (rating IN ('满意', '基本满意', '不满意')),
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (reply_id, deputy_id)
) STRICT;

CREATE INDEX motion_feedback_by_deputy ON motion_feedback (deputy_id);

CREATE TRIGGER feedback_not_before_reply
BEFORE INSERT ON motion_feedback
WHEN NEW.rated_on < (SELECT replied_on FROM motion_reply WHERE id = NEW.reply_id)
BEGIN
    SELECT RAISE(ABORT, 'feedback cannot come before the reply');
END;

CREATE TRIGGER reply_not_before_assignment
BEFORE INSERT ON motion_reply
WHEN NEW.replied_on < (SELECT assigned_on FROM motion WHERE id = NEW.motion_id)
BEGIN
    SELECT RAISE(ABORT, 'a reply cannot come before the assignment');
END;

CREATE TRIGGER reply_needs_assignment
BEFORE INSERT ON motion_reply
WHEN (SELECT assigned_on FROM motion WHERE id = NEW.motion_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a reply needs an assigned item');
END;

-- Only a signing deputy rates a reply.
CREATE TRIGGER feedback_by_a_signer
BEFORE INSERT ON motion_feedback
WHEN NOT EXISTS (SELECT 1 FROM motion_signer s JOIN motion_reply r ON r.motion_id = s.motion_id
                  WHERE r.id = NEW.reply_id AND s.deputy_id = NEW.deputy_id)
BEGIN
    SELECT RAISE(ABORT, 'feedback comes from a signing deputy');
END;

-- The timeline is never rewritten: events are only added.
CREATE TRIGGER motion_event_no_update
BEFORE UPDATE ON motion_event
BEGIN
    SELECT RAISE(ABORT, 'timeline events are never changed');
END;

CREATE TRIGGER motion_event_no_delete
BEFORE DELETE ON motion_event
BEGIN
    SELECT RAISE(ABORT, 'timeline events are never deleted');
END;

CREATE TRIGGER motion_event_not_before_receipt
BEFORE INSERT ON motion_event
WHEN NEW.happened_on < (SELECT received_on FROM motion WHERE id = NEW.motion_id)
BEGIN
    SELECT RAISE(ABORT, 'an event cannot come before the item was received');
END;

-- A 议案 is assigned only with the rule's number of joint signers.
CREATE TRIGGER motion_assigned_with_enough_signers
BEFORE INSERT ON motion_event
WHEN NEW.step = '交办'
 AND (SELECT kind FROM motion WHERE id = NEW.motion_id) = '议案'
 AND (SELECT count(*) FROM motion_signer WHERE motion_id = NEW.motion_id)
     < (SELECT value FROM rule WHERE key = 'motion_min_signers')
BEGIN
    SELECT RAISE(ABORT, 'a motion needs more joint signers');
END;

-- The number is given once and kept.
CREATE TRIGGER motion_number_kept
BEFORE UPDATE OF year, kind, seq, number, received_on ON motion
WHEN NEW.year <> OLD.year OR NEW.kind <> OLD.kind OR NEW.seq <> OLD.seq
  OR NEW.number <> OLD.number OR NEW.received_on <> OLD.received_on
BEGIN
    SELECT RAISE(ABORT, 'an item keeps its number and receipt date');
END;

-- 归档 and 不予接收 are final.
CREATE TRIGGER motion_final_status
BEFORE UPDATE OF status ON motion
WHEN OLD.status IN ('归档', '不予接收') AND NEW.status <> OLD.status
BEGIN
    SELECT RAISE(ABORT, 'an archived or refused item does not change status');
END;

-- Signers are fixed once the item is registered with them.
CREATE TRIGGER motion_signer_no_delete
BEFORE DELETE ON motion_signer
BEGIN
    SELECT RAISE(ABORT, 'signers are never removed');
END;

-- ------------------------------------------------------ today (issue 7)

-- Review lines the chair put off (推迟) to a day, or marked seen for today
-- (已阅: hidden until tomorrow). A line is hidden while today is before
-- `until`; after that it shows again if its cause is still there. The key
-- names the cause (kind and record or period), so a line that turns more
-- urgent (due soon -> overdue) is a new line and shows at once.
CREATE TABLE review_snooze (
    line_key TEXT PRIMARY KEY NOT NULL CHECK (length(line_key) > 0),
    until    TEXT NOT NULL CHECK (date(until) = until),
    how      TEXT NOT NULL CHECK (how IN ('推迟', '已阅')),
    set_on   TEXT NOT NULL CHECK (date(set_on) = set_on),
    CHECK (until > set_on)
) STRICT, WITHOUT ROWID;

-- ------------------------------------------------- safety (issue 8)
-- History, undo and handover records. The audit triggers are NOT written
-- here: src/storage/audit.rs builds them from the live schema (every table,
-- every column) when a file is created, after each migration and whenever
-- the tables changed, so they never go stale.

-- One user action (one transaction) that changed records. The row is
-- opened by Db::write and closed before commit; triggers attach every
-- audit row to the open change. kind '撤销' rows undo another change.
CREATE TABLE change_set (
    id      INTEGER PRIMARY KEY,
    -- Set when the change closes (an open row carries no time, so a
    -- transaction that changed no record leaves identical bytes behind).
    at      TEXT,
    kind    TEXT NOT NULL DEFAULT '修改' CHECK (kind IN ('修改', '撤销')),
    undoes  INTEGER UNIQUE REFERENCES change_set (id),
    is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    CHECK ((kind = '撤销') = (undoes IS NOT NULL))
) STRICT;

-- Every insert, update and delete of a record: old and new values as JSON
-- objects of all columns. row_key is the rowid, or for WITHOUT ROWID tables
-- a JSON object of the primary key.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    change_id INTEGER REFERENCES change_set (id),
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    tbl       TEXT NOT NULL,
    row_key   TEXT NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('新增', '修改', '删除')),
    old       TEXT CHECK (old IS NULL OR json_valid(old)),
    new       TEXT CHECK (new IS NULL OR json_valid(new))
) STRICT;

CREATE INDEX change_set_open ON change_set (id) WHERE is_open = 1;
CREATE INDEX audit_by_record ON audit_log (tbl, row_key, id);
CREATE INDEX audit_by_change ON audit_log (change_id);

-- Handovers (交接) of this file to a successor, newest last.
CREATE TABLE handover (
    id         INTEGER PRIMARY KEY,
    handed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    from_chair TEXT NOT NULL DEFAULT '',
    to_chair   TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    dest       TEXT NOT NULL DEFAULT ''
) STRICT;
-- ---------------------------------------------- end safety (issue 8)
