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
    RosterActMove => "调整代表小组（记录调组日期）", "Move to another group (dated)";
    RosterActRole => "设为组长 / 副组长 / 组员", "Make group leader / deputy leader / member";
    RosterActEndTerm => "终止代表任期（辞职、罢免、去世、调离等）", "End the term (resigned, recalled, died, moved away...)";
    RosterActContact => "登记代表联系选民", "Log a contact with voters";
    RosterActDuty => "履职档案（再按一次返回名册）", "Duty record (again: back to the roster)";
    RosterActStats => "代表结构统计（再按一次返回名册）", "Structure statistics (again: back to the roster)";
    RosterActShowEnded => "显示 / 隐藏已离任代表", "Show / hide deputies whose term ended";
    RosterActSort => "按下一列排序（最后回到按小组）", "Sort by the next column (then back to groups)";
    RosterActSortReverse => "倒序排列", "Reverse the order";
    RosterUnset => "未填", "not recorded";
    RosterNoGroup => "暂不编组", "no group yet";
    RosterFieldEthnicity => "民族", "Ethnicity";
    RosterFieldEducation => "文化程度", "Education";
    RosterFieldUnit => "工作单位及职务", "Unit and post";
    RosterFieldDirect => "直接选举产生", "Directly elected";
    RosterFieldAddress => "住址（不公开）", "Address (private)";
    RosterFieldNotes => "备注", "Notes";
    RosterFieldGroupName => "小组名称", "Group name";
    RosterFieldPlace => "活动地点", "Meeting place";
    RosterFieldMin => "最少人数", "Fewest members";
    RosterFieldMax => "最多人数", "Most members";
    RosterFieldNewGroup => "调到", "Move to";
    RosterFieldFrom => "自何日起", "From";
    RosterFieldEndKind => "离任方式", "How it ended";
    RosterFieldEndDate => "离任日期", "Ended on";
    RosterFieldReason => "原因", "Reason";
    RosterFieldMode => "方式", "Mode";
    RosterFieldPeople => "人次", "Voters";
    RosterFieldInDistrict => "在本选区", "In own district";
    RosterFieldSummary => "内容摘要", "Summary";
    RosterColInDistrict => "进选区", "District";
    RosterNewDeputyTitle => "新增代表", "New deputy";
    RosterEditDeputyTitle => "修改代表：{}", "Edit deputy: {}";
    RosterNewGroupTitle => "新建代表小组", "New group";
    RosterEditGroupTitle => "修改小组：{}", "Edit group: {}";
    RosterMoveTitle => "调整小组：{}", "Move {} to another group";
    RosterRoleTitle => "{} 在{}中的职务", "Role of {} in {}";
    RosterEndTitle => "终止任期：{}", "End the term of {}";
    RosterContactTitle => "{} 联系选民", "{}: contact with voters";
    RosterFormHint => "{} 保存  {} 取消  {} 下一栏  带 * 必填", "{} save  {} cancel  {} next field  * required";
    RosterConfirmHint => "{} 确定  {} 取消", "{} yes  {} no";
    RosterListHint => "{} 新增 {} 修改 {} 调组 {} 职务 {} 离任 {} 联系选民 {} 履职 {} 统计 {} 含离任 {} 排序", "{} new {} edit {} move {} role {} end term {} contact {} record {} stats {} ended {} sort";
    RosterBirthUnreadable => "无法识别，请写成 1975.03", "Unrecognised: write it like 1975.03";
    RosterBirthFuture => "出生年月不能晚于本月", "The birth month cannot be after this month";
    RosterBirthTooYoung => "只有 {} 岁，须年满 18 岁", "Only {} years old; must be 18 or over";
    RosterPhoneWarning => "电话“{}”既不像 11 位手机号，也不像带区号的座机，已照原样保存，请核对", "The phone \"{}\" is neither an 11-digit mobile nor a landline with area code; kept as typed, please check";
    RosterDateFuture => "日期不能晚于今天", "The date cannot be after today";
    RosterMaxBelowMin => "最多人数不能少于最少人数", "Most members cannot be below fewest members";
    RosterGroupNameTaken => "已有名为“{}”的小组", "There is already a group called \"{}\"";
    RosterGroupSaved => "已保存小组“{}”", "Group \"{}\" saved";
    RosterGroupDeleted => "已删除小组“{}”", "Group \"{}\" deleted";
    RosterGroupInUse => "小组“{}”有成员记录或活动，不能删除（记录要保留）", "Group \"{}\" has member history or activities and cannot be deleted (records stay)";
    RosterDeleteGroupAsk => "确定删除小组“{}”？只能删除从未有过成员的小组。", "Delete group \"{}\"? Only a group that never had members can go.";
    RosterDeleteTitle => "删除", "Delete";
    RosterDeleteAsk => "确定删除代表“{}”？只用于误录入、没有任何记录的代表；离任请用“终止任期”。", "Delete deputy \"{}\"? Only for a deputy entered by mistake, with no records; use \"end term\" when a term ends.";
    RosterDeleteRefused => "{}已有履职记录，不能删除；离任请用“终止任期”（记录保留）。记录：{}", "{} has records and cannot be deleted; use \"end term\" when a term ends (records stay). Records: {}";
    RosterDeleted => "已删除代表{}", "Deputy {} deleted";
    RosterRecAttendance => "出勤 {} 次", "{} attendances";
    RosterRecReception => "接待轮值 {} 次", "{} reception duties";
    RosterRecMotions => "议案建议 {} 件", "{} motions";
    RosterRecChecks => "抽查 {} 次", "{} spot-checks";
    RosterRecContacts => "联系选民 {} 次", "{} voter contacts";
    RosterRecEvents => "履职记录 {} 条", "{} duty events";
    RosterRecChair => "主席联系 {} 次", "{} chair contacts";
    RosterDuplicateTitle => "可能重复", "Possible double entry";
    RosterDuplicateAsk => "已有同名、出生年月相同（{} {}）的代表。仍要保存吗？", "A deputy with the same name and birth month ({} {}) is on file. Save anyway?";
    RosterDeputyAdded => "已新增代表{}", "Deputy {} added";
    RosterDeputySaved => "已保存代表{}", "Deputy {} saved";
    RosterMoved => "{}已调到{}（{}起）", "{} moved to {} (from {})";
    RosterShortTooFew => "少于{}人", "under {}";
    RosterShortTooMany => "多于{}人", "over {}";
    RosterShortNoLeader => "无组长", "no leader";
    RosterSameGroup => "已在{}中", "Already in {}";
    RosterBeforeJoined => "早于入组日期 {}", "Before joining the group ({})";
    RosterNotInOffice => "{}已离任，不能再做此项修改", "{}'s term has ended; this change is not possible";
    RosterNoGroupYet => "{}尚未编入小组，请先调整小组", "{} is in no group yet: move them to a group first";
    RosterNoGroupsYet => "还没有代表小组：请先在左侧小组列表中新建小组（{}）", "There are no groups yet: create one in the group list first ({})";
    RosterRoleSet => "已设{}为{}", "{} is now {}";
    RosterRoleReplaced => "（原{}改为组员）", " ({} is now a member)";
    RosterEnded => "{}已离任（{}，{}），记录保留；离任代表默认隐藏", "{}'s term ended ({}, {}); the records stay; ended terms are hidden by default";
    RosterContactSaved => "已登记{}联系选民：{} {} 人次", "Logged a contact of {}: {} {} voters";
    RosterContactDeleted => "已删除这条联系记录", "Contact deleted";
    RosterDeleteContactAsk => "删除 {} 的{}记录（{} 人次）？", "Delete the contact of {} ({}, {} voters)?";
    RosterSelectDeputy => "请先在右侧列表中选中一位代表", "Select a deputy in the list first";
    RosterSelectGroup => "请先选中一个小组", "Select a group first";
    RosterShowingEnded => "已显示离任代表（灰色）", "Showing deputies whose term ended (grey)";
    RosterHidingEnded => "已隐藏离任代表", "Hiding deputies whose term ended";
    RosterSortedBy => "　按{}排序（{}）", "  sorted by {} ({})";
    RosterSortedReversed => "　倒序", "  reversed";
    RosterAscending => "升序", "ascending";
    RosterDescending => "降序", "descending";
    RosterWithEnded => "（含离任）", " (with ended terms)";
    RosterHistory => "小组经历", "Group history";
    RosterUntilNow => "至今", "now";
    RosterWarnTooFew => "{}在任 {} 人，少于 {} 人", "{} has {} members, fewer than {}";
    RosterWarnTooMany => "{}在任 {} 人，多于 {} 人", "{} has {} members, more than {}";
    RosterWarnNoLeader => "{}没有组长", "{} has no leader";
    RosterWarnSep => "。注意：", ". Note: ";
    RosterTownship => "全镇", "Township";
    RosterStatsTitle => "代表结构 · {}（在任 {} 人）", "Structure · {} ({} in office)";
    RosterStatsHint => "{}/{} 换小组  {} 滚动  {} 或 {} 返回名册", "{}/{} group  {} scroll  {} or {} back to the roster";
    RosterDimGender => "性别", "Gender";
    RosterDimParty => "政治面貌", "Party";
    RosterDimOccupation => "职业构成", "Occupation";
    RosterDimAge => "年龄结构", "Age";
    RosterDimEducation => "文化程度", "Education";
    RosterDimLevel => "代表层级", "Level";
    RosterHlWomen => "妇女 {}（{}）", "women {} ({})";
    RosterHlParty => "党员 {}（{}）", "party members {} ({})";
    RosterHlWorkers => "工人农民 {}（{}）", "workers and farmers {} ({})";
    RosterHlCadres => "党政干部 {}（{}）", "cadres {} ({})";
    RosterHlYoung => "35岁以下 {}（{}）", "under 35 {} ({})";
    RosterHlCollege => "大专以上 {}（{}）", "college {} ({})";
    RosterDutyTitle => "履职档案 · {} · {}年", "Duty record · {} · {}";
    RosterDutyActivities => "活动：出席 {} 请假 {} 缺席 {}（出席率 {}） 活动天数 {} 审议发言 {} 接待选民 {}", "Activities: present {} excused {} absent {} (rate {}), days {}, speeches {}, receptions {}";
    RosterDutyContacts => "联系选民：{} 人次（{} 条记录），进选区 {} 次，每季走访 {}", "Voters: {} contacted ({} entries), {} in district, household visits by quarter {}";
    RosterDutyMotions => "议案：领衔 {} 附议 {}  建议意见 {}  向选民述职 {}  办实事 {}  出席人代会 {}", "Motions: led {} co-signed {}; suggestions {}; reports to voters {}; deeds {}; sessions {}";
    RosterDutyChecks => "抽查：合格 {}  需整改 {}  已整改 {}  待查 {}", "Spot-checks: passed {}, to fix {}, fixed {}, pending {}";
    RosterDutyRequirements => "年度要求（规则可在规则表中调整）", "Yearly requirements (rules are configurable)";
    RosterDutyHistory => "小组：{}", "Groups: {}";
    RosterSpanOpen => "{} 起 {} {}", "from {} {} {}";
    RosterSpanClosed => "{} 至 {} {} {}", "{} to {} {} {}";
    RosterReqDays => "活动天数", "Activity days";
    RosterReqPeople => "联系选民人次", "Voters contacted";
    RosterReqDistrict => "进选区", "District visits";
    RosterReqDeeds => "办实事", "Deeds";
    RosterReqSuggestions => "议案建议", "Motions";
    RosterReqHousehold => "每季走访", "Quarterly visits";
    RosterProgressMet => "达到", "met";
    RosterProgressOpen => "进行中", "open";
    RosterProgressShort => "未达到", "short";
    RosterContactsTitle => "{}年联系选民记录（{}条）", "Voter contacts {} ({})";
    RosterDutyHint => "{}/{} 换年份  {} 登记联系选民  {} 删除所选记录  {} 返回名册", "{}/{} year  {} log a contact  {} delete the selected contact  {} back to the roster";
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
