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
    SafetyActUndo => "撤销最近一次修改", "Undo the last change";
    SafetyActHistory => "修改历史（什么时候改了什么）", "History of changes (what changed, when)";
    SafetyActHandover => "交接：把数据文件复制到U盘", "Handover: copy the data file to a USB stick";
    SafetyPidUnknown => "未知", "unknown";
    SafetyInUse => "{} 正被另一个 chairdesk 使用（进程 {}）。同一时间只能在一处修改，请先关闭那个窗口", "{} is in use by another chairdesk (process {}). Only one place may change it at a time: close the other window first";
    SafetyOpenedInUse => "文件正被另一个窗口使用（进程 {}），已以只读方式打开", "The file is in use by another window (process {}); it is open read-only";
    SafetyDamaged => "{} 已损坏，程序不会打开也不会改动它。最近的备份：{}，可用 chairdesk restore {} 恢复", "{} is damaged; chairdesk will neither open nor change it. Latest backup: {}; restore it with chairdesk restore {}";
    SafetyDamagedNoBackup => "{} 已损坏，程序不会打开也不会改动它，也没有找到备份。请运行 chairdesk check 查看详情", "{} is damaged; chairdesk will neither open nor change it, and no backup was found. Run chairdesk check for details";
    SafetyHotJournal => "{} 旁边有上次没写完的 -journal 文件，只有在可写的位置才能恢复。请用 chairdesk takeover --from {} 把它们一起复制到本机", "{} has a leftover -journal from an unfinished write, which can only be recovered where the folder is writable. Copy both with chairdesk takeover --from {}";
    SafetyBackupFailed => "{} 升级前的备份没有成功，文件未改动：{}", "The backup before upgrading {} failed; the file is unchanged: {}";
    SafetyDailyBackupFailed => "今天的自动备份没有成功：{}", "Today's automatic backup failed: {}";
    SafetyBannerNotWritable => "只读：文件所在位置不能写入（写保护或没有权限），不能修改", "Read-only: the file's location cannot be written (write-protected or no permission); changes are disabled";
    SafetyBannerInUse => "只读：文件正被另一个窗口使用（进程 {}），不能修改", "Read-only: another window uses the file (process {}); changes are disabled";
    SafetyBannerAsked => "只读方式打开，不能修改", "Opened read-only; changes are disabled";
    SafetyFull => "目标位置空间不足（U盘满了？）。没有留下不完整的文件，原文件未改动", "The destination is full (is the stick full?). No partial file was left and the source is unchanged";
    SafetyDestReadOnly => "目标位置不能写入（U盘写保护，或没有权限）。原文件未改动", "The destination cannot be written (write-protected stick, or no permission). The source is unchanged";
    SafetyVanished => "找不到目标位置（U盘拔出了吗？）。没有留下不完整的文件，原文件未改动", "The destination is gone (was the stick unplugged?). No partial file was left and the source is unchanged";
    SafetyExists => "{} 已存在。要覆盖请加 --force", "{} exists. Add --force to overwrite it";
    SafetyVerifyFailed => "复制出的文件校验没有通过（{}），已删除。原文件未改动", "The copy did not verify ({}) and was removed. The source is unchanged";
    SafetyCopyIo => "复制出错：{}。原文件未改动", "The copy failed: {}. The source is unchanged";
    SafetyHandoverDone => "交接文件已写好并校验通过：{}", "The handover file is written and verified: {}";
    SafetyHandoverSha => "SHA-256：{}", "SHA-256: {}";
    SafetyHandoverListWritten => "交接清单：{}", "Handover list: {}";
    SafetyHandoverBackup => "交接前已备份本机文件：{}", "The local file was backed up first: {}";
    SafetyEject => "请先在电脑上“安全弹出”U盘，等提示可以拔出后再拔下。", "Eject the stick safely and wait until the computer says it may be removed before unplugging it.";
    SafetyHandoverSameFile => "目标就是正在使用的数据文件本身，请选U盘上的另一个文件名", "The destination is the data file itself; choose a file name on the stick";
    SafetyTakeoverDone => "已接收 {}，现保存在本机：{}", "Received {}; it is now kept locally at {}";
    SafetyTakeoverRecovered => "U盘上的文件有一次没写完的修改（-journal），已在本机恢复到最后一次完整保存的状态", "The file on the stick had an unfinished write (-journal); it was recovered locally to its last complete save";
    SafetyTakeoverReplaced => "原来的本机文件已备份到 {}", "The previous local file was backed up to {}";
    SafetyTakeoverMissing => "找不到 {}", "No such file: {}";
    SafetyTakeoverBad => "{} 校验没有通过（{}），未接收。U盘上的文件未改动", "{} did not verify ({}); nothing was taken over. The file on the stick is unchanged";
    SafetyTakeoverOpen => "运行 chairdesk 即可打开接收的文件。", "Run chairdesk to open the received file.";
    SafetyBackupsNone => "还没有备份（备份文件夹：{}）", "No backups yet (backup folder: {})";
    SafetyBackupsHeader => "{} 的备份（最新在上，保留最近 {} 份）：", "Backups of {} (newest first, the latest {} are kept):";
    SafetyRestoreDone => "已从备份 {} 恢复。恢复前的文件已备份到 {}", "Restored from backup {}. The file as it was is backed up at {}";
    SafetyRestoreUnknown => "没有名为 {} 的备份，可用 chairdesk backups 查看", "There is no backup named {}; list them with chairdesk backups";
    SafetyRestoreBad => "备份 {} 校验没有通过（{}），未恢复", "Backup {} did not verify ({}); nothing was restored";
    SafetyReasonDaily => "每日自动", "daily";
    SafetyReasonUpgrade => "升级前", "before upgrade";
    SafetyReasonHandover => "交接前", "before handover";
    SafetyReasonTakeover => "接收前", "before takeover";
    SafetyReasonRestore => "恢复前", "before restore";
    SafetyReasonImport => "导入前", "before import";
    SafetyUndone => "已撤销 {} 的修改（{} 条记录）", "Undid the change of {} ({} records)";
    SafetyNothingToUndo => "没有可以撤销的修改", "Nothing to undo";
    SafetyUndoFailed => "无法撤销：{}", "Cannot undo: {}";
    SafetyHistoryTitle => "最近的修改", "Recent changes";
    SafetyHistoryHint => "↑↓ 翻看  {} 撤销最近一次  Esc 关闭", "↑↓ scroll  {} undo the latest  Esc close";
    SafetyHistoryEmpty => "还没有修改记录", "No changes recorded yet";
    SafetyUndoneMark => "（已撤销）", " (undone)";
    SafetyByUndo => "撤销", "undo";
    SafetyOpInsert => "新增", "added";
    SafetyOpUpdate => "修改", "changed";
    SafetyOpDelete => "删除", "deleted";
    SafetyHandoverTitle => "交接给下一任", "Hand over to the successor";
    SafetyFieldDest => "目标文件", "Destination file";
    SafetyFieldFrom => "交出人", "Handed over by";
    SafetyFieldTo => "接收人", "Received by";
    SafetyFieldNote => "备注", "Note";
    SafetyFieldForce => "覆盖已有文件", "Overwrite";
    SafetyHandoverHint => "写U盘上的文件路径，如 /media/U盘/交接.db 或 E:\\交接.db；{} 开始交接，Esc 取消", "Write a path on the stick, e.g. /media/usb/handover.db or E:\\handover.db; {} starts, Esc cancels";
    SafetyHandoverListLabel => "交接清单", "Handover list";
    SafetyHandoverOkTitle => "交接完成", "Handover done";
    SafetyHandoverWorking => "正在交接……", "Handing over…";
    SafetyListTitle => "乡镇人大主席工作台 交接清单", "chairdesk handover list";
    SafetyListMade => "生成时间：{}", "Made: {}";
    SafetyListFile => "数据文件：{}", "Data file: {}";
    SafetyListFromTo => "交出人：{}　接收人：{}", "Handed over by: {}  Received by: {}";
    SafetyListNote => "备注：{}", "Note: {}";
    SafetyListCounts => "一、各类记录数量", "1. Records";
    SafetyListOpenMotions => "二、未办结的议案建议（{} 件）", "2. Open motions and suggestions ({})";
    SafetyListOpenChecks => "三、未完成的抽查和整改（{} 项）", "3. Unfinished spot-checks and corrections ({})";
    SafetyListPlanned => "四、下季度 {} 已安排的活动和接待日（{} 项）", "4. Planned activities and reception days next quarter, {} ({})";
    SafetyListRules => "五、现行规则", "5. Rules in force";
    SafetyListNone => "（无）", "(none)";
    SafetyListOverdue => "已逾期", "overdue";
    SafetyListHowTo => "接收方法：在新电脑上运行 chairdesk takeover --from 该文件，并核对 SHA-256 与本清单一致。", "To take over: run chairdesk takeover --from FILE on the new computer and compare the SHA-256 with this list.";
    SafetyTblDeputyGroup => "代表小组", "deputy groups";
    SafetyTblStation => "联络站", "liaison stations";
    SafetyTblDeputy => "代表", "deputies";
    SafetyTblMembership => "小组成员", "group memberships";
    SafetyTblActivity => "活动", "activities";
    SafetyTblAttendance => "出勤", "attendance";
    SafetyTblReceptionDuty => "接待日轮值", "reception duty";
    SafetyTblVoterContact => "联系选民", "voter contacts";
    SafetyTblDutyEvent => "履职事项", "duty events";
    SafetyTblChairContact => "主席联系代表", "chair contacts";
    SafetyTblSpotRound => "抽查抽签", "spot-check draws";
    SafetyTblSpotCheck => "抽查", "spot-checks";
    SafetyTblSpotFollowup => "整改跟进", "correction follow-ups";
    SafetyTblHandlingUnit => "承办单位", "handling units";
    SafetyTblMotion => "议案建议", "motions";
    SafetyTblMotionSigner => "提出代表", "motion signers";
    SafetyTblMotionUnit => "交办单位", "assigned units";
    SafetyTblMotionEvent => "办理过程", "handling steps";
    SafetyTblMotionReply => "答复", "replies";
    SafetyTblMotionFeedback => "代表反馈", "feedback";
    SafetyTblRule => "规则", "rules";
    SafetyTblTerm => "届次", "terms";
    SafetyTblScoreWeight => "积分标准", "score weights";
    SafetyTblReplyClass => "答复分类", "reply classes";
    SafetyTblHoliday => "节假日", "holidays";
    SafetyTblHandover => "交接记录", "handovers";
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
