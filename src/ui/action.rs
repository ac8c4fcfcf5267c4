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
    // ---- end roster ----
    // ---- calendar (issue 4) ----
    // ---- end calendar ----
    // ---- spotcheck (issue 5) ----
    // ---- end spotcheck ----
    // ---- docket (issue 6) ----
    // ---- end docket ----
    // ---- today (issue 7) ----
    // ---- end today ----
    // ---- safety (issue 8) ----
    Undo => "undo", SafetyActUndo;
    History => "history", SafetyActHistory;
    Handover => "handover", SafetyActHandover;
    // ---- end safety ----
    // ---- excel (issue 9) ----
    // ---- end excel ----
}
