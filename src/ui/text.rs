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
    ColMatter => "事项", "Matter";
    ColWho => "相关", "Who";
    ColBy => "期限", "By";
    Yes => "是", "yes";
    No => "否", "no";
    // ---- panes ----
    AllDeputies => "全体代表", "All deputies";
    GroupsTitle => "代表小组", "Groups";
    GroupMembersTitle => "{}　组长：{}　副组长：{}", "{}  leader: {}  deputy leader: {}";
    TownshipWide => "全镇", "Township";
    DocketTitle => "未办结及本年事项（{}件）", "Open and this year's items ({})";
    // ---- shell ----
    HelpTitle => "按键一览（Esc 关闭）", "Keys (Esc closes)";
    Hints => "{} 帮助  {} 换页  {} 搜索  {} 打开  {} 退出", "{} help  {} pane  {} search  {} open  {} quit";
    ReadOnly => "只读", "read-only";
    Writable => "可写", "writable";
    TooSmall => "窗口太小：至少需要 {}×{}，现在是 {}×{}。请放大窗口。", "The window is too small: {}x{} needed, {}x{} now. Please enlarge it.";
    NothingToEdit => "这个列表的内容由程序根据记录生成，不能在这里新建、修改或删除", "This list is made from the records; nothing here can be added, edited or deleted";
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
    DemoCountyWritten => "已写入全县规模演示数据 {}：{} 个乡镇，{} 个代表小组，{} 名代表，{} 项活动，{} 条出勤，{} 条联系选民，{} 件议案建议，{} 项抽查（种子 {}）", "Wrote a county-scale demo to {}: {} townships, {} groups, {} deputies, {} activities, {} attendance rows, {} voter contacts, {} motions, {} spot-checks (seed {})";
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
    RosterExportTitle => "代表名单", "Deputies";
    // ---- end roster ----
    // ---- calendar (issue 4) ----
    ActCalPrevWeek => "上一周", "Previous week";
    ActCalNextWeek => "下一周", "Next week";
    ActCalPrevMonth => "上个月", "Previous month";
    ActCalNextMonth => "下个月", "Next month";
    ActCalPrevQuarter => "上个季度（矩阵、轮值、节假日中为上一年）", "Previous quarter (previous year in the matrix, rota and holidays)";
    ActCalNextQuarter => "下个季度（矩阵、轮值、节假日中为下一年）", "Next quarter (next year in the matrix, rota and holidays)";
    ActCalToday => "回到今天", "Go to today";
    ActCalDayOnly => "列表在“当天活动”和“全季度活动”之间切换", "List the selected day's or the whole quarter's activities";
    ActCalAttendance => "登记出勤（已举行的活动）", "Record attendance (held activity)";
    ActCalCompliance => "各小组活动达标情况", "Compliance matrix of the groups";
    ActCalReceptions => "接待日轮值", "Reception rota";
    ActCalHolidays => "节假日安排", "Holiday schedule";
    ActCalAllPresent => "全部标为出席", "Mark everyone present";
    ActCalCycleMark => "切换出席/请假/缺席", "Cycle present / excused / absent";
    ActCalToggleSpoke => "切换是否发言", "Toggle spoke";
    ActCalGenerateRota => "生成全年接待日安排", "Plan the year's reception days";
    ActCalSwapDuty => "调换值班代表", "Swap a deputy on duty";
    ActCalMarkAnnounced => "标记今天已公告", "Mark the notice put up today";
    ActCalImportHolidays => "导入一年的节假日安排（CSV）", "Import a year's holiday schedule (CSV)";
    CalQuarterTitle => "{}活动（{}项）", "{} activities ({})";
    CalDayTitle => "{}的活动（{}项）", "Activities on {} ({})";
    CalColAttendance => "出/假/缺", "In/Exc/Abs";
    CalColFlag => "提醒", "Flag";
    CalFlagUnrecorded => "未登记", "Unrecorded";
    CalFlagNoticeLate => "公告逾期", "Notice late";
    CalFlagNoticeToday => "今日须公告", "Notice today";
    CalFlagNoticePending => "待公告", "Notice due";
    CalFlagShort => "人数不足", "Too few";
    CalWeekdaysShort => "一,二,三,四,五,六,日", "Mo,Tu,We,Th,Fr,Sa,Su";
    CalWeekdaysLong => "星期一,星期二,星期三,星期四,星期五,星期六,星期日", "Mon,Tue,Wed,Thu,Fri,Sat,Sun";
    CalMonthTitle => "{}年{}月", "{}-{}";
    CalDayOff => "休息日", "day off";
    CalMakeUpDay => "调休上班", "make-up workday";
    CalNoActivity => "这一天没有活动", "No activity on this day";
    CalLegend => "* 有活动  ! 需处理  _ 今天", "* activity  ! action  _ today";
    CalMoveHint => "{}/{} 日 {}/{} 周 {}/{} 月 {}/{} 季", "{}/{} day {}/{} week {}/{} month {}/{} quarter";
    CalHintCalendar => "{} 新建 {} 修改 {} 取消 {} 出勤 {} 达标 {} 轮值 {} 节假日 {} 今天 {} 当天/全季", "{} new {} edit {} cancel {} attendance {} compliance {} rota {} holidays {} today {} day/quarter";
    CalHintAttendance => "{} 全部出席 {} 出席/请假/缺席 {} 发言 {} 事由 {} 保存 {} 返回", "{} all present {} present/excused/absent {} spoke {} reason {} save {} back";
    CalHintCompliance => "{}/{} 换年份 {} 返回", "{}/{} year {} back";
    CalHintReceptions => "{} 生成全年安排 {} 调换代表 {} 已公告 {}/{} 换年份 {} 返回", "{} plan the year {} swap {} notice up {}/{} year {} back";
    CalHintHolidays => "{} 导入CSV {}/{} 换年份 {} 返回", "{} import CSV {}/{} year {} back";
    CalFormNew => "新建活动", "New activity";
    CalFormEdit => "修改活动", "Edit activity";
    CalFormHint => "{} 保存  {} 取消  ←/→ 选择；结束日期空着即当天", "{} save  {} cancel  ←/→ choose; no end date means one day";
    CalFormHintShort => "{} 保存  {} 取消", "{} save  {} cancel";
    CalFieldKind => "类别", "Kind";
    CalFieldTopic => "专题", "Topic";
    CalFieldStart => "开始日期", "Starts";
    CalFieldEnd => "结束日期", "Ends";
    CalFieldTime => "开始时间", "Time";
    CalFieldDays => "天数", "Days";
    CalFieldPlace => "地点", "Place";
    CalFieldGroup => "代表小组", "Group";
    CalFieldStatus => "状态", "Status";
    CalFieldRecord => "记录", "Record";
    CalFieldArchived => "存档", "Archived";
    CalErrEndBeforeStart => "结束日期早于开始日期：请改为开始日期当天或以后", "The end is before the start: make it the start day or later";
    CalErrYear => "年份 {} 超出范围（2000–2100）", "Year {} is out of range (2000-2100)";
    CalErrDaysUnreadable => "天数请写数字，例如 1 或 0.5", "Write the days as a number, e.g. 1 or 0.5";
    CalErrDaysRange => "天数应大于 0、不超过 30 天", "Days must be over 0 and at most 30";
    CalErrDaysSpan => "天数不能超过活动跨越的 {} 天（或改结束日期）", "Days cannot exceed the {} days the dates span (or change the end)";
    CalErrTime => "时间请写成 09:30 的样子", "Write the time like 09:30";
    CalErrHeldFuture => "还没到日期的活动不能标为已举行", "An activity cannot be held before its date";
    CalErrArchivedPlanned => "计划中的活动不能存档：举行或取消后再存档", "A planned activity cannot be archived: hold or cancel it first";
    CalRefNotFound => "没有找到这项记录（可能已被修改）", "That record was not found (it may have changed)";
    CalRefNotHeld => "只有已举行的活动才能登记出勤：请先修改状态为“已举行”", "Attendance is for held activities only: set the status to held first";
    CalRefLeaveReason => "请假须写明事由", "A leave of absence needs a reason";
    CalRefHasAttendance => "这项活动已登记出勤，不能改为计划或取消", "This activity has attendance: it cannot go back to planned or be cancelled";
    CalRefHasDuty => "这个接待日已排了值班代表，不能改为其他类别", "This reception day has a duty rota: it cannot become another kind";
    CalRefNotPlanned => "只能调整尚未举行的接待日", "Only a planned reception day can be changed";
    CalRefNotReception => "这不是接待日", "This is not a reception day";
    CalRefNoticeAfterDay => "接待日已过，不能再登记公告", "The reception day is past; a notice cannot be recorded now";
    CalRefNotOnDuty => "这位代表不在值班名单上", "That deputy is not on duty";
    CalRefAlreadyOnDuty => "这位代表已在值班名单上", "That deputy is already on duty";
    CalRefDuplicate => "同一位代表登记了两次", "A deputy was recorded twice";
    CalRefNoStations => "还没有与代表小组关联的联络站", "No liaison station belongs to a group yet";
    CalSavedNew => "已新建活动：{}", "Activity added: {}";
    CalSavedEdit => "已保存：{}", "Saved: {}";
    CalCancelled => "已取消活动：{}（记录保留）", "Activity cancelled: {} (the record stays)";
    CalAttendanceSaved => "已保存出勤：出席{}人，请假{}人，缺席{}人", "Attendance saved: {} present, {} excused, {} absent";
    CalRotaGenerated => "已生成{}年接待日{}次，公告期限按工作日计算", "Planned {} reception days in {}; notice deadlines in working days";
    CalRotaShort => "以下联络站值班代表不足{}人，请调换补充：{}", "These stations have fewer than {} deputies on duty; please add: {}";
    CalRotaNone => "{}年各联络站都已有接待日安排，没有新增", "Every station already has its reception days in {}; nothing added";
    CalSwapped => "已调换：{}换下，{}换上", "Swapped: {} off, {} on";
    CalAnnounced => "已记录今天公告：{}", "Notice recorded today: {}";
    CalImported => "已导入{}年节假日安排：放假{}天，调休上班{}天；{}个接待日的公告期限已重新计算", "Imported the {} holiday schedule: {} days off, {} make-up workdays; {} notice deadlines recomputed";
    CalConfirmCancelTitle => "取消活动", "Cancel activity";
    CalConfirmCancel => "确定取消“{}”吗？记录会保留，状态改为“取消”。", "Cancel \"{}\"? The record stays, with status cancelled.";
    CalConfirmRotaTitle => "生成接待日安排", "Plan reception days";
    CalConfirmRota => "为各联络站生成{}年尚未安排的接待日（从{}起；镇代表每{}个月一次，每次至少{}名代表轮流值班）？", "Plan the missing reception days of {} at every station (from {}; township deputies every {} months, at least {} deputies each time in rotation)?";
    CalConfirmDiscardTitle => "放弃登记", "Discard";
    CalConfirmDiscard => "出勤登记尚未保存，确定放弃吗？", "The attendance is not saved. Discard it?";
    CalConfirmHint => "{} 确定  {} 取消", "{} yes  {} no";
    CalAttendanceTitle => "出勤：{}（出席{} 请假{} 缺席{} 未登记{}）", "Attendance: {} ({} in, {} excused, {} absent, {} unmarked)";
    CalColMark => "出勤", "Came";
    CalColSpoke => "发言", "Spoke";
    CalColReason => "请假事由", "Reason";
    CalUnmarked => "未登记", "unmarked";
    CalReasonTitle => "请假事由：{}", "Reason for leave: {}";
    CalFieldReason => "事由", "Reason";
    CalNothingSelected => "请先选择一项活动", "Select an activity first";
    CalNoExpected => "这项活动没有应出席的代表（小组没有成员，或接待日没有值班代表）", "Nobody is expected at this activity (the group is empty or nobody is on duty)";
    CalComplianceTitle => "{}年各小组活动达标情况（每季度至少{}次，全年至少{}次）", "Group activities in {} (at least {} a quarter, {} a year)";
    CalColQ1 => "一季度", "Q1";
    CalColQ2 => "二季度", "Q2";
    CalColQ3 => "三季度", "Q3";
    CalColQ4 => "四季度", "Q4";
    CalColYear => "全年", "Year";
    CalCellMet => "{} 达标", "{} ok";
    CalCellMissed => "{} 未达标", "{} missed";
    CalCellPending => "{} 剩{}天", "{} {}d left";
    CalReceptionsTitle => "{}年接待日（{}次）", "Reception days {} ({})";
    CalColStation => "联络站", "Station";
    CalColDuty => "值班代表", "On duty";
    CalColNoticeDue => "公告期限", "Notice by";
    CalColAnnounced => "已公告", "Put up";
    CalSwapTitle => "调换值班代表：{} {}", "Swap on duty: {} {}";
    CalFieldOut => "换下", "Off";
    CalFieldIn => "换上", "On";
    CalSwapNoCandidates => "小组里没有其他可调换的在任代表", "No other deputy of the group can take this turn";
    CalHolidaysTitle => "{}年节假日安排（{}天）", "Holiday schedule {} ({} days)";
    CalHolidaysMissing => "{}年的节假日安排尚未载入，工作日暂按周一至周五计算：按 {} 导入", "The {} holiday schedule is not loaded; working days count Monday to Friday for now: press {} to import";
    CalColWeekday => "星期", "Day";
    CalColDayKind => "安排", "Kind";
    CalColHolidayName => "节日", "Holiday";
    CalDayKindOff => "放假", "day off";
    CalDayKindWork => "调休上班", "make-up workday";
    CalImportTitle => "导入节假日安排", "Import a holiday schedule";
    CalFieldPath => "CSV 文件路径", "CSV file";
    CalImportHint => "{} 导入  {} 取消；格式同 data/cn-holidays.csv：date,kind,name", "{} import  {} cancel; shaped like data/cn-holidays.csv: date,kind,name";
    CalImportUnreadable => "无法读取文件：{}", "Cannot read the file: {}";
    CalImportNotUtf8 => "文件不是 UTF-8 编码：请在 Excel 中另存为“CSV UTF-8”", "The file is not UTF-8: save it from Excel as \"CSV UTF-8\"";
    CalImportEmpty => "文件里没有任何日期", "The file lists no days";
    CalCsvBadHeader => "第{}行：第一行应为 date,kind,name", "Line {}: the first line must be date,kind,name";
    CalCsvBadDate => "第{}行：日期“{}”无效，应写成 2027-01-01", "Line {}: bad date \"{}\", write it like 2027-01-01";
    CalCsvBadKind => "第{}行：“{}”无效，应为 holiday 或 workday", "Line {}: \"{}\" must be holiday or workday";
    CalCsvMissing => "第{}行：缺少日期或类别", "Line {}: the date or kind is missing";
    CalCsvDuplicate => "第{}行：日期 {} 重复", "Line {}: the date {} appears twice";
    CalDetailTime => "时间", "Time";
    CalDetailRecord => "记录", "Record";
    CalDetailStation => "联络站", "Station";
    CalDetailNotice => "公告", "Notice";
    CalDetailAttendance => "出勤", "Attendance";
    CalAttendanceCounts => "出席{} 请假{} 缺席{}", "{} present, {} excused, {} absent";
    CalDutyCount => "{}人", "{}";
    CalNoticeDone => "{} 已公告", "put up {}";
    CalNoticePending => "须在 {} 前公告", "due by {}";
    CalNoticeLate => "逾期未公告（期限 {}）", "late (due {})";
    CalNoticeToday => "今天须公告", "due today";
    CalExportActivities => "{}活动", "Activities {}";
    CalExportReceptions => "{}年接待日安排", "Reception days {}";
    CalExportHolidays => "{}年节假日", "Holidays {}";
    // ---- end calendar ----
    // ---- spotcheck (issue 5) ----
    SpotActDraw => "抽签（随机抽取抽查对象）", "Draw a round (random spot-check targets)";
    SpotActRecord => "登记检查结果", "Record the result";
    SpotActFollowup => "记录整改跟进", "Note correction follow-up";
    SpotActClose => "整改销号", "Close a correction";
    SpotActWithdraw => "撤销抽查（写明原因）", "Withdraw a check (with a reason)";
    SpotActStats => "年度统计", "Year statistics";
    SpotActFilter => "筛选（年份、状态、小组）", "Filter (year, status, group)";
    SpotActVerify => "核对抽签（按种子重抽一遍）", "Verify a draw (draw again from its seed)";
    SpotTitle => "{}年抽查（{}项）{}  ←/→ 换年份", "{} spot-checks ({}){}  ←/→ year";
    SpotFilterDesc => "  筛选：{}", "  filter: {}";
    SpotHints => "{} 抽签  {} 登记结果  {} 跟进  {} 销号  {} 撤销  {} 统计  {} 筛选  {} 核对  {} 详情", "{} draw  {} result  {} follow-up  {} close  {} withdraw  {} stats  {} filter  {} verify  {} details";
    SpotOverdue => "整改逾期", "Fix overdue";
    SpotStatusPending => "待查", "To check";
    SpotStatusPassed => "已查-合格", "Passed";
    SpotStatusNeedsCorrection => "已查-需整改", "Needs fixing";
    SpotStatusCorrected => "已整改", "Fixed";
    SpotStatusWithdrawn => "撤销", "Withdrawn";
    SpotKindDeputy => "代表联系选民情况", "Deputy's contact with voters";
    SpotKindLookBack => "回头看（答复已解决的事项）", "Look-back (items replied as solved)";
    SpotKindDeputyShort => "代表", "Deputy";
    SpotKindLookBackShort => "回头看", "Look-back";
    SpotFilterAll => "全部", "All";
    SpotFilterOpen => "未结（待查、需整改）", "Open (to check, to fix)";
    SpotFilterAllGroups => "全部小组", "All groups";
    SpotFilterYear => "年份", "Year";
    SpotFilterGroup => "小组", "Group";
    SpotFilterFormTitle => "筛选抽查", "Filter spot-checks";
    SpotDrawTitle => "抽签：随机抽取抽查对象", "Draw spot-check targets";
    SpotFieldTarget => "抽查对象", "Target";
    SpotFieldSize => "抽取数量", "How many";
    SpotFieldStratify => "分层", "Stratify";
    SpotStratifyYes => "按小组人数分配名额", "Quota per group by size";
    SpotStratifyNo => "不分层", "No";
    SpotFieldWeight => "加权", "Weighting";
    SpotWeightNo => "不加权（机会均等）", "None (equal chances)";
    SpotWeightLow => "侧重联系选民少的代表", "Favour low voter contact";
    SpotFieldExclude => "排除近几个月已查", "Skip checked within (months)";
    SpotFieldSpread => "几天内检查完", "Check within (days)";
    SpotFieldSeed => "随机种子", "Seed";
    SpotFieldNote => "备注", "Note";
    SpotGroupIn => "纳入　{}", "include {}";
    SpotGroupOut => "不纳入　{}", "leave out {}";
    SpotFieldScope => "抽查范围", "Scope";
    SpotDrawHint => "{} 看抽签结果  {} 取消  数量写 5 或 20%", "{} see the draw  {} cancel  size: 5 or 20%";
    SpotErrSize => "请写人数（如 5）或比例（如 20%）", "Write a number (5) or a share (20%)";
    SpotErrNoGroup => "至少纳入一个小组", "Include at least one group";
    SpotErrTooLarge => "要抽 {} 个，但符合条件的只有 {} 个：{}", "{} wanted, but only {} are eligible: {}";
    SpotErrEmpty => "没有符合条件的对象：{}", "Nobody is eligible: {}";
    SpotExclusionWhy => "近 {} 个月已查过的 {} 人、不在所选小组的 {} 人已排除，只抽在任代表", "left out: checked in the last {} months {}, outside the chosen groups {}; only deputies in office count";
    SpotExclusionWhyLookBack => "近 {} 个月已回头看过的 {} 件已排除，只抽已办结且答复为“已解决”的事项", "left out: looked back at in the last {} months {}; only closed items replied as solved count";
    SpotPreviewTitle => "抽签结果（尚未保存）", "Draw result (not saved yet)";
    SpotPreviewLine => "对象：{}　抽取 {} 个，符合条件 {} 个", "Target: {}  drawing {} of {} eligible";
    SpotPreviewSeed => "随机种子：{}（同一种子、同样数据，重抽结果相同）", "Seed: {} (same seed and data give the same names)";
    SpotPreviewStrata => "分层名额：{}", "Quotas: {}";
    SpotPreviewWeight => "加权：{}（一年联系选民 {} 人次为达标）", "Weighting: {} (target {} voter visits a year)";
    SpotPreviewWeightNone => "加权：{}", "Weighting: {}";
    SpotPreviewPlanned => "计划检查日期在 {} 至 {} 之间随机，不提前通知", "Check dates at random between {} and {}, unannounced";
    SpotPreviewHint => "{} 确认并生成抽查  {} 返回修改", "{} confirm and create the checks  {} back to edit";
    SpotNoGroup => "（无小组）", "(no group)";
    SpotColNo => "序号", "No.";
    SpotColContacts => "近一年联系选民", "Voter visits, 12 mo";
    SpotRecordTitle => "登记检查结果：{}", "Record the result: {}";
    SpotFieldResult => "结果", "Result";
    SpotResultPassed => "合格", "Passed";
    SpotResultNeeds => "需整改", "Needs fixing";
    SpotFieldDue => "整改期限", "Fix by";
    SpotFollowupTitle => "整改跟进：{}", "Follow-up: {}";
    SpotFieldFollowNote => "跟进情况", "Progress";
    SpotCloseTitle => "整改销号：{}", "Close the correction: {}";
    SpotFieldCloseOn => "销号日期", "Closed on";
    SpotFieldCloseNote => "整改情况", "What was done";
    SpotWithdrawTitle => "撤销抽查：{}", "Withdraw the check: {}";
    SpotFieldReason => "撤销原因", "Reason";
    SpotFormHint => "{} 保存  {} 取消", "{} save  {} cancel";
    SpotRefNotAllowed => "这项抽查现在是“{}”，不能这样操作", "This check is \"{}\"; that step does not apply";
    SpotRefInFuture => "日期不能晚于今天", "The date cannot be after today";
    SpotRefDueBeforeCheck => "整改期限不能早于检查日期（{}）", "The fix-by date cannot be before the check date ({})";
    SpotRefDueMissing => "需整改时必须写整改期限", "A correction needs a fix-by date";
    SpotRefFindingMissing => "需整改时必须写明发现的问题", "A correction needs the finding written down";
    SpotRefNoteMissing => "必须写明情况：做了什么、复查结果如何", "Write what was done and how it was re-checked";
    SpotRefReasonMissing => "撤销必须写明原因", "A withdrawal needs a reason";
    SpotRefBeforeCheck => "日期不能早于检查日期（{}）", "The date cannot be before the check date ({})";
    SpotNothingSelected => "请先选中一项抽查", "Select a check first";
    SpotNotFromDraw => "这项抽查不是由抽签产生的，无法核对", "This check did not come from a draw; nothing to verify";
    SpotSavedRound => "已生成抽查 {} 项（第 {} 轮，种子 {}）", "{} checks created (round {}, seed {})";
    SpotSavedResult => "已登记检查结果", "Result recorded";
    SpotSavedFollowup => "已记录跟进情况", "Follow-up noted";
    SpotSavedClosed => "已整改销号", "Correction closed";
    SpotSavedWithdrawn => "已撤销", "Withdrawn";
    SpotDetailTitle => "抽查：{}", "Spot-check: {}";
    SpotDetailKind => "对象类别", "Kind";
    SpotDetailRound => "抽签", "Draw";
    SpotDetailRoundText => "第 {} 轮，{} 抽签，种子 {}", "round {}, drawn {}, seed {}";
    SpotDetailParams => "抽签参数", "Parameters";
    SpotDetailFollowup => "跟进 {}", "Follow-up {}";
    SpotManual => "（未经抽签）", "(not from a draw)";
    SpotVerifyTitle => "核对抽签：第 {} 轮", "Verify draw: round {}";
    SpotVerifySame => "按种子重抽一遍，结果与记录一致", "Drawn again from the seed: the same names";
    SpotVerifyDiffers => "按种子重抽，结果与记录不同（抽签后数据有变动，如代表离任或补记了联系选民）", "Drawn again: different names (the data changed since, e.g. a deputy left or contacts were added)";
    SpotVerifyNot => "这一轮的参数不是本程序记录的，无法重抽核对", "This round's parameters were not recorded by this program; it cannot be drawn again";
    SpotVerifyStored => "记录的名单", "Names recorded";
    SpotVerifyRedrawn => "重抽的名单", "Names drawn again";
    SpotVerifyVerdict => "结论", "Result";
    SpotStatsTitle => "{}年抽查统计  ←/→ 换年份  {} 返回列表", "{} spot-check statistics  ←/→ year  {} back to the list";
    SpotStatsSummary => "概况", "Overview";
    SpotStatsItem => "项目", "Item";
    SpotStatsValue => "数值", "Value";
    SpotStatsInOffice => "在任代表", "Deputies in office";
    SpotStatsChecked => "本年已抽查（人）", "Checked this year";
    SpotStatsCoverage => "覆盖率", "Coverage";
    SpotStatsRounds => "抽签轮次", "Rounds drawn";
    SpotStatsLookBacks => "回头看（件）", "Look-backs";
    SpotStatsOpenFix => "整改中", "Corrections open";
    SpotStatsOverdueFix => "其中逾期", "of them overdue";
    SpotStatsByResult => "按结果", "By result";
    SpotStatsResult => "结果", "Result";
    SpotStatsCount => "项数", "Checks";
    SpotStatsByGroup => "按小组", "By group";
    SpotStatsGroupInOffice => "在任", "In office";
    SpotStatsGroupChecked => "已查", "Checked";
    SpotStatsGroupShare => "占比", "Share";
    SpotStatsGroupFix => "需整改", "Needed fixing";
    SpotStatsNote => "覆盖率＝本年至少完成一次抽查的在任代表÷在任代表；按结果统计本年计划的抽查；逾期按今天计", "Coverage = deputies in office with a check done this year / deputies in office; results count checks planned this year; overdue as of today";
    SpotExportTitle => "抽查", "Spot-checks";
    // ---- end spotcheck ----
    // ---- docket (issue 6) ----
    ActDocketStep => "办理下一步（只列出当前允许的步骤）", "Next step (only the steps allowed now)";
    ActDocketFilter => "筛选（类别、状态、承办单位、逾期、重点）", "Filter (kind, status, unit, overdue, key items)";
    ActDocketRates => "办理率（见面率、答复率、办结率、解决率、满意率）", "Rates (met, replied, closed, solved, satisfied)";
    ActDocketUnits => "承办单位", "Handling units";
    ActDocketScheme => "切换答复分类方案（四类/三类）", "Switch the reply-class scheme (4 or 3 classes)";
    DocketKindMotion => "议案", "Motion";
    DocketKindSuggestion => "建议", "Suggestion";
    DocketKindCriticism => "批评", "Criticism";
    DocketKindOpinion => "意见", "Opinion";
    DocketKindLetter => "代表函", "Deputy letter";
    DocketKindVoter => "选民意见", "Voter opinion";
    DocketStatusRegistered => "登记", "Registered";
    DocketStatusAssigned => "已交办", "Assigned";
    DocketStatusHandling => "办理中", "Handling";
    DocketStatusReplied => "已答复", "Replied";
    DocketStatusFedBack => "已反馈", "Rated";
    DocketStatusFollowing => "跟踪办理", "Following";
    DocketStatusClosed => "办结", "Closed";
    DocketStatusArchived => "归档", "Archived";
    DocketStatusRefused => "不予接收", "Refused";
    DocketStatusReturned => "退回", "Returned";
    DocketStepAssign => "交办", "Assign";
    DocketStepRefuse => "不予接收", "Refuse";
    DocketStepForward => "转交", "Forward";
    DocketStepHandle => "办理", "Handling";
    DocketStepUrge => "督办", "Urge";
    DocketStepExtend => "延期", "Extend";
    DocketStepSetDue => "设定期限", "Set due date";
    DocketStepReturn => "退回", "Return";
    DocketStepReply => "答复", "Reply";
    DocketStepFeedback => "反馈", "Feedback";
    DocketStepRedo => "重办", "Re-handle";
    DocketStepFollow => "跟踪", "Follow up";
    DocketStepClose => "办结", "Close";
    DocketStepArchive => "归档", "Archive";
    DocketStepNote => "备注", "Note";
    DocketRatingSatisfied => "满意", "Satisfied";
    DocketRatingBasic => "基本满意", "Mostly satisfied";
    DocketRatingUnsatisfied => "不满意", "Unsatisfied";
    DocketRoutingTownship => "乡镇办理", "Township handles it";
    DocketRoutingLetter => "转代表函", "To the county (deputy letter)";
    DocketRoutingHigher => "转上级代表", "To a higher-level deputy";
    DocketRoutingLegal => "告知依法途径", "Told the legal route";
    DocketSourceBetween => "闭会期间", "Between sessions";
    DocketSourceSession => "会议期间", "During the session";
    DocketSourceReception => "接待日", "Reception day";
    DocketSourceVisit => "走访", "Visit";
    DocketRateMet => "见面率", "Met";
    DocketRateMetDef => "承办单位与代表见面的件数 ÷ 交办件数", "items whose unit met the deputy / assigned items";
    DocketRateReplied => "答复率", "Replied";
    DocketRateRepliedDef => "按期答复件数 ÷ 交办件数（首次答复不晚于当时的答复期限）", "items replied in time / assigned items (first reply by the due date then in force)";
    DocketRateClosed => "办结率", "Closed";
    DocketRateClosedDef => "办结（含归档）件数 ÷ 交办件数", "closed (or archived) items / assigned items";
    DocketRateSolved => "解决率", "Solved";
    DocketRateSolvedDef => "最近一次答复为解决类（A类）的件数 ÷ 已答复件数", "items whose latest reply is class A / replied items";
    DocketRateSatisfied => "满意率", "Satisfied";
    DocketRateSatisfiedDef => "（满意＋基本满意）÷ 已反馈件数，按领衔代表对最近答复的评价", "(satisfied + mostly) / rated items, by the lead deputy's rating of the latest reply";
    DocketRefuseStep => "“{}”状态下不能“{}”", "An item that is \"{}\" cannot take the step \"{}\"";
    DocketRefuseSigners => "议案须由至少 {} 名代表联名（含领衔代表），现在只有 {} 名", "A motion needs at least {} signing deputies including the lead; it has {}";
    DocketRefuseNoLead => "请至少选择一名领衔代表", "Pick at least the lead deputy";
    DocketRefuseDuplicate => "同一名代表不能选两次", "The same deputy was picked twice";
    DocketRefuseRouting => "只有选民意见才有去向，其他类别请选“无”", "Only voter opinions have a routing; choose \"none\" for other kinds";
    DocketRefuseRoutingStep => "去向为“{}”的选民意见不能“{}”", "A voter opinion routed \"{}\" cannot take the step \"{}\"";
    DocketRefuseFuture => "不能晚于今天", "Cannot be after today";
    DocketRefuseBeforeReceived => "不能早于收到日期 {}", "Before the receipt date {}";
    DocketRefuseBeforeLast => "不能早于上一步的日期 {}", "Before the previous step {}";
    DocketRefuseReplyBeforeAssign => "答复不能早于交办日期 {}", "Reply before the assignment {}";
    DocketRefuseFeedbackBeforeReply => "反馈不能早于答复日期 {}", "Feedback before the reply {}";
    DocketRefuseNote => "“{}”须写明理由或内容", "\"{}\" needs a reason";
    DocketRefuseNoUnit => "请选择主办单位", "Choose a lead unit";
    DocketRefuseNotLater => "须晚于现在的期限 {}", "Must be after the current {}";
    DocketRefuseBeyond => "延期最晚到 {}", "Extension ends by {} at most";
    DocketRefuseDueBeforeAssign => "不能早于交办日期 {}", "Before the assignment {}";
    DocketRefuseReturnLate => "须在交办后{}天内退回（{}前）", "Return within {} days (by {})";
    DocketRefuseNoRating => "请至少为一名代表选择评价", "Choose a rating for at least one deputy";
    DocketRefuseFollow => "B、C类答复须先“跟踪”办理，承诺事项完成后再办结", "A class B or C reply is followed up first; close it when the promised work is done";
    DocketRefuseRedo => "只有代表评价“不满意”时才能重办", "Re-handling is for a reply a deputy rated unsatisfied";
    DocketNone => "无", "none";
    DocketAll => "全部", "all";
    DocketRegisterTitle => "登记议案建议", "Register an item";
    DocketEditTitle => "修改 {}", "Edit {}";
    DocketContent => "内容", "Content";
    DocketSource => "来源", "Source";
    DocketCategory => "分类", "Category";
    DocketRouting => "去向", "Routing";
    DocketVoterName => "选民姓名", "Voter";
    DocketVoterPhone => "选民电话", "Voter phone";
    DocketLeadUnit => "主办单位", "Lead unit";
    DocketCoUnit => "协办单位", "Co-handling unit";
    DocketNote => "说明", "Note";
    DocketReason => "理由/内容", "Reason / what";
    DocketUrgeMode => "督办方式", "How";
    DocketUrgeWhat => "督办内容", "What was done";
    DocketUrgeLetter => "督办函", "Letter";
    DocketUrgePhone => "电话督办", "Phone";
    DocketUrgeMeeting => "协调会", "Coordination meeting";
    DocketUrgeVisit => "现场督办", "On-site";
    DocketNewDue => "答复期限", "Due date";
    DocketLocalRule => "依据", "Local rule";
    DocketReplyClass => "答复分类", "Class";
    DocketMetDeputy => "与代表见面", "Met the deputy";
    DocketReplyText => "答复内容", "Reply";
    DocketNotRated => "未评价", "not rated";
    DocketRoleLead => "领衔", "lead";
    DocketRoleCo => "附议", "co-signer";
    DocketFilterTitle => "筛选议案建议", "Filter the docket";
    DocketYear => "年份", "Year";
    DocketOpenAndYear => "未办结及本年全部", "open and this year's";
    DocketOverdueOnly => "只看逾期", "Overdue only";
    DocketKeyOnly => "只看重点督办", "Key items only";
    DocketUnitActive => "在用", "active";
    DocketUnitInactive => "停用", "inactive";
    DocketUnitNewTitle => "新增承办单位", "New handling unit";
    DocketUnitEditTitle => "修改承办单位 {}", "Edit unit {}";
    DocketContact => "联系人", "Contact";
    DocketOpenCount => "未办结", "Open";
    DocketOverdueCount => "逾期", "Late";
    DocketClosedCount => "本年办结", "Closed";
    DocketCounted => "计入", "Counts";
    DocketCountedYes => "✓是", "✓ yes";
    DocketCountedNo => "✗否", "✗ no";
    DocketNoDelete => "议案建议登记后不删除：不受理的请用“不予接收”并写明理由", "Items are never deleted: use \"Refuse\" with a reason instead";
    DocketNotHere => "请在议案建议列表或承办单位页面新建、修改", "Add or edit from the docket list or the units screen";
    DocketFilterCleared => "已清除筛选", "Filter cleared";
    DocketFiltered => "（已筛选）", " (filtered)";
    DocketSchemeTitle => "答复分类方案", "Reply classes";
    DocketSchemeAsk => "现在使用“{}”答复分类。改用“{}”吗？已有的答复保持原来的分类。", "Replies are classed with the \"{}\" scheme. Switch to \"{}\"? Existing replies keep their classes.";
    DocketSchemeSet => "今后的答复使用“{}”分类", "Replies from now on use the \"{}\" scheme";
    DocketConfirmHint => "{} 确定  {} 取消", "{} yes  {} no";
    DocketPickerTitle => "选择代表：先选领衔代表，再选附议代表（议案至少5人）", "Pick deputies: the lead first, then co-signers (a motion needs 5)";
    DocketPickerHint => "打姓名或拼音  {} 选中  退格 去掉末位  {} 登记  {} 返回", "type a name or pinyin  {} pick  Backspace drop last  {} register  {} back";
    DocketPicked => "已选 {} 人：{}", "{} picked: {}";
    DocketFormHint => "{} 下一栏  {} 保存  {} 取消", "{} next field  {} save  {} cancel";
    DocketMenuTitle => "{}（{}）下一步", "{} ({}): next step";
    DocketMenuHint => "{} 选择  {} 返回", "{} choose  {} back";
    DocketStepDone => "{}：{}已记录，现为“{}”", "{}: {} recorded, now \"{}\"";
    DocketRegistered => "已登记 {}", "Registered {}";
    DocketEdited => "已保存修改", "Changes saved";
    DocketUnitSaved => "已保存承办单位 {}", "Saved unit {}";
    DocketHintList => "{} 登记  {} 办理  {} 筛选  {} 办理率  {} 承办单位  {} 搜索", "{} new  {} step  {} filter  {} rates  {} units  {} search";
    DocketHintItem => "{} 办理下一步  {} 修改  ↑↓ 滚动  {} 返回", "{} next step  {} edit  ↑↓ scroll  {} back";
    DocketHintRates => "{} 查看计入的事项  {}/{} 换年份  {} 承办单位  {} 返回", "{} items behind the figure  {}/{} year  {} units  {} back";
    DocketHintUnits => "{} 该单位事项  {} 该单位办理率  {} 新增  {} 修改  {} 返回", "{} the unit's items  {} the unit's rates  {} add  {} edit  {} back";
    DocketHintDrill => "{} 打开事项  {} 返回", "{} open the item  {} back";
    DocketUnitsTitle => "承办单位（未办结、逾期、{}年办结）", "Handling units (open, overdue, closed in {})";
    DocketDrillTitle => "{}：计入 {} / 共 {}（{}）", "{}: {} of {} ({})";
    DocketRatesTitle => "{}年办理情况 · {}", "{} handling rates · {}";
    DocketAllUnits => "全部承办单位", "all units";
    DocketRateName => "指标", "Rate";
    DocketRateValue => "比率", "Value";
    DocketRateCount => "计入/共", "Count";
    DocketRateDef => "定义", "Definition";
    DocketSatisfiedSplit => "反馈：满意 {}，基本满意 {}，不满意 {}", "Ratings: satisfied {}, mostly {}, unsatisfied {}";
    DocketRatesNote => "选中一项按回车，可查看计入和未计入该比率的每一件事项", "Select a rate and press Enter to see every item counted or not";
    DocketRateDefOf => "{}的定义：{}", "{}: {}";
    DocketSigners => "提出代表", "Signers";
    DocketUnitReturned => "{}（{}，{}退回）", "{} ({}, returned {})";
    DocketOverdue => "（已逾期）", " (overdue)";
    DocketDueSoon => "（即将到期）", " (due soon)";
    DocketDueFixed => "（本地规定）", " (local rule)";
    DocketMet => "已见面", "met";
    DocketNotMet => "未见面", "not met";
    DocketClassSuffix => "类", " class";
    DocketTimeline => "办理过程（{}条）", "Timeline ({} events)";
    DocketOffered => "可办理：{}", "Can do: {}";
    DocketExportTitle => "议案建议", "Motions";
    DocketExportUnits => "承办单位", "Handling units";
    DocketExportDrill => "比率明细", "Items behind a rate";
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
    TodayExportReview => "今日待办", "To do today";
    TodayExportRules => "规则设置", "Rules";
    TodayExportScores => "履职积分", "Duty scores";
    // ---- end today ----
    // ---- safety (issue 8) ----
    // ---- end safety ----
    // ---- excel (issue 9) ----
    ExcelReadFailed => "无法读取文件 {}：{}。未导入任何内容", "Cannot read {}: {}. Nothing was imported";
    ExcelNotSpreadsheet => "{} 不是电子表格（应为 .xlsx、.xls、.ods 或 .csv 文件），未导入任何内容", "{} is not a spreadsheet (.xlsx, .xls, .ods or .csv); nothing was imported";
    ExcelEncrypted => "{} 设有打开密码，请在 Excel 或 WPS 中去掉密码另存后再导入；未导入任何内容", "{} is protected by a password: remove it in Excel or WPS, save, and import again; nothing was imported";
    ExcelCorrupt => "{} 已损坏或不是完整的表格文件，无法读取（{}）；未导入任何内容", "{} is damaged or not a complete workbook ({}); nothing was imported";
    ExcelNoHeader => "{} 中找不到表头：需要有一行写着“姓名”以及性别、出生年月等至少两个栏目；未导入任何内容", "No header found in {}: a row must name 姓名 (name) and at least two other columns such as 性别 or 出生年月; nothing was imported";
    ExcelBadRows => "有 {} 行有误，按规定只要有一行有误就全部不导入；请改正后重试，或加 --skip-bad 只导入无误的行", "{} rows have errors, so nothing was imported; correct them, or add --skip-bad to import only the good rows";
    ExcelWriteFailed => "无法写入 {}：{}。没有写入任何文件", "Cannot write {}: {}. No file was written";
    ExcelNoFileName => "没有文件名", "no file name";
    ExcelFolderMissing => "文件夹 {} 不存在", "the folder {} does not exist";
    ExcelNoPermission => "没有写入权限", "no permission to write there";
    ExcelNoSuchFile => "文件不存在", "no such file";
    ExcelNoReadPermission => "没有读取权限", "no permission to read it";
    ExcelIsFolder => "这是一个文件夹", "it is a folder";
    ExcelUnknownFormat => "“{}”的文件类型不对：名单请存为 .xlsx 或 .csv，报表请存为 .xlsx 或 .html", "Wrong file type for \"{}\": lists are written as .xlsx or .csv, reports as .xlsx or .html";
    ExcelUnknownReport => "没有名为“{}”的报表。可用的报表：{}", "There is no report \"{}\". Reports: {}";
    ExcelUnknownList => "没有名为“{}”的名单。可用的名单：roster、activities、attendance、contacts、spotchecks、motions", "There is no list \"{}\". Lists: roster, activities, attendance, contacts, spotchecks, motions";
    ExcelNoSuchMotion => "没有编号为“{}”的议案建议", "There is no item numbered \"{}\"";
    ExcelMotionNeeded => "这份报表针对一件议案建议，请给出编号，例如 --number 2026-建-001", "This report is about one item: give its number, e.g. --number 2026-建-001";
    ExcelDryRun => "（试运行：没有写入任何内容）", "(dry run: nothing was written)";
    ExcelImported => "已导入 {} 名代表，新建 {} 个代表小组。导入前的备份：{}", "Imported {} deputies and created {} groups. Backup taken before the import: {}";
    ExcelExported => "已导出 {} 行到 {}", "Exported {} rows to {}";
    ExcelReportWritten => "已写出“{}”：{}", "Wrote \"{}\": {}";
    ExcelRowNo => "第{}行", "row {}";
    ExcelSheetLine => "工作表“{}”，表头在第{}行，读取的栏目：{}", "Sheet \"{}\", header on row {}, columns read: {}";
    ExcelIgnoredColumns => "；未读取的栏目：{}", "; columns not read: {}";
    ExcelSummary => "新增 {} 人（其中已离任 {} 人），重复 {} 人（不重复导入），有误 {} 行，跳过 {} 行", "{} to add ({} with ended terms), {} duplicates (not added again), {} rows with errors, {} rows skipped";
    ExcelNewGroups => "；将新建代表小组：{}", "; new groups: {}";
    ExcelOutcomeAdd => "新增", "add";
    ExcelOutcomeDuplicate => "重复", "duplicate";
    ExcelOutcomeSkip => "跳过", "skip";
    ExcelOutcomeBad => "有误", "error";
    ExcelDupDatabase => "数据文件中已有同名、同出生年月的代表，不重复导入", "already in the file (same name and birth month); not added again";
    ExcelDupRow => "与第{}行是同一人，不重复导入", "same person as row {}; not added again";
    ExcelSkipBlank => "空行", "blank row";
    ExcelSkipHeader => "重复的表头", "repeated header";
    ExcelSkipTotals => "合计行", "totals row";
    ExcelSkipTitle => "标题或说明：{}", "title or note: {}";
    ExcelSkipSection => "小组标题：以下各行编入“{}”", "group heading: the rows below join \"{}\"";
    ExcelPNameMissing => "姓名未填", "name missing";
    ExcelPNameInvalid => "姓名“{}”不像人名（含数字或过长）", "\"{}\" does not look like a name (digits or too long)";
    ExcelPGenderMissing => "性别未填", "sex missing";
    ExcelPGenderUnknown => "性别“{}”应为男或女", "sex \"{}\" must be 男 or 女";
    ExcelPBirthUnknown => "出生年月“{}”无法识别，请写成 1975.03 或 1975年3月", "birth month \"{}\" not understood: write 1975.03 or 1975年3月";
    ExcelPBirthAmbiguous => "出生年月“{}”是数字，可能是 1 月也可能是 10 月（表格吃掉了末尾的 0），请在表格中改为文字", "birth month \"{}\" is a number: January, or October with its 0 lost; make the cell text";
    ExcelPPartyUnknown => "政治面貌“{}”无法识别", "party \"{}\" not understood";
    ExcelPLevelUnknown => "代表层级“{}”无法识别（全国、省、市、县、镇）", "level \"{}\" not understood (全国, 省, 市, 县, 镇)";
    ExcelPPhoneMangled => "联系电话“{}”已被表格改成科学计数法，位数已丢失，请把该列设为文本后重新填写", "phone \"{}\" was turned into scientific notation and lost digits; make the column text and type it again";
    ExcelPStatusUnknown => "状态“{}”无法识别（在任、辞职、罢免、终止、去世、调离）", "status \"{}\" not understood (在任, 辞职, 罢免, 终止, 去世, 调离)";
    ExcelPEndedOnMissing => "状态为离任但没有离任日期", "the term ended but no end date is given";
    ExcelPBirthMissing => "出生年月未填", "birth month missing";
    ExcelPPartyMissing => "政治面貌未填，记为群众", "party missing: recorded as 群众";
    ExcelPEducationUnknown => "文化程度“{}”无法识别，未填", "education \"{}\" not understood: left empty";
    ExcelPOccupationUnknown => "职业构成“{}”无法识别，记为其他", "occupation \"{}\" not understood: recorded as 其他";
    ExcelPRoleUnknown => "小组职务“{}”无法识别，记为组员", "group role \"{}\" not understood: recorded as 组员";
    ExcelPPhoneOdd => "联系电话“{}”位数不对，请核对", "phone \"{}\" has an unusual number of digits: please check";
    ExcelPSameName => "已有同名代表（出生年月不同），按另一人导入，请核对", "a deputy of the same name (other birth month) exists: added as another person, please check";
    ExcelPLeaderTaken => "“{}”已有{}，本人记为组员", "\"{}\" already has a {}: recorded as 组员";
    ExcelPEndFromNote => "按备注记为{}，离任日期 {}", "from the note: term ended ({}) on {}";
    ExcelPEndNoDay => "备注提到{}但没有日期，仍记为在任", "the note mentions {} without a date: kept in office";
    ExcelPEndedNotGrouped => "已离任，不编入代表小组", "term ended: not put into a group";
    ExcelListRoster => "代表花名册", "Roster";
    ExcelListActivities => "代表活动", "Activities";
    ExcelListAttendance => "活动出勤", "Attendance";
    ExcelListContacts => "联系选民", "Voter contacts";
    ExcelListSpotChecks => "抽查", "Spot-checks";
    ExcelListMotions => "议案建议", "Motions and suggestions";
    ExcelColsRoster => "姓名|性别|民族|出生年月|政治面貌|文化程度|职业构成|工作单位及职务|选区|代表层级|联系电话|住址|代表小组|小组职务|状态|离任日期|备注", "Name|Sex|Ethnicity|Born|Party|Education|Occupation|Unit and title|District|Level|Phone|Address|Group|Group role|Status|Ended|Notes";
    ExcelColsActivities => "开始日期|结束日期|时间|类别|专题|代表小组|地点|天数|状态|出席人数|已存档|记录", "Starts|Ends|Time|Kind|Topic|Group|Place|Days|Status|Present|Archived|Record";
    ExcelColsAttendance => "活动日期|类别|专题|代表|出勤|请假原因|发言", "Date|Kind|Topic|Deputy|Attendance|Reason|Spoke";
    ExcelColsContacts => "日期|代表|方式|人次|本选区|内容摘要", "Date|Deputy|Mode|People|In district|Summary";
    ExcelColsSpotChecks => "计划日期|对象类型|对象|方式|检查人|状态|检查日期|发现的问题|整改期限|整改完成日期", "Planned|Target kind|Target|Method|Checker|Status|Checked|Finding|Fix by|Fixed on";
    ExcelColsMotions => "编号|类别|标题|领衔代表|附议代表|收到日期|来源|主办单位|协办单位|状态|交办日期|答复期限|办结日期|重点督办", "Number|Kind|Title|Lead deputy|Co-signers|Received|Source|Lead unit|Co-units|Status|Assigned|Reply due|Closed|Key item";
    ExcelColsStructure => "类别|项目|人数|占比%", "Category|Item|Deputies|Share %";
    ExcelColsHalfYear => "序号|姓名|代表小组|活动天数|出席|请假|缺席|联系选民人次|提出建议|向选民述职|办实事", "No.|Name|Group|Activity days|Present|Leave|Absent|Voters reached|Suggestions|Reports to voters|Deeds";
    ExcelColsRates => "承办单位|交办|已答复|答复率%|按期答复|办结|办结率%|见面|见面率%|解决（A类）|解决率%|满意|基本满意|不满意|满意率%", "Unit|Assigned|Replied|Reply %|On time|Closed|Closed %|Met|Met %|Solved (A)|Solved %|Satisfied|Basically|Unsatisfied|Satisfied %";
    ExcelColsItems => "编号|类别|标题|领衔代表|主办单位|状态|交办日期|答复期限|首次答复|答复类别|见面|代表评价", "Number|Kind|Title|Lead deputy|Lead unit|Status|Assigned|Reply due|First reply|Class|Met|Ratings";
    ExcelColsTimeline => "日期|环节|单位|说明", "Date|Step|Unit|Note";
    ExcelColsReplies => "日期|单位|答复类别|见面|答复内容", "Date|Unit|Class|Met|Reply";
    ExcelColsFeedback => "日期|代表|评价|说明", "Date|Deputy|Rating|Note";
    ExcelColsReceptions => "日期|星期|时间|地点|代表小组|接待代表|主题", "Date|Day|Time|Place|Group|Deputies on duty|Topic";
    ExcelColLevel => "代表层级", "Level";
    ExcelColGroupRole => "小组职务", "Group role";
    ExcelColUnitTitle => "工作单位及职务", "Unit and title";
    ExcelColSeq => "序号", "No.";
    ExcelRepStructure => "代表结构统计", "Composition of the deputies";
    ExcelRepHalfYear => "代表履职情况通报", "Half-year duty report";
    ExcelRepAnnual => "代表年度履职考核", "Annual duty appraisal";
    ExcelRepMotions => "议案建议办理情况", "Handling of motions and suggestions";
    ExcelRepRecord => "议案建议办理过程记录", "Handling record";
    ExcelRepAssign => "代表建议交办单", "Assignment form";
    ExcelRepUrge => "代表建议督办函", "Reminder letter";
    ExcelRepNoticeDeputies => "人大代表名单", "Deputies of the township";
    ExcelRepNoticeReceptions => "代表接待选民安排", "Reception days";
    ExcelFirstHalf => "{}年上半年", "first half of {}";
    ExcelSecondHalf => "{}年下半年", "second half of {}";
    ExcelWholeYear => "{}年", "{}";
    ExcelPeriod => "{}（{} 至 {}）", "{} ({} to {})";
    ExcelTotal => "合计", "Total";
    ExcelNotGiven => "未填", "not given";
    ExcelCatGender => "性别", "Sex";
    ExcelCatEthnicity => "民族", "Ethnicity";
    ExcelCatParty => "政治面貌", "Party";
    ExcelCatOccupation => "职业构成", "Occupation";
    ExcelCatAge => "年龄", "Age";
    ExcelCatEducation => "文化程度", "Education";
    ExcelCatLevel => "代表层级", "Level";
    ExcelStructureAsOf => "截至 {}，在任代表 {} 人", "On {}: {} deputies in office";
    ExcelStructureNote => "说明：统计对象为统计日在任的代表（期间离任的计至离任日）；年龄按出生年月计算至统计日；占比 = 人数 ÷ 在任代表总数。", "Note: deputies in office on the day (ended terms count until they end); ages on that day from the birth month; share = count / deputies in office.";
    ExcelHalfYearNote => "说明：活动天数为已举行且出席的代表活动天数之和；出席、请假、缺席为已举行活动的出勤记录；联系选民人次为联系选民记录的人次之和；提出建议含领衔和附议的议案、建议、批评、意见和代表函。", "Note: activity days sum the days of held activities attended; attendance counts held activities; voters reached sums the people of each contact; suggestions count items raised or co-signed.";
    ExcelAnnualNote => "积分与“今日”页“履职积分”按同一规则计算，分值和等次线可在“今日”页的规则设置中修改。等次：{} 分以上为优秀，{} 分以上为称职，以下为不称职。", "Scores follow the same rules as the Today pane's duty scores; points and grade lines are set in the Today pane's rules. Grades: {} or more excellent, {} or more competent, below that not competent.";
    ExcelAnnualRank => "名次", "Rank";
    ExcelAnnualName => "姓名", "Name";
    ExcelAnnualGroup => "代表小组", "Group";
    ExcelAnnualTotal => "总分", "Total";
    ExcelAnnualGrade => "等次", "Grade";
    ExcelMotionsSub => "{}年共 {} 件，已交办 {} 件；统计至 {}", "{}: {} items, {} assigned; figures as of {}";
    ExcelByUnit => "一、按承办单位统计", "1. By handling unit";
    ExcelItemList => "二、事项清单", "2. Items";
    ExcelRateDefinitions => "口径：只统计已交办的事项。答复率 = 已答复件数 ÷ 交办件数；按期答复 = 首次答复不晚于答复期限；办结率 = 办结（含归档）件数 ÷ 交办件数；见面率 = 承办单位与代表见面的件数 ÷ 交办件数；解决率 = 最近一次答复为“已解决”类（A类）的件数 ÷ 已答复件数；满意率 =（满意 + 基本满意）÷ 已评价人次，满意与基本满意分列。", "Definitions: assigned items only. Reply % = replied / assigned; on time = first reply by the due date; closed % = closed (incl. archived) / assigned; met % = items whose unit met the deputy / assigned; solved % = items whose latest reply is class A / replied; satisfied % = (satisfied + basically satisfied) / ratings, shown split.";
    ExcelRatingCounts => "满意{} 基本满意{} 不满意{}", "satisfied {} basically {} unsatisfied {}";
    ExcelNoLeadUnit => "（未定主办单位）", "(no lead unit)";
    ExcelLeadDeputy => "领衔代表", "Lead deputy";
    ExcelCoSigners => "附议代表", "Co-signers";
    ExcelLeadUnit => "主办单位", "Lead unit";
    ExcelCoUnits => "协办单位", "Co-handling units";
    ExcelAssignedOn => "交办日期", "Assigned on";
    ExcelClosedOn => "办结日期", "Closed on";
    ExcelContent => "内容", "Content";
    ExcelTimeline => "办理过程", "Timeline";
    ExcelReplies => "答复", "Replies";
    ExcelFeedback => "代表评价", "Deputies' ratings";
    ExcelPrintedOn => "打印日期：{}", "Printed on {}";
    ExcelAssignText => "请承办单位认真研究办理，办理前、办理中、办理后与代表见面沟通，于 {} 前书面答复代表，并抄送镇人大主席团。", "Please handle this item, meet the deputy before, during and after handling, and reply to the deputy in writing by {}, with a copy to the presidium.";
    ExcelIssuer => "××镇人民代表大会主席团（盖章）", "Presidium of the township people's congress (seal)";
    ExcelUrgeText => "交由你单位主办的 {}《{}》（领衔代表：{}），交办日期 {}，答复期限 {}。截至 {}，该件办理状态为“{}”{}。", "Your unit leads item {} \"{}\" (lead deputy: {}), assigned on {}, reply due {}. As of {} its status is \"{}\"{}.";
    ExcelOverdueBy => "，已逾期 {} 天", ", {} days overdue";
    ExcelDueIn => "，距答复期限还有 {} 天", ", {} days until the reply is due";
    ExcelUrgeAsk => "请你单位高度重视，抓紧办理，与代表见面沟通，按时书面答复代表，并将办理情况报镇人大主席团。", "Please give it priority, meet the deputy, reply in writing on time, and report to the presidium.";
    ExcelNoticeDeputiesSub => "共 {} 名（{}）", "{} deputies ({})";
    ExcelNoticeDeputiesText => "欢迎选民通过代表联络站或上列联系电话向代表反映意见和建议。", "Voters are welcome to bring opinions and suggestions to the deputies at the liaison station or by the numbers above.";
    ExcelNoticeReceptionsText => "届时代表将在上列地点接待选民，欢迎选民前来反映意见和建议。", "Deputies will receive voters at the places above; voters are welcome.";
    ExcelWeekdays => "星期一|星期二|星期三|星期四|星期五|星期六|星期日", "Mon|Tue|Wed|Thu|Fri|Sat|Sun";
    ExcelActExport => "导出当前名单到 Excel / CSV", "Export the list shown to Excel / CSV";
    ExcelActImport => "从 Excel / CSV 导入代表花名册", "Import a roster from Excel / CSV";
    ExcelActReports => "报表、表单和公示", "Reports, forms and public notices";
    ExcelFormHint => "{} 确定　{} 取消　文件名留空则自动命名", "{} go  {} cancel  leave the file name out to have one made";
    ExcelExportTitle => "导出“{}”（{} 行）", "Export \"{}\" ({} rows)";
    ExcelExportChoose => "导出名单", "Export a list";
    ExcelFieldList => "名单", "List";
    ExcelFieldFormat => "格式", "Format";
    ExcelFieldFile => "文件", "File";
    ExcelFieldRoster => "花名册文件", "Roster file";
    ExcelFieldBadRows => "有误的行", "Rows with errors";
    ExcelSkipNone => "有一行有误就全部不导入", "import nothing if any row is wrong";
    ExcelSkipBad => "跳过有误的行，导入其余", "skip wrong rows, import the rest";
    ExcelImportTitle => "导入代表花名册（.xlsx .xls .ods .csv）", "Import a roster (.xlsx .xls .ods .csv)";
    ExcelImportHint => "{}　先显示预览，确认后才写入", "{}  a preview comes first; nothing is written until you confirm";
    ExcelFieldReport => "报表", "Report";
    ExcelFieldYear => "年份", "Year";
    ExcelFieldHalf => "期间", "Period";
    ExcelFieldNumber => "议案建议编号", "Item number";
    ExcelHalfNone => "全年", "whole year";
    ExcelHalfFirst => "上半年", "first half";
    ExcelHalfSecond => "下半年", "second half";
    ExcelHtmlFormat => "网页，可直接打印 (.html)", "Web page for printing (.html)";
    ExcelReportsTitle => "报表、表单和公示", "Reports, forms and notices";
    ExcelPreviewTitle => "导入预览：{}", "Import preview: {}";
    ExcelPreviewColumns => "行|姓名|结果|说明", "Row|Name|Outcome|Details";
    ExcelPreviewHint => "{} 导入（一个事务，导入前先备份）　{} 返回　有误的行存在时不会导入", "{} import (one transaction, after a backup)  {} back  nothing is imported while a row is wrong";
    ExcelPreviewHintSkip => "{} 导入无误的行（一个事务，导入前先备份）　{} 返回", "{} import the good rows (one transaction, after a backup)  {} back";
    ExcelPreviewBadRows => "有 {} 行有误，未导入任何内容：请改正文件后重新导入，或返回选择“跳过有误的行”", "{} rows have errors; nothing was imported: correct the file, or go back and choose to skip wrong rows";
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
