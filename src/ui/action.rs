//! Named actions that keys are bound to. The keymap files refer to actions by
//! their `name`; the help screen shows each action's description from the
//! text catalog.

use crate::ui::text::Msg;

macro_rules! actions {
    ($($variant:ident => $name:literal, $msg:ident;)*) => {
        /// Something the user can ask for with a key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action { $($variant),* }

        impl Action {
            /// Every action, in help-screen order.
            pub const ALL: &'static [Action] = &[$(Action::$variant),*];

            /// The name used in keymap files.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name),* }
            }

            /// The catalog entry that describes the action on the help screen.
            pub fn description(self) -> Msg {
                match self { $(Action::$variant => Msg::$msg),* }
            }

            /// Looks an action up by its keymap-file name.
            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    // global
    Quit => "quit", ActQuit;
    Help => "help", ActHelp;
    NextPane => "next_pane", ActNextPane;
    PrevPane => "prev_pane", ActPrevPane;
    PaneToday => "pane_today", ActPaneToday;
    PaneRoster => "pane_roster", ActPaneRoster;
    PaneCalendar => "pane_calendar", ActPaneCalendar;
    PaneSpotCheck => "pane_spotcheck", ActPaneSpotCheck;
    PaneDocket => "pane_docket", ActPaneDocket;
    // lists
    Up => "up", ActUp;
    Down => "down", ActDown;
    Left => "left", ActLeft;
    Right => "right", ActRight;
    PageUp => "page_up", ActPageUp;
    PageDown => "page_down", ActPageDown;
    Home => "home", ActHome;
    End => "end", ActEnd;
    Open => "open", ActOpen;
    Back => "back", ActBack;
    Search => "search", ActSearch;
    New => "new", ActNew;
    Edit => "edit", ActEdit;
    Delete => "delete", ActDelete;
    // forms
    NextField => "next_field", ActNextField;
    PrevField => "prev_field", ActPrevField;
    Save => "save", ActSave;
    Cancel => "cancel", ActCancel;
    // dialogs
    Confirm => "confirm", ActConfirm;
    Deny => "deny", ActDeny;
    // welcome screen
    LoadDemo => "load_demo", ActLoadDemo;
    StartEmpty => "start_empty", ActStartEmpty;
    // ---- roster (issue 3) ----
    RosterMove => "roster_move", RosterActMove;
    RosterRole => "roster_role", RosterActRole;
    RosterEndTerm => "roster_end_term", RosterActEndTerm;
    RosterContact => "roster_contact", RosterActContact;
    RosterDuty => "roster_duty", RosterActDuty;
    RosterStats => "roster_stats", RosterActStats;
    RosterShowEnded => "roster_show_ended", RosterActShowEnded;
    RosterSort => "roster_sort", RosterActSort;
    RosterSortReverse => "roster_sort_reverse", RosterActSortReverse;
    RosterChairContact => "roster_chair_contact", ActRosterChairContact;
    // ---- end roster ----
    // ---- calendar (issue 4) ----
    CalPrevWeek => "cal_prev_week", ActCalPrevWeek;
    CalNextWeek => "cal_next_week", ActCalNextWeek;
    CalPrevMonth => "cal_prev_month", ActCalPrevMonth;
    CalNextMonth => "cal_next_month", ActCalNextMonth;
    CalPrevQuarter => "cal_prev_quarter", ActCalPrevQuarter;
    CalNextQuarter => "cal_next_quarter", ActCalNextQuarter;
    CalToday => "cal_today", ActCalToday;
    CalDayOnly => "cal_day_only", ActCalDayOnly;
    CalAttendance => "cal_attendance", ActCalAttendance;
    CalCompliance => "cal_compliance", ActCalCompliance;
    CalReceptions => "cal_receptions", ActCalReceptions;
    CalHolidays => "cal_holidays", ActCalHolidays;
    CalAllPresent => "cal_all_present", ActCalAllPresent;
    CalCycleMark => "cal_cycle_mark", ActCalCycleMark;
    CalToggleSpoke => "cal_toggle_spoke", ActCalToggleSpoke;
    CalGenerateRota => "cal_generate_rota", ActCalGenerateRota;
    CalSwapDuty => "cal_swap_duty", ActCalSwapDuty;
    CalMarkAnnounced => "cal_mark_announced", ActCalMarkAnnounced;
    CalImportHolidays => "cal_import_holidays", ActCalImportHolidays;
    // ---- end calendar ----
    // ---- spotcheck (issue 5) ----
    SpotDraw => "spot_draw", SpotActDraw;
    SpotRecord => "spot_record", SpotActRecord;
    SpotFollowup => "spot_followup", SpotActFollowup;
    SpotClose => "spot_close", SpotActClose;
    SpotWithdraw => "spot_withdraw", SpotActWithdraw;
    SpotStats => "spot_stats", SpotActStats;
    SpotFilter => "spot_filter", SpotActFilter;
    SpotVerify => "spot_verify", SpotActVerify;
    // ---- end spotcheck ----
    // ---- docket (issue 6) ----
    DocketStep => "docket_step", ActDocketStep;
    DocketFilter => "docket_filter", ActDocketFilter;
    DocketRates => "docket_rates", ActDocketRates;
    DocketUnits => "docket_units", ActDocketUnits;
    DocketScheme => "docket_scheme", ActDocketScheme;
    // ---- end docket ----
    // ---- today (issue 7) ----
    TodaySnooze => "today_snooze", TodayActSnooze;
    TodaySeen => "today_seen", TodayActSeen;
    TodayUnsnooze => "today_unsnooze", TodayActUnsnooze;
    TodayShowSnoozed => "today_show_snoozed", TodayActShowSnoozed;
    TodayRules => "today_rules", TodayActRules;
    TodayScores => "today_scores", TodayActScores;
    // ---- end today ----
    // ---- safety (issue 8) ----
    Undo => "undo", SafetyActUndo;
    History => "history", SafetyActHistory;
    Handover => "handover", SafetyActHandover;
    // ---- end safety ----
    // ---- excel (issue 9) ----
    ExcelExport => "excel_export", ExcelActExport;
    ExcelImport => "excel_import", ExcelActImport;
    ExcelReports => "excel_reports", ExcelActReports;
    // ---- end excel ----
}
