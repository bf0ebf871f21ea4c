"""Messages of the development index and of themes across plans."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "index.method.target": (
        "方法（对标目标）：每项指标按报送期所在年度适用的目标值 T（该年或其后最早的目标；最后一个目标之后用最后一个）计分。有基期值 b 时，得分 = 100 × (v − b) / (T − b)；无基期值时，越大越好的指标得分 = 100 × v / T，越小越好的指标得分 = 100 × T / v。得分限定在 0–100。无目标值的指标不计分。地区指数 = Σ 权重 × 得分 / Σ 有得分指标的权重。",
        "Method (against the target): each indicator is scored against its target T in force for the period's year (the first target of that year or later; after the last target, the last). With a baseline b, score = 100 × (v − b) / (T − b); without one, 100 × v / T where higher is better and 100 × T / v where lower is. Scores are capped to 0–100. An indicator without a target is not scored. A region's index = Σ weight × score / Σ the weights of its scored indicators.",
    ),
    "index.method.range": (
        "方法（地区极差）：每项指标按同一报送期各省市的最小值 min 和最大值 max 计分：越大越好的指标得分 = 100 × (v − min) / (max − min)，越小越好的指标得分 = 100 × (max − v) / (max − min)；各地值相同（或只有一地报送）时得分为 100。地区指数 = Σ 权重 × 得分 / Σ 有得分指标的权重。",
        "Method (against the regions' range): each indicator is scored against the lowest (min) and highest (max) value of the provinces in the same period: 100 × (v − min) / (max − min) where higher is better, 100 × (max − v) / (max − min) where lower is; where all values are equal (or one region alone reports it) the score is 100. A region's index = Σ weight × score / Σ the weights of its scored indicators.",
    ),
    "index.method.missing": (
        "缺失值：某地区在该报送期没有某项指标的值时，该指标不计入，其权重按比例分摊给该地区的其他指标；覆盖率 = 有得分指标的权重之和 / 全部权重之和。没有任何得分的地区不计指数。",
        "Missing values: an indicator a region has no value for in the period is left out and its weight spread over the region's other indicators; coverage = the weights of its scored indicators / all weights. A region with no score has no index.",
    ),
    "index.headers": ("名次|地区|指数|覆盖率", "Rank|Region|Index|Coverage"),
    "index.part_headers": (
        "地区|指标|实际值|得分|权重|贡献",
        "Region|Indicator|Value|Score|Weight|Contribution",
    ),
    "index.weight_set": (
        "已将指标 {indicator} 的权重由 {old} 改为 {new}",
        "The weight of indicator {indicator} was changed from {old} to {new}",
    ),
    "index.bad_weight": (
        "权重 {weight} 无效：应为不小于 0 的数",
        "Weight {weight} cannot be used: it must be a number of 0 or more",
    ),
    "index.indicator_not_found": ("该规划中找不到指标“{indicator}”", "No indicator “{indicator}” in this plan"),
    "index.indicator_ambiguous": (
        "“{indicator}”对应多个指标，请用编号指定：{matches}",
        "“{indicator}” names several indicators; give its id: {matches}",
    ),
    "theme.link_not_proposed": (
        "没有待确认的关联 {link}（写作“任务编号-任务编号”，见 workbench themes）",
        "No pending link {link} (written as task id-task id, see workbench themes)",
    ),
    "theme.not_found": ("找不到主题“{theme}”", "No theme “{theme}”"),
    "theme.ambiguous": ("“{theme}”对应多个主题：{matches}", "“{theme}” names several themes: {matches}"),
    "theme.empty_name": ("主题名称不能为空", "A theme's name cannot be empty"),
    "theme.confirmed": (
        "已确认关联 {link}，任务归入主题 {theme}",
        "Confirmed link {link}; its tasks are in theme {theme}",
    ),
    "theme.rejected": ("已否决关联 {link}", "Rejected link {link}"),
    "theme.renamed": ("主题 {theme} 已命名为“{name}”", "Theme {theme} is now named “{name}”"),
    "theme.confirmed_heading": ("已确认的主题", "Confirmed themes"),
    "theme.proposals_heading": (
        "待确认的主题建议（相似度阈值 {threshold}）",
        "Proposed themes awaiting a decision (similarity threshold {threshold})",
    ),
    "theme.none": ("（无）", "(none)"),
    "theme.counts": ("{tasks} 项任务，{plans} 个规划", "{tasks} tasks in {plans} plans"),
}
