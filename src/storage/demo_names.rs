//! Word lists for the demo township (see `demo.rs`): names, places, topics,
//! texts. All invented; no real person is meant.

/// Common surnames, most frequent first (the first 24 are drawn more often).
pub const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "罗", "高", "郑", "梁", "谢", "唐", "宋", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任",
    "沈", "姚", "卢", "姜", "钟", "谭", "陆", "汪", "范", "石", "廖", "贾", "夏", "付", "方", "邹",
    "熊", "秦", "邱", "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛",
    "龚", "邵", "万", "严", "覃", "戴", "莫", "向", "汤", "单", "解", "仇", "查", "区", "盖", "缪",
];

/// Surnames with a reading that differs from the common character reading;
/// each appears at least once in the roster so pinyin search has cases.
pub const POLYPHONIC_SURNAMES: &[&str] = &["曾", "单", "解", "仇", "吕"];

pub const MALE_CHARS: &[&str] = &[
    "建", "国", "军", "华", "明", "伟", "强", "平", "志", "勇", "林", "德", "文", "春", "海", "波",
    "斌", "刚", "俊", "涛", "辉", "杰", "鹏", "峰", "磊", "永", "忠", "生", "福", "贵", "荣", "祥",
    "光", "新", "兵", "清", "宏", "家", "金", "长", "树", "松", "良", "成", "振", "庆", "跃", "进",
    "保", "学", "立", "胜", "超", "宇", "浩", "晨", "卫", "东",
];

pub const FEMALE_CHARS: &[&str] = &[
    "秀", "英", "兰", "芳", "丽", "梅", "娟", "霞", "红", "玲", "燕", "琴", "萍", "敏", "静", "婷",
    "慧", "艳", "丹", "莉", "凤", "珍", "桂", "翠", "雪", "菊", "春", "月", "娥", "云", "金", "小",
    "佳", "欣", "晓", "美", "青", "芬",
];

/// Names of well-known people that a random draw must not produce.
pub const BLOCKED_NAMES: &[&str] = &[
    "马云",
    "姚明",
    "刘翔",
    "李娜",
    "王菲",
    "成龙",
    "李宁",
    "郎平",
    "刘欢",
    "那英",
    "韩红",
    "周杰",
    "王军",
    "李强",
    "张勇",
    "刘强",
    "王伟",
    "李明",
    "陈光",
    "杨光",
    "孙杨",
    "刘德华",
    "周星驰",
    "张艺谋",
    "李连杰",
    "王小丫",
    "赵本山",
    "宋丹丹",
    "黄晓明",
    "杨丽萍",
    "李春平",
    "许海峰",
    "王建国",
    "张国荣",
    "邓亚萍",
    "刘国梁",
    "孔令辉",
    "王楠",
    "张怡宁",
    "李小鹏",
    "杨威",
    "林青霞",
    "林志玲",
    "林俊杰",
    "陈小春",
    "李宇春",
    "王志文",
    "陈建斌",
    "张国立",
    "李国庆",
    "雷军",
    "刘强东",
    "丁磊",
    "李斌",
    "胡春华",
    "孙春兰",
    "王晨",
    "何立峰",
    "张国清",
    "陈文清",
    "王勇",
    "袁家军",
    "何卫东",
    "周强",
    "曹建明",
    "王立军",
    "王刚",
    "贾庆林",
    "李长春",
    "黄菊",
    "李鹏",
    "刘华清",
    "林丹",
    "高敏",
    "朱军",
    "周涛",
    "余华",
    "巴金",
    "李兰娟",
    "张文宏",
    "潘建伟",
    "周华",
    "张杰",
    "王峰",
    "李俊",
    "杨光辉",
    "王海",
    "刘涛",
    "陈明",
];

pub const TOWNSHIPS: &[&str] = &[
    "青石",
    "柳河",
    "白沙",
    "石门",
    "龙泉",
    "杨桥",
    "枫林",
    "清溪",
    "云台",
    "花桥",
    "双河",
    "高坪",
    "新塘",
    "桃源铺",
    "金竹",
    "马鞍山",
];

pub const COUNTIES: &[&str] = &[
    "清源", "安平", "临江", "武宁", "丰乐", "长宁", "永和", "宜川",
];

/// Village stems (村 is appended).
pub const VILLAGES: &[&str] = &[
    "东岭",
    "西岭",
    "桥头",
    "杨家湾",
    "石塘",
    "大坪",
    "枫树",
    "柳林",
    "新屋场",
    "黄泥坳",
    "茶园",
    "水口",
    "龙井",
    "长冲",
    "白果",
    "竹山",
    "太平",
    "先锋",
    "红星",
    "金塘",
    "荷叶",
    "沙河",
    "凤凰",
    "高峰",
    "栗山",
    "双江",
    "梅子",
    "樟树",
    "罗家坪",
    "塘湾",
    "马鞍",
    "青山",
    "响水",
    "荆竹",
    "新民",
    "永丰",
    "龙潭",
    "大桥",
    "田心",
    "石板",
];

/// Communities of the township seat (镇区).
pub const COMMUNITIES: &[&str] = &["和平社区", "新街社区", "河东社区", "建设社区"];

pub const STREETS: &[&str] = &["和平街", "新华路", "建设路", "河东路", "文化街", "解放路"];

pub const ETHNIC_MINORITIES: &[&str] = &["土家族", "苗族", "回族", "侗族", "瑶族", "满族"];

/// Trade-name stems for cooperatives, companies and farms.
pub const COOP_STEMS: &[&str] = &[
    "绿源",
    "丰收",
    "金穗",
    "惠农",
    "山泉",
    "兴旺",
    "福源",
    "青禾",
    "鑫达",
    "和美",
    "盛丰",
    "恒通",
    "润田",
    "瑞丰",
    "宏远",
    "嘉禾",
    "华兴",
    "绿野",
    "康农",
    "永盛",
    "天润",
    "益民",
    "锦程",
    "汇丰源",
    "聚福",
    "旺达",
    "春华",
    "新农",
];

pub const COOP_KINDS: &[&str] = &[
    "油茶种植专业合作社",
    "水稻种植专业合作社",
    "生猪养殖专业合作社",
    "蔬菜种植专业合作社",
    "茶叶专业合作社",
    "柑橘种植专业合作社",
];

pub const COMPANY_KINDS: &[&str] = &[
    "建材有限公司",
    "食品有限公司",
    "竹木制品有限公司",
    "农业开发有限公司",
    "电子科技有限公司",
    "米业有限公司",
];

pub const FACTORY_KINDS: &[&str] = &["纺织有限公司", "电子厂", "鞋业有限公司", "机械配件厂"];

pub const INDIVIDUAL_TITLES: &[&str] = &[
    "个体工商户（农资经营）",
    "个体工商户（餐饮）",
    "个体工商户（超市）",
    "返乡创业青年（电商）",
    "乡村物流站负责人",
];

/// Handling units (承办单位): name, whether still in use.
pub const UNITS: &[(&str, bool)] = &[
    ("镇农业农村办", true),
    ("镇规划建设办", true),
    ("镇社会事务办", true),
    ("镇财政所", true),
    ("镇派出所", true),
    ("镇卫生院", true),
    ("镇中心学校", true),
    ("镇综治中心", true),
    ("县交通运输局（协调）", true),
    ("镇自然资源所", true),
    ("镇国土所（已并入自然资源所）", false),
];

pub const UNIT_CONTACT_TITLES: &[&str] = &["主任", "所长", "副主任", "院长", "校长", "办公室主任"];

/// Leave reasons (请假).
pub const LEAVE_REASONS: &[&str] = &[
    "外出务工",
    "生病住院",
    "家中有事",
    "参加县里会议",
    "外出学习",
    "照顾住院亲属",
    "农忙抢收",
    "单位工作冲突",
];

pub const CONTACT_SUMMARIES: &[&str] = &[
    "了解村道硬化需求",
    "听取村民对垃圾清运的意见",
    "走访脱贫户，了解务工和收入情况",
    "了解山塘水渠维修需求",
    "听取对村卫生室服务的意见",
    "了解留守老人生活情况",
    "宣传医保缴费政策",
    "了解路灯损坏情况",
    "收集春耕生产资料需求",
    "了解饮水管网水压问题",
    "走访低保户，核实家庭情况",
    "听取对集镇农贸市场管理的意见",
    "了解学生上学交通安全问题",
    "回访上次反映的排水沟堵塞问题",
    "了解油茶产业扶持政策落实情况",
    "听取村民对人居环境整治的意见",
    "了解危房改造进度",
    "电话回复选民咨询的养老保险问题",
];

pub const DEED_NOTES: &[&str] = &[
    "协调修复村口路灯6盏",
    "牵头疏通组级排水沟300米",
    "为困难群众联系就业岗位3个",
    "协调解决组道塌方抢修",
    "帮助村民销售滞销柑橘2万斤",
    "捐资助学，资助困难学生2名",
    "协调安装安全饮水管道",
    "组织志愿者清理河道垃圾",
    "协调农机服务，帮助留守户抢收稻谷",
    "协调为老年人协会添置活动器材",
];

pub const CHAIR_CONTACT_SUMMARIES: &[&str] = &[
    "了解代表近期联系选民情况",
    "听取代表对镇政府工作的意见",
    "沟通代表建议办理进展",
    "布置本季度代表小组活动",
    "了解代表履职中遇到的困难",
    "通报重点建议督办情况",
    "商量接待日轮值安排",
    "征求对年度民生实事项目的意见",
];

/// Group activity topics by kind.
pub const GROUP_TOPICS: &[(&str, &str)] = &[
    ("视察", "农村人居环境整治专题视察"),
    ("视察", "高标准农田建设项目视察"),
    ("视察", "农村饮水安全工程运行情况视察"),
    ("视察", "村道安全隐患整治情况视察"),
    ("调研", "农村养老服务情况调研"),
    ("调研", "村级集体经济发展情况调研"),
    ("调研", "留守儿童关爱工作调研"),
    ("调研", "特色产业发展情况调研"),
    ("执法检查", "《中华人民共和国农村土地承包法》实施情况检查"),
    ("执法检查", "《中华人民共和国道路交通安全法》实施情况检查"),
    ("工作评议", "镇卫生院工作评议"),
    ("工作评议", "镇农业综合服务中心工作评议"),
    ("座谈", "听取选民意见座谈会"),
    ("座谈", "代表建议办理情况座谈"),
    ("走访选民", "代表集中走访选民"),
    ("走访选民", "走访困难群众和留守老人"),
    ("向选民述职", "代表向选民述职评议会"),
];

pub const TRAINING_TOPICS: &[&str] = &[
    "《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》学习培训",
    "代表履职能力提升培训",
    "代表建议撰写与办理专题培训",
    "《地方各级人民代表大会和地方各级人民政府组织法》学习培训",
];

pub const INSPECTION_TOPICS: &[&str] = &[
    "全镇重点项目建设情况视察",
    "民生实事项目推进情况视察",
    "乡村振兴重点项目推进情况视察",
    "集镇污水管网建设情况视察",
    "农村寄递物流体系建设视察",
];

/// Record sentences by the kind of activity: on site, among voters, in a
/// meeting room.
pub const RECORD_SITE: &[&str] = &[
    "代表们实地察看了现场，听取了相关负责人情况汇报",
    "代表们分组察看项目点，现场询问存在的问题",
];

pub const RECORD_VOTERS: &[&str] = &[
    "代表们分组走访农户，面对面听取群众意见",
    "代表们入户走访，向群众宣传政策并收集意见",
];

pub const RECORD_ROOM: &[&str] = &[
    "代表们结合走访情况逐一发言，对存在的问题提出改进意见",
    "会上通报了上季度代表建议办理情况，代表们进行了讨论",
];

/// A topic for a motion or suggestion. `{v}` stands for a village name.
pub struct MotionTopic {
    pub category: &'static str,
    pub title: &'static str,
    pub content: &'static str,
    pub unit: &'static str,
    pub co_unit: &'static str,
    /// What was done, for the reply text ("硬化道路1.2公里").
    pub action: &'static str,
}

pub const SUGGESTION_TOPICS: &[MotionTopic] = &[
    MotionTopic {
        category: "交通",
        title: "关于硬化{v}通组公路的建议",
        content: "{v}三组、四组通组公路仍为砂石路，雨天泥泞，群众出行和农产品外运困难，建议纳入今年村道硬化计划。",
        unit: "镇规划建设办",
        co_unit: "县交通运输局（协调）",
        action: "硬化通组公路1.2公里",
    },
    MotionTopic {
        category: "交通",
        title: "关于在{v}小学路口设置减速带和警示标志的建议",
        content: "{v}小学门口紧邻县道，上下学时段车辆车速快，存在安全隐患，建议设置减速带、警示标志并安排护学岗。",
        unit: "镇派出所",
        co_unit: "镇中心学校",
        action: "设置减速带2处、警示标志4块",
    },
    MotionTopic {
        category: "交通",
        title: "关于维修{v}河上危桥的建议",
        content: "{v}河上的老石桥桥面开裂、护栏缺失，建议尽快检测并维修加固。",
        unit: "镇规划建设办",
        co_unit: "",
        action: "完成危桥检测和护栏修复",
    },
    MotionTopic {
        category: "农业",
        title: "关于修缮{v}山塘水渠的建议",
        content: "{v}的灌溉水渠多处垮塌渗漏，影响近三百亩稻田灌溉，建议安排资金修缮。",
        unit: "镇农业农村办",
        co_unit: "镇财政所",
        action: "修缮水渠800米、清淤山塘2口",
    },
    MotionTopic {
        category: "农业",
        title: "关于加强高标准农田建设后期管护的建议",
        content: "部分已建成的高标准农田机耕道损毁、沟渠淤塞，缺少管护经费和责任人，建议建立管护机制。",
        unit: "镇农业农村办",
        co_unit: "",
        action: "建立管护责任制并修复机耕道",
    },
    MotionTopic {
        category: "农业",
        title: "关于扶持{v}油茶产业发展的建议",
        content: "{v}油茶种植面积较大但缺少加工和销售渠道，建议在技术培训、加工设备和品牌推广上给予扶持。",
        unit: "镇农业农村办",
        co_unit: "",
        action: "组织技术培训2期并对接加工企业",
    },
    MotionTopic {
        category: "教育",
        title: "关于改善镇中心学校寄宿生住宿条件的建议",
        content: "镇中心学校寄宿生宿舍拥挤，热水供应不足，建议增加床位、改造热水设施。",
        unit: "镇中心学校",
        co_unit: "镇财政所",
        action: "改造宿舍热水系统，新增床位40个",
    },
    MotionTopic {
        category: "教育",
        title: "关于增设{v}学生校车接送点的建议",
        content: "{v}距学校较远，学生上学靠步行或搭乘无资质车辆，建议增设校车接送点。",
        unit: "镇中心学校",
        co_unit: "镇派出所",
        action: "增设校车接送点1处",
    },
    MotionTopic {
        category: "医疗",
        title: "关于村卫生室配齐常用药品的建议",
        content: "部分村卫生室常用慢性病药品经常断供，老人需到镇上购药，建议完善药品配送。",
        unit: "镇卫生院",
        co_unit: "",
        action: "建立村卫生室药品每周配送制度",
    },
    MotionTopic {
        category: "医疗",
        title: "关于为{v}老年人开展上门健康体检的建议",
        content: "{v}高龄、行动不便老人较多，建议家庭医生团队定期上门体检随访。",
        unit: "镇卫生院",
        co_unit: "镇社会事务办",
        action: "为65岁以上老人上门体检120人次",
    },
    MotionTopic {
        category: "环境",
        title: "关于整治{v}生活垃圾乱堆乱倒问题的建议",
        content: "{v}沿河路段垃圾乱倒现象突出，垃圾收集点不足、清运不及时，建议增设收集点并落实保洁。",
        unit: "镇农业农村办",
        co_unit: "镇综治中心",
        action: "增设垃圾收集点6处，落实专人保洁",
    },
    MotionTopic {
        category: "环境",
        title: "关于制止{v}河段非法采砂的建议",
        content: "{v}河段夜间有非法采砂行为，河岸崩塌，建议加强巡查和联合执法。",
        unit: "镇自然资源所",
        co_unit: "镇派出所",
        action: "开展联合执法3次，设置禁采标志",
    },
    MotionTopic {
        category: "民生",
        title: "关于在{v}主干道安装路灯的建议",
        content: "{v}主干道无路灯，群众夜间出行不便，建议安装太阳能路灯。",
        unit: "镇规划建设办",
        co_unit: "",
        action: "安装太阳能路灯35盏",
    },
    MotionTopic {
        category: "民生",
        title: "关于解决{v}集中供水水压不足的建议",
        content: "{v}地势较高的几个组用水高峰时段水压不足，建议增设加压设施。",
        unit: "镇规划建设办",
        co_unit: "镇财政所",
        action: "增设加压泵站1座",
    },
    MotionTopic {
        category: "民生",
        title: "关于提高低保评审透明度的建议",
        content: "部分群众对低保评定程序不了解，建议规范民主评议并在村务公开栏公示。",
        unit: "镇社会事务办",
        co_unit: "",
        action: "规范评议程序并全面公示",
    },
    MotionTopic {
        category: "民生",
        title: "关于规范集镇农贸市场管理的建议",
        content: "集镇农贸市场占道经营、车辆乱停，赶集日交通堵塞，建议划定摊位、规范停车。",
        unit: "镇综治中心",
        co_unit: "镇派出所",
        action: "划定临时摊位并设置停车区",
    },
    MotionTopic {
        category: "社会治理",
        title: "关于加强集镇夜间治安巡逻的建议",
        content: "近期集镇发生多起电动车被盗案件，建议增加夜间巡逻并完善监控。",
        unit: "镇派出所",
        co_unit: "",
        action: "增设监控探头12个并落实夜间巡逻",
    },
    MotionTopic {
        category: "财政",
        title: "关于加快拨付村级公益事业奖补资金的建议",
        content: "去年完成的村级公益事业项目奖补资金尚未到位，建议加快拨付。",
        unit: "镇财政所",
        co_unit: "",
        action: "拨付奖补资金",
    },
];

pub const MOTION_TOPICS: &[MotionTopic] = &[
    MotionTopic {
        category: "环境",
        title: "关于加快推进集镇污水管网建设的议案",
        content: "集镇生活污水直排河道，群众反映强烈。提请本次会议将集镇污水管网建设列为年度重点民生实事，明确资金和完成时限。",
        unit: "镇规划建设办",
        co_unit: "镇财政所",
        action: "完成集镇污水主管网铺设",
    },
    MotionTopic {
        category: "民生",
        title: "关于实施农村饮水安全巩固提升工程的议案",
        content: "全镇仍有部分村组饮水水源不稳定，提请会议将饮水安全巩固提升工程纳入年度计划并监督实施。",
        unit: "镇规划建设办",
        co_unit: "镇农业农村办",
        action: "完成4个村饮水管网改造",
    },
];

/// Voter opinions (选民意见) from reception days.
pub const VOTER_TOPICS: &[MotionTopic] = &[
    MotionTopic {
        category: "交通",
        title: "选民反映{v}组级道路水毁未修复",
        content: "汛期水毁的组级道路至今未修复，农用车无法通行。",
        unit: "镇规划建设办",
        co_unit: "",
        action: "修复水毁道路",
    },
    MotionTopic {
        category: "民生",
        title: "选民反映{v}饮水管道老化漏水",
        content: "饮水主管道老化，经常爆管停水。",
        unit: "镇规划建设办",
        co_unit: "",
        action: "更换老化管道600米",
    },
    MotionTopic {
        category: "环境",
        title: "选民反映{v}养猪场异味扰民",
        content: "养殖场离住户太近，夏季异味大，污水外溢。",
        unit: "镇农业农村办",
        co_unit: "镇综治中心",
        action: "督促养殖场完成粪污处理设施改造",
    },
    MotionTopic {
        category: "医疗",
        title: "选民反映{v}卫生室夜间无人值守",
        content: "卫生室晚上没人，老人夜间急病无处就诊。",
        unit: "镇卫生院",
        co_unit: "",
        action: "公布夜间值班电话并安排巡诊",
    },
    MotionTopic {
        category: "民生",
        title: "选民反映{v}危房改造补助未到位",
        content: "去年完成危房改造，补助资金还未领到。",
        unit: "镇社会事务办",
        co_unit: "镇财政所",
        action: "核实并发放补助资金",
    },
];

/// A county-level matter forwarded as a deputy letter (代表函).
pub const LETTER_TOPIC: MotionTopic = MotionTopic {
    category: "交通",
    title: "关于县道过境路段路面破损的代表函",
    content: "县道过境本镇路段坑洼严重、重车多，多次发生事故。该路段属县级管养，特函请县人大常委会转县交通运输局研究处理。",
    unit: "县交通运输局（协调）",
    co_unit: "",
    action: "完成过境路段坑槽修补",
};

pub const VOTER_LETTER_TOPIC: MotionTopic = MotionTopic {
    category: "交通",
    title: "选民反映县道过境路段坑洼严重",
    content: "县道过境路段坑洼多，重车多，出行不安全。",
    unit: "",
    co_unit: "",
    action: "",
};

pub const VOTER_UPPER_TOPIC: MotionTopic = MotionTopic {
    category: "民生",
    title: "选民反映高速公路征地补偿标准偏低",
    content: "高速公路建设征地补偿标准低于邻县，群众有意见。",
    unit: "",
    co_unit: "",
    action: "",
};

pub const VOTER_LEGAL_TOPIC: MotionTopic = MotionTopic {
    category: "其他",
    title: "选民反映与邻居宅基地界址纠纷",
    content: "与邻居因宅基地界址发生纠纷，要求处理。",
    unit: "",
    co_unit: "",
    action: "",
};

pub const CRITICISM_TOPIC: MotionTopic = MotionTopic {
    category: "民生",
    title: "对集镇农贸市场长期管理不到位的批评",
    content: "农贸市场占道经营、卫生脏乱问题反映多年，整改一直不到位，对相关部门工作提出批评。",
    unit: "镇综治中心",
    co_unit: "",
    action: "完成市场提质改造并建立长效管理",
};

pub const PRIVATE_TOPIC: MotionTopic = MotionTopic {
    category: "其他",
    title: "关于解决本人子女工作安排的建议",
    content: "请求镇里帮助安排子女到镇属单位工作。",
    unit: "",
    co_unit: "",
    action: "",
};

pub const SPOT_OK_FINDINGS: &[&str] = &[
    "电话回访选民3人，均反映该代表经常走访、反映问题及时",
    "上门走访农户5户，群众认识该代表，反映其帮助解决过实际问题",
    "在村民小组会上询问，群众对代表联系情况评价较好",
    "查阅联系选民台账，记录完整，与回访情况一致",
];

pub const SPOT_BAD_FINDINGS: &[&str] = &[
    "回访选民4人，其中3人表示不认识该代表，联系选民台账记录偏少",
    "该代表本年度联系选民不足10人次，村民反映很少见到代表",
];
