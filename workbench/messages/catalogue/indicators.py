"""Messages of indicator definitions, revised targets, the command-line edits and the audit log."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "task.not_found": ("本规划中没有编号为 {task} 的任务", "This plan has no task numbered {task}"),
    "task.ambiguous": (
        "编号 {task} 不止一项任务，请写出其所在组的编号：{matches}",
        "Several tasks are numbered {task}; give the one meant with its group: {matches}",
    ),
    "indicator.not_found": (
        "本规划中没有指标 {indicator}（写指标序号或名称）",
        "This plan has no indicator {indicator} (give its number or name)",
    ),
    "indicator.ambiguous": (
        "不止一个指标以“{indicator}”开头，请写得更完整或写序号：{matches}",
        "Several indicators begin with “{indicator}”; give more of the name or the number: {matches}",
    ),
    "indicator.bad_choice": (
        "{field} 不能是“{value}”，可选：{allowed}",
        "{field} cannot be “{value}”; choose one of {allowed}",
    ),
    "indicator.weight_by_itself": (
        "指标“{indicator}”不能以自身加权",
        "Indicator “{indicator}” cannot be weighted by itself",
    ),
    "indicator.weight_needs_mean": (
        '指标“{indicator}”有加权指标，汇总方式只能是 mean（加权平均），不能是 {aggregation}；如不加权，请用 --weight-by "" 清除',
        'Indicator “{indicator}” is weighted by another, so it combines by mean (a weighted mean), not {aggregation}; clear the weight with --weight-by "" to change that',
    ),
    "value.bad_date": (
        "无法识别日期“{value}”，请写成 2024-06-30",
        "Cannot read the date “{value}”; write it as 2024-06-30",
    ),
    "indicator.bad_year": ("无法识别年份“{value}”", "Cannot read the year “{value}”"),
    "indicator.need_reason": (
        "调整指标“{indicator}”的目标值须写明理由",
        "A revised target of “{indicator}” needs a reason",
    ),
    "indicator.same_target": (
        "指标“{indicator}”{year} 年的目标值已是 {value}，未作调整",
        "The {year} target of “{indicator}” is already {value}; nothing was revised",
    ),
    "field.definition": ("指标口径", "definition"),
    "field.data_source": ("数据来源", "data source"),
    "field.formula": ("计算公式", "formula"),
    "field.aggregation": ("汇总方式", "aggregation"),
    "field.weight_by_id": ("加权指标", "weighted by"),
    "field.direction": ("方向", "direction"),
    "field.attribute": ("指标属性", "attribute"),
    "field.target": ("目标值", "target"),
    "aggregation.sum": ("求和", "sum"),
    "aggregation.mean": ("平均", "mean"),
    "aggregation.weighted": ("按“{by}”加权平均", "mean weighted by “{by}”"),
    "aggregation.none": ("不可相加", "not additive"),
    "direction.increase": ("越高越好", "higher is better"),
    "direction.decrease": ("越低越好", "lower is better"),
    "attribute.binding": ("约束性", "binding"),
    "attribute.expected": ("预期性", "expected"),
    "not_stated": ("未说明", "not stated"),
    "edit.nothing_changed": (
        "未作改动：所给的值与现有的相同",
        "Nothing changed: the values given are those already stored",
    ),
    "edit.changed": ("已改动 {count} 项：{fields}", "Changed {count}: {fields}"),
    "edit.need_field": ("请至少给出一项要改的内容（{options}）", "Give at least one thing to change ({options})"),
    "indicator.revised": (
        "已调整“{indicator}”{year} 年的目标值：{old} → {new}（自 {on} 起执行）",
        "Revised the {year} target of “{indicator}”: {old} → {new} (in force from {on})",
    ),
    "indicator.list_headers": (
        "序号|指标|单位|范围|属性|汇总|目标值（现行）",
        "no.|indicator|unit|scope|attribute|aggregation|targets (in force)",
    ),
    "indicator.show": (
        "口径：{definition}\n数据来源：{source}\n计算公式：{formula}\n汇总方式：{aggregation}\n方向：{direction}\n指标属性：{attribute}",
        "Definition: {definition}\nData source: {source}\nFormula: {formula}\nAggregation: {aggregation}\nDirection: {direction}\nAttribute: {attribute}",
    ),
    "indicator.targets_in_force": ("现行目标值：{targets}", "Targets in force: {targets}"),
    "indicator.original_targets": ("规划原定目标值：{targets}", "Targets as the plan set them: {targets}"),
    "indicator.revision_line": (
        "  {on} 调整 {year} 年目标值 {old} → {new}；理由：{reason}{source}",
        "  {on}: the {year} target {old} → {new}; reason: {reason}{source}",
    ),
    "indicator.revision_source": ("；依据：{source}", "; source: {source}"),
    "audit.headers": ("时间|操作人|来源|对象|地区|报送期|改动", "when|who|source|item|region|period|change"),
    "audit.target_revised": (
        "{year} 年目标值 {old} → {new}（自 {on} 起；{reason}）",
        "{year} target {old} → {new} (from {on}; {reason})",
    ),
}

IN_WINDOW: dict[str, tuple[str, str]] = {
    "indicator.weight_needs_mean": (
        "指标“{indicator}”有加权指标，汇总方式只能是“平均”（加权平均），不能是 {aggregation}；如不加权，请先清除加权指标",
        "Indicator “{indicator}” is weighted by another, so it combines by mean (a weighted mean), not {aggregation}; clear the weight first to change that",
    ),
}
