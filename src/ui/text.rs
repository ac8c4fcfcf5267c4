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
    // ---- columns ----
    ColName => "姓名", "Name";
    ColGender => "性别", "Sex";
    ColAge => "年龄", "Age";
    ColBirthMonth => "出生年月", "Born";
    ColRole => "职务", "Role";
    ColParty => "政治面貌", "Party";
    ColOccupation => "职业构成", "Occupation";
    ColLevel => "层级", "Level";
    ColDistrict => "选区", "District";
    ColPhone => "电话", "Phone";
    ColStatus => "状态", "Status";
    ColGroup => "代表小组", "Group";
    ColCount => "人数", "Size";
    ColDate => "日期", "Date";
    ColKind => "类别", "Kind";
    ColTopic => "专题", "Topic";
    ColPresent => "出席", "Came";
    ColDays => "天数", "Days";
    ColPlace => "地点", "Place";
    ColArchived => "已存档", "Archived";
    ColPlanned => "计划日期", "Planned";
    ColDone => "检查日期", "Checked";
    ColTarget => "对象", "Target";
    ColMethod => "方式", "Method";
    ColChecker => "检查人", "Checker";
    ColCorrectionDue => "整改期限", "Fix by";
    ColFinding => "发现的问题", "Finding";
    ColNumber => "编号", "Number";
    ColTitle => "标题", "Title";
    ColLead => "领衔", "Lead";
    ColUnit => "承办单位", "Unit";
    ColReplyDue => "答复期限", "Reply due";
    ColReceived => "收到日期", "Received";
    ColKeyItem => "重点督办", "Key item";
    ColReviewKind => "事项类别", "Kind";
    ColMatter => "事项", "Matter";
    ColWho => "相关", "Who";
    ColBy => "期限", "By";
    Yes => "是", "yes";
    No => "否", "no";
    // ---- panes ----
    AllDeputies => "全体代表", "All deputies";
    GroupsTitle => "代表小组", "Groups";
    GroupMembersTitle => "{}　组长：{}　副组长：{}", "{}  leader: {}  deputy leader: {}";
    QuarterActivities => "{}活动（{}项）  ←/→ 换季度", "{} activities ({})  ←/→ quarter";
    TownshipWide => "全镇", "Township";
    YearSpotChecks => "{}年抽查（{}项）  ←/→ 换年份", "{} spot-checks ({})  ←/→ year";
    DocketTitle => "未办结及本年事项（{}件）", "Open and this year's items ({})";
    ReviewTitle => "待办事项（{}项）  回车转到该记录", "To do ({})  Enter goes to the record";
    FigDeputies => "在任代表", "Deputies";
    FigActivities => "本季活动", "Activities this quarter";
    FigOpen => "未办结", "Open items";
    FigOverdue => "逾期", "Overdue";
    ReviewReplyOverdue => "答复逾期", "Reply overdue";
    ReviewAnnouncementDue => "接待日待公告", "Notice due";
    ReviewCorrectionOverdue => "整改逾期", "Fix overdue";
    ReviewActivityThisWeek => "本周活动", "This week";
    ReviewActivityUnrecorded => "活动未登记", "Not recorded";
    ReviewReplyDueSoon => "即将到期", "Due soon";
    ReviewCheckThisWeek => "本周抽查", "Check this week";
    ReviewGroupIdle => "本季无活动", "No activity yet";
    GroupIdleMatter => "{}尚无活动，还剩{}天", "no activity yet in {}, {} days left";
    SpotCheckMatter => "抽查（{}）", "spot-check ({})";
    // ---- shell ----
    HelpTitle => "按键一览（Esc 关闭）", "Keys (Esc closes)";
    Hints => "{} 帮助  {} 换页  {} 搜索  {} 打开  {} 退出", "{} help  {} pane  {} search  {} open  {} quit";
    ReadOnly => "只读", "read-only";
    Writable => "可写", "writable";
    TooSmall => "窗口太小：至少需要 {}×{}，现在是 {}×{}。请放大窗口。", "The window is too small: {}x{} needed, {}x{} now. Please enlarge it.";
    NotYetEditable => "这里目前只能查看，新建和修改将在后续版本提供", "This list is view-only for now; adding and editing come in a later version";
    RecordNotFound => "没有找到这条记录（可能已被修改）", "That record was not found (it may have changed)";
    QuitTitle => "退出", "Quit";
    QuitUnsaved => "有尚未保存的输入，确定退出吗？", "There is unsaved input. Quit anyway?";
    OpenedReadOnly => "文件没有写入权限，已以只读方式打开", "The file cannot be written; it is open read-only";
    StartupWarnings => "设置文件有 {} 处问题（已用默认值）：{}", "{} problems in settings files (defaults used): {}";
    Upgraded => "数据文件已从第 {} 版升级，升级前的备份：{}", "The file was upgraded from version {}; backup before the upgrade: {}";
    TerminalFailed => "终端出错：{}", "Terminal error: {}";
    KeymapUnreadable => "无法读取键位文件 {}：{}", "Cannot read the keymap file {}: {}";
    BadSize => "尺寸“{}”无效，请写成 80x24 的样子", "Invalid size \"{}\": write it like 80x24";
    // ---- welcome ----
    WelcomeTitle => "欢迎使用乡镇人大主席工作台", "Welcome to chairdesk";
    WelcomeIntro => "这里记录代表小组、代表活动、抽查和议案建议的全部工作，所有内容保存在一个数据文件里。", "chairdesk keeps the deputies, activities, spot-checks and motions of the township in one data file.";
    WelcomeFile => "数据文件：{}", "Data file: {}";
    WelcomeEmpty => "这个文件还是空的。可以先载入一个虚构乡镇的演示数据熟悉操作，也可以从空白开始。", "The file is empty. Load a made-up demo township to look around, or start empty.";
    WelcomeDemo => "载入演示数据", "Load demo data";
    WelcomeStart => "从空白开始", "Start empty";
    DemoLoaded => "演示数据已载入", "Demo data loaded";
    DemoExists => "文件已存在：{}。要覆盖请加 --force", "The file exists: {}. Add --force to overwrite it";
    DemoCannotReplace => "无法覆盖 {}：{}", "Cannot replace {}: {}";
    DemoWritten => "已写入演示乡镇 {}：{} 个代表小组，{} 名代表，{} 项活动，{} 件议案建议，{} 项抽查（种子 {}）", "Wrote a demo township to {}: {} groups, {} deputies, {} activities, {} motions, {} spot-checks (seed {})";
    // ---- check ----
    CheckMissing => "文件不存在：{}", "No such file: {}";
    CheckFile => "检查 {}", "Checking {}";
    CheckOk => "[通过]", "[ ok ]";
    CheckBad => "[问题]", "[FAIL]";
    CheckIntegrity => "文件完整性", "integrity";
    CheckForeignKeys => "记录之间的引用（{} 处问题）", "references between records ({} problems)";
    CheckIdentity => "是本程序的数据文件", "a chairdesk file";
    CheckVersion => "数据格式版本 {}（本程序 {}）", "schema version {} (this program {})";
    CheckSound => "结论：文件完好", "Result: the file is sound";
    CheckUnsound => "结论：文件有问题，请不要继续使用，找最近的备份", "Result: the file has problems; stop using it and find the latest backup";
    // ---- errors ----
    ErrReadOnly => "文件以只读方式打开，不能修改", "The file is open read-only and cannot be changed";
    ErrConstraint => "数据不符合规则，未保存：{}", "Not saved: the data breaks a rule: {}";
    ErrBusy => "文件正被另一个程序使用，请稍后再试", "The file is in use by another program; try again shortly";
    ErrDiskFull => "磁盘已满，未保存", "The disk is full; nothing was saved";
    ErrCorrupt => "数据文件已损坏，请运行 chairdesk check 并找最近的备份", "The data file is damaged; run chairdesk check and find the latest backup";
    ErrIo => "读写文件出错：{}", "Error reading or writing the file: {}";
    ErrDatabase => "数据库出错：{}", "Database error: {}";
    ErrNotSqlite => "{} 不是本程序的数据文件（也不是 SQLite 数据库），未做任何改动", "{} is not a chairdesk file (not even a SQLite database); it was left untouched";
    ErrForeign => "{} 是别的程序的数据库，不是本程序的数据文件，未做任何改动", "{} is another program's database, not a chairdesk file; it was left untouched";
    ErrNewer => "{} 的数据格式是第 {} 版，本程序只认识到第 {} 版，请先升级程序。文件未做任何改动", "{} has schema version {}, but this program knows up to version {}: please update chairdesk. The file was left untouched";
    ErrOpenIo => "无法打开 {}：{}", "Cannot open {}: {}";
    ErrMigration => "{} 从第 {} 版升级失败，文件保持原样：{}", "Upgrading {} from version {} failed; the file is unchanged: {}";
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
    // ---- roster (issue 3) ----
    // ---- end roster ----
    // ---- calendar (issue 4) ----
    // ---- end calendar ----
    // ---- spotcheck (issue 5) ----
    // ---- end spotcheck ----
    // ---- docket (issue 6) ----
    // ---- end docket ----
    // ---- today (issue 7) ----
    TodayKindReplyOverdue => "答复逾期", "Replies overdue";
    TodayKindAnnouncementDue => "接待日公告今日到期或已晚", "Reception notices due or late";
    TodayKindCorrectionOverdue => "抽查整改逾期", "Spot-check corrections overdue";
    TodayKindActivityToday => "今日活动", "Activities today";
    TodayKindActivityUnrecorded => "日期已过、尚未登记的活动", "Past activities not recorded";
    TodayKindReplyDueSoon => "答复即将到期", "Replies due soon";
    TodayKindFeedbackPending => "已答复、待收回代表反馈", "Replied, deputy's feedback not collected";
    TodayKindActivityThisWeek => "本周活动（今起7天）", "Activities this week (next 7 days)";
    TodayKindCheckThisWeek => "本周抽查", "Spot-checks this week";
    TodayKindChairContact => "主席联系代表", "The chair's contact with deputies";
    TodayKindGroupIdle => "本季度活动不足的代表小组", "Groups short of activities this quarter";
    TodayKindStationMissed => "漏了接待的联络站", "Stations that missed a reception";
    TodayKindSilentItem => "久无进展的事项", "Items with no step for a long time";
    TodayKindDutyBehind => "履职明显滞后的代表（实际/按进度应达）", "Deputies far behind their yearly duties (actual/expected by now)";
    TodayLate => "逾期{}天", "{} days late";
    TodayDueToday => "今天", "today";
    TodayDaysLeft => "还剩{}天", "{} days left";
    TodaySilentDays => "{}天无进展", "{} days quiet";
    TodaySnoozedUntil => "推迟至{}", "until {}";
    TodayTownship => "全镇", "Township";
    TodayFeedbackMatter => "{}（{}答复）", "{} (replied {})";
    TodaySilentMatter => "{}（{}，{}后无进展）", "{} ({}, nothing since {})";
    TodayAnnouncementMatter => "发布公告：{}（{}接待）", "Put up the notice: {} (reception {})";
    TodayCheckMatter => "抽查{}（{}）", "Spot-check of {} ({})";
    TodayCorrectionMatter => "整改：{}（{}）", "Correction: {} ({})";
    TodayGroupIdleMatter => "{}：{}已举行{}/{}次，已安排{}次", "{}: {} held {}/{}, {} planned";
    TodayStationMatter => "{}：{}没有接待（每{}个月至少一次）", "{}: no reception in {} (at least once every {} months)";
    TodayChairMonthMatter => "本月已联系代表{}/{}次", "Deputies contacted this month: {}/{}";
    TodayChairYearMatter => "本年已联系代表{}次，按进度应{}次（全年{}次）", "Deputies contacted this year: {}, {} expected by now ({} a year)";
    TodayChairShortMonths => "；{}月未达每月要求", "; months short of the monthly rule: {}";
    TodayChairNext => "最久未联系：{}", "longest without contact: {}";
    TodayDutyVoterContacts => "联系选民{}/{}人次（全年{}）", "voter contacts {}/{} (year {})";
    TodayDutyDistrictVisits => "回选区{}/{}次（全年{}）", "district visits {}/{} (year {})";
    TodayDutyActivityDays => "参加活动{}/{}天（全年{}）", "activity days {}/{} (year {})";
    TodayDutySuggestions => "提出建议{}/{}件（全年{}）", "suggestions {}/{} (year {})";
    TodayDutyReports => "向选民述职{}/{}次（全年{}）", "reports to voters {}/{} (year {})";
    TodayReviewTitle => "待办事项（{}项）  回车转到该记录", "To do ({})  Enter goes to the record";
    TodayReviewTitleSnoozed => "待办事项（{}项，另有{}项已推迟）  回车转到该记录", "To do ({}, {} put off)  Enter goes to the record";
    TodayReviewTitleAll => "待办事项及已推迟事项（{}项）", "To do and put off ({})";
    TodayNothing => "今天没有需要处理的事项", "Nothing needs you today";
    TodayFigDeputies => "在任代表", "Deputies";
    TodayFigActivities => "本季活动", "This quarter";
    TodayFigHeld => "{}（已举行{}）", "{} ({} held)";
    TodayFigOpen => "未办结", "Open";
    TodayFigOverdue => "逾期", "Overdue";
    TodayFigClosedRate => "办结率", "Closed";
    TodayFigSatisfiedRate => "满意率", "Satisfied";
    TodayRateDefinitions => "办结率=已办结{}/本年交办{}；满意率=(满意+基本满意){}/本年评价{}，满意{}", "closed rate = closed {} / assigned this year {}; satisfied = (satisfied + basically) {} / rated this year {}, fully {}";
    TodayHints => "{} 推迟  {} 今日已阅  {} 显示已推迟  {} 恢复  {} 规则  {} 积分", "{} put off  {} seen today  {} show put off  {} restore  {} rules  {} scores";
    TodaySnoozeTitle => "推迟这一项", "Put this line off";
    TodaySnoozeUntil => "推迟到", "Until";
    TodaySnoozeLater => "日期必须晚于今天", "The day must be after today";
    TodaySnoozeHint => "{} 保存  {} 取消", "{} save  {} cancel";
    TodaySnoozed => "已推迟到{}：{}", "Put off until {}: {}";
    TodaySeen => "今日已阅：{}（明天仍未处理会再出现）", "Seen today: {} (it returns tomorrow if still open)";
    TodayUnsnoozed => "已恢复：{}", "Back on the list: {}";
    TodayNotSnoozed => "这一项没有推迟", "This line is not put off";
    TodayNoRecord => "这一行没有对应的记录可以打开", "This line has no record to open";
    TodayRulesTitle => "规则设置（{}条）  {} 修改  {} 返回", "Rules ({})  {} edit  {} back";
    TodayColRule => "规则", "Rule";
    TodayColValue => "数值", "Value";
    TodayColUnit => "单位", "Unit";
    TodayColLeft => "情况", "When";
    TodayWeightRow => "履职积分：{}", "Duty score: {}";
    TodayRuleEditTitle => "修改规则", "Change a rule";
    TodayRuleValue => "数值（{}）", "Value ({})";
    TodayRuleSaved => "已保存：{} = {}{}", "Saved: {} = {} {}";
    TodayScoresTitle => "{}年履职积分（{}人）  {} 明细  {}/{} 换年份  {} 返回", "{} duty scores ({})  {} details  {}/{} year  {} back";
    TodayColRank => "全镇名次", "Rank";
    TodayColGroupRank => "组内名次", "In group";
    TodayColScore => "积分", "Score";
    TodayColGrade => "等次", "Grade";
    TodayGradeExcellent => "优秀", "Excellent";
    TodayGradeCompetent => "称职", "Competent";
    TodayGradeIncompetent => "不称职", "Not competent";
    TodayBreakdownTitle => "{}　{}年履职积分 {}分（{}）", "{}  {} duty score {} ({})";
    TodayScoreBase => "基础分", "Base";
    TodayScoreCongress => "出席人代会（次）", "Congress sessions";
    TodayScoreSuggestions => "提出议案建议（件）", "Motions and suggestions";
    TodayScoreSpeeches => "审议发言（次）", "Speeches";
    TodayScorePresidium => "列席主席团会议（次）", "Presidium meetings";
    TodayScoreActivityDays => "参加活动（天）", "Activity days";
    TodayScoreVoterContacts => "联系选民（人次）", "Voters contacted";
    TodayScoreDeeds => "办实事（件）", "Practical deeds";
    TodayScoreReports => "向选民述职（次）", "Reports to voters";
    TodayScoreLine => "{}  →  {}分", "{}  ->  {} points";
    TodayScoreTotal => "合计", "Total";
    TodayScoreGradeRule => "等次标准", "Grades";
    TodayScoreGradeCuts => "优秀≥{}分，称职≥{}分", "excellent >= {}, competent >= {}";
    TodayAgendaTitle => "{} 今日待办（{}项）", "{} to do today ({})";
    TodayAgendaSnoozed => "另有{}项已推迟或今日已阅", "{} more put off or seen today";
    TodayAgendaBadDate => "日期“{}”无效，请写成 2026-03-05 的样子", "Invalid date \"{}\": write it like 2026-03-05";
    TodayActSnooze => "推迟到某日", "Put off until a day";
    TodayActSeen => "今日已阅（明天再提醒）", "Seen today (remind tomorrow)";
    TodayActUnsnooze => "恢复已推迟的事项", "Bring a put-off line back";
    TodayActShowSnoozed => "显示/隐藏已推迟的事项", "Show or hide put-off lines";
    TodayActRules => "规则设置", "Rules";
    TodayActScores => "履职积分", "Duty scores";
    TodayRuleGroupActivitiesPerQuarter => "每个代表小组每季度至少开展活动", "Group activities per quarter, at least";
    TodayRuleGroupActivitiesPerYear => "每个代表小组每年至少开展活动", "Group activities per year, at least";
    TodayRuleDeputyActivityDaysPerYear => "每位代表每年参加闭会期间活动至少", "Activity days per deputy per year, at least";
    TodayRuleDeputyVoterContactsPerYear => "每位代表每年联系选民至少", "Voters contacted per deputy per year, at least";
    TodayRuleDeputyDistrictVisitsPerYear => "每位代表每年回选区至少", "District visits per deputy per year, at least";
    TodayRuleDeputyDeedsPerYear => "每位代表每年为选民办实事至少", "Practical deeds per deputy per year, at least";
    TodayRuleDeputySuggestionsPerYear => "每位代表每年提出议案或建议至少", "Motions or suggestions per deputy per year, at least";
    TodayRuleDeputyHouseholdVisitsPerQuarter => "每位代表每季度走访农户至少", "Household visits per deputy per quarter, at least";
    TodayRuleReceptionEveryMonthsTownship => "镇人大代表接待选民：每隔（联络站每期至少接待一次）", "Township deputies receive voters every (each station at least once a period)";
    TodayRuleReceptionEveryMonthsCounty => "县人大代表接待选民：每隔", "County deputies receive voters every";
    TodayRuleReceptionEveryMonthsCity => "市人大代表接待选民：每隔", "City deputies receive voters every";
    TodayRuleReceptionEveryMonthsProvince => "省人大代表接待选民：每隔", "Provincial deputies receive voters every";
    TodayRuleReceptionMinDeputies => "每次接待至少到场代表", "Deputies at each reception, at least";
    TodayRuleAnnounceWorkingDaysBefore => "接待日提前公告", "Announce a reception day ahead by";
    TodayRuleReplyDueMonths => "交办后答复期限", "Reply due after assignment";
    TodayRuleExtendedReplyDueMonths => "经说明延期后的答复期限（自交办起）", "Extended reply due (from assignment)";
    TodayRuleRereplyDueMonths => "不满意重办后再次答复期限", "Re-reply due after re-handling";
    TodayRuleCohandlerOpinionMonths => "协办单位向主办单位提出意见", "Co-handler's opinion to the lead unit within";
    TodayRuleReturnWithinDays => "承办单位申请退回的期限", "A unit may return a misassigned item within";
    TodayRuleStationAssignWithinDays => "联络站收到意见后交办的期限", "Station assigns a received opinion within";
    TodayRuleDueSoonDays => "答复期限前多少天列入“即将到期”", "Reply counts as due soon within";
    TodayRuleSilentItemDays => "事项多久没有进展算“久无进展”", "An item is quiet after";
    TodayRuleChairContactsPerYear => "主席每年联系代表至少", "Chair's contacts with deputies per year, at least";
    TodayRuleChairContactsPerMonth => "主席每月联系代表至少", "Chair's contacts with deputies per month, at least";
    TodayRuleMotionMinSigners => "议案至少由几名代表联名", "Deputies needed to sign a motion, at least";
    TodayRuleSpotcheckExcludeMonths => "抽查后多久内不再抽中同一代表", "A checked deputy is not drawn again within";
    TodayRuleFeedbackDueDays => "答复后收回代表反馈的期限", "Collect the deputy's feedback within (after the reply)";
    TodayRuleDeputyReportsPerYear => "直接选举的代表每年向选民述职至少", "Reports to voters per directly elected deputy per year, at least";
    TodayRuleDeputyBehindPercent => "代表履职低于按进度应达的多少算“明显滞后”", "A deputy is far behind under this share of the expected figure";
    TodayRuleStationLookbackMonths => "检查联络站接待情况的回看月数", "Months looked back for station receptions";
    TodayRuleScoreSuggestionQuota => "履职积分：提出建议满几件得满分", "Duty score: suggestions that earn the full points";
    TodayRuleGradeExcellentMin => "年终等次：优秀至少", "Year-end grade: excellent from";
    TodayRuleGradeCompetentMin => "年终等次：称职至少", "Year-end grade: competent from";
    // ---- end today ----
    // ---- safety (issue 8) ----
    // ---- end safety ----
    // ---- excel (issue 9) ----
    // ---- end excel ----
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
