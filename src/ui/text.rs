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
    ExcelColsAnnual => "序号|姓名|代表小组|出席人代会|提出建议|审议发言|列席主席团会议|参加活动|联系选民|办实事|向选民述职|总分|等次", "No.|Name|Group|Congress|Suggestions|Speeches|Presidium|Activities|Voters|Deeds|Reports|Total|Grade";
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
    ExcelAnnualNote => "计分办法（分值取自“履职积分”设置）：{}。出席人代会得一次分；提出建议满三件得基础分，每多或少一件加减一次分（不低于零）；首次审议发言得基础分，之后每次加分；其余按次（活动按天、联系选民按每十人次）计分。等次：{} 分以上为优秀，{} 分以上为称职，以下为不称职。", "Scoring (points from the score settings): {}. Congress attendance scores once; three suggestions give the base points, each one more or fewer adds or takes the step (never below zero); the first speech gives the base, each further one the step; others per event (activities per day, voters per ten reached). Grades: {} or more excellent, {} or more competent, below that not competent.";
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
