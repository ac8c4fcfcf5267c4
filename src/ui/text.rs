//! The text catalog: every user-visible string, in Simplified Chinese (the
//! default) and English. Code refers to strings as `Msg` variants so a
//! missing translation is a compile error.
//!
//! Strings may hold `{}` placeholders, filled in order by [`Msg::fill`].

use std::cell::Cell;

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "cn" | "chinese" => Some(Lang::Zh),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

thread_local! {
    // Per thread, so parallel tests can render in different languages.
    static LANG: Cell<Lang> = const { Cell::new(Lang::Zh) };
}

/// Sets the language for strings looked up on this thread.
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The language strings on this thread are looked up in.
pub fn lang() -> Lang {
    LANG.with(|l| l.get())
}

macro_rules! catalog {
    ($($name:ident => $zh:literal, $en:literal;)*) => {
        /// A user-visible string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($name),* }

        impl Msg {
            /// Every entry, for tests over the whole catalog.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];

            /// The string in the given language.
            pub fn in_lang(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$name, Lang::Zh) => $zh, (Msg::$name, Lang::En) => $en,)*
                }
            }
        }
    };
}

impl Msg {
    /// The string in the current language.
    pub fn t(self) -> &'static str {
        self.in_lang(lang())
    }

    /// The string with each `{}` replaced by the next argument.
    pub fn fill(self, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.t(), args)
    }
}

/// Replaces each `{}` in `template` by the next argument.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut args = args.iter();
    while let Some(pos) = rest.find("{}") {
        out.push_str(&rest[..pos]);
        match args.next() {
            Some(a) => out.push_str(&a.to_string()),
            None => out.push_str("{}"),
        }
        rest = &rest[pos + 2..];
    }
    out.push_str(rest);
    out
}

catalog! {
    // ---- app shell ----
    AppName => "乡镇人大主席工作台", "chairdesk";
    PaneToday => "今日", "Today";
    PaneRoster => "代表", "Deputies";
    PaneCalendar => "活动", "Activities";
    PaneSpotCheck => "抽查", "Spot-checks";
    PaneDocket => "议案建议", "Motions";
    // ---- actions (help screen) ----
    ActQuit => "退出", "Quit";
    ActHelp => "帮助（按键一览）", "Help (list of keys)";
    ActNextPane => "下一个页面", "Next pane";
    ActPrevPane => "上一个页面", "Previous pane";
    ActPaneToday => "转到“今日”", "Go to Today";
    ActPaneRoster => "转到“代表”", "Go to Deputies";
    ActPaneCalendar => "转到“活动”", "Go to Activities";
    ActPaneSpotCheck => "转到“抽查”", "Go to Spot-checks";
    ActPaneDocket => "转到“议案建议”", "Go to Motions";
    ActUp => "上移", "Move up";
    ActDown => "下移", "Move down";
    ActLeft => "左移", "Move left";
    ActRight => "右移", "Move right";
    ActPageUp => "上一页", "Page up";
    ActPageDown => "下一页", "Page down";
    ActHome => "到第一条", "First row";
    ActEnd => "到最后一条", "Last row";
    ActOpen => "打开", "Open";
    ActBack => "返回", "Back";
    ActSearch => "搜索", "Search";
    ActNew => "新建", "New";
    ActEdit => "修改", "Edit";
    ActDelete => "删除（先确认）", "Delete (asks first)";
    ActNextField => "下一栏", "Next field";
    ActPrevField => "上一栏", "Previous field";
    ActSave => "保存", "Save";
    ActCancel => "取消", "Cancel";
    ActConfirm => "确定", "Confirm";
    ActDeny => "不", "No";
    ActLoadDemo => "载入演示数据", "Load demo data";
    ActStartEmpty => "从空白开始", "Start empty";
    // ---- keymap (helper region) ----
    // ---- end keymap ----
    // ---- widgets (helper region) ----
    WidgetEmptyTable => "（无记录）", "(no records)";
    WidgetRequired => "必填", "Required";
    WidgetDateUnrecognised => "无法识别的日期，例如 2026-03-05", "Unrecognised date, e.g. 2026-03-05";
    WidgetDateNoSuchDay => "没有这一天：{}年{}月{}日", "No such day: {}-{}-{}";
    WidgetDateOutOfRange => "年份 {} 超出范围（2000–2100）", "Year {} is out of range (2000-2100)";
    WidgetDatePlaceholder => "年-月-日", "yyyy-mm-dd";
    WidgetNumberInvalid => "请输入整数", "Enter a whole number";
    WidgetNumberOutOfRange => "应在 {} 到 {} 之间", "Must be between {} and {}";
    WidgetNoChoices => "（无选项）", "(no options)";
    WidgetFormHint => "带 * 的栏目必须填写", "Fields marked * are required";
    // ---- end widgets ----
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_in_order_and_keeps_extra_placeholders() {
        assert_eq!(fill("{}年{}月", &[&2026, &3]), "2026年3月");
        assert_eq!(fill("a {} b {}", &[&1]), "a 1 b {}");
    }

    #[test]
    fn every_entry_has_both_languages() {
        for m in Msg::ALL {
            assert!(!m.in_lang(Lang::Zh).is_empty(), "{m:?} zh");
            assert!(!m.in_lang(Lang::En).is_empty(), "{m:?} en");
        }
    }

    #[test]
    fn language_is_per_thread() {
        set_lang(Lang::En);
        assert_eq!(Msg::PaneToday.t(), "Today");
        set_lang(Lang::Zh);
        assert_eq!(Msg::PaneToday.t(), "今日");
    }
}
