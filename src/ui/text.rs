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
    // ---- config and startup ----
    BadToday => "日期“{}”无效，请写成 2026-03-05 的样子", "Invalid date \"{}\": write it like 2026-03-05";
    ConfigUnreadable => "无法读取配置文件 {}：{}", "Cannot read the config file {}: {}";
    ConfigInvalid => "配置文件 {} 第 {} 行有误：{}（已使用默认设置）", "Config file {} line {}: {} (defaults used)";
    CrashReport => "程序出错已退出，错误报告已保存到 {}", "chairdesk stopped on an error; a crash report was saved to {}";
    SearchLabel => "搜索：", "Search: ";
    // ---- keymap (helper region) ----
    KmCtxGlobal => "任何页面", "Everywhere";
    KmCtxList => "列表", "Lists";
    KmCtxForm => "填写表单时", "While filling in a form";
    KmCtxDialog => "确认框", "Confirmation boxes";
    KmCtxWelcome => "欢迎页", "Welcome screen";
    KmCtxToday => "“今日”页面", "Today pane";
    KmCtxRoster => "“代表”页面", "Deputies pane";
    KmCtxCalendar => "“活动”页面", "Activities pane";
    KmCtxSpotCheck => "“抽查”页面", "Spot-checks pane";
    KmCtxDocket => "“议案建议”页面", "Motions pane";
    KmKeyEmpty => "按键为空", "the key is empty";
    KmKeyUnknown => "不认识的按键“{}”（可以写 q、?、ctrl+s、enter、esc、f2 等）", "unknown key \"{}\" (write keys like q, ?, ctrl+s, enter, esc, f2)";
    KmKeyShiftSymbol => "“{}”不能加 Shift：请直接写出要输入的字符，例如写 ? 而不是 shift+/", "\"{}\" cannot take Shift: write the character itself, e.g. ? rather than shift+/";
    KmTomlSyntax => "键位文件格式有误，整个文件未使用，仍用默认键位：{}", "the keymap file is not valid TOML, so none of it was used (defaults apply): {}";
    KmNotInSection => "“{}”必须写在某个区域下面，例如 [global]", "\"{}\" must be inside a section such as [global]";
    KmUnknownContext => "不认识的区域 [{}]（可用的区域：{}）", "unknown section [{}] (known sections: {})";
    KmNotAction => "“{}”后面应当是加引号的动作名，例如 \"quit\"", "the value for \"{}\" must be an action name in quotes, e.g. \"quit\"";
    KmUnknownAction => "不认识的动作“{}”", "unknown action \"{}\"";
    KmConflict => "按键“{}”在 [{}] 中已在第 {} 行设置过，本行未使用", "key \"{}\" is already set in [{}] on line {}; this line was skipped";
    KmUnknownPreset => "没有名为“{}”的预设键位，改用默认键位", "there is no keymap preset named \"{}\"; using the default";
    // ---- end keymap ----
    // ---- widgets (helper region) ----
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
