"""Messages of the review before saving and of re-importing a corrected plan."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "review.unknown_kind": ("无法识别的条目类型：{kind}", "Unknown kind of item: {kind}"),
    "review.unknown_field": ("无法修改的字段：{field}", "This field cannot be edited: {field}"),
    "review.empty_title": ("条目 {number} 的标题不能为空", "The title of item {number} cannot be empty"),
    "review.bad_region": (
        "“{item}”：找不到地区“{region}”（可写省市名称、简称或代码，多个用顿号分隔）",
        "“{item}”: no such region “{region}” (write names, short names or codes, separated by 、 or commas)",
    ),
    "review.bad_number": (
        "“{item}”：“{value}”不是数字（{field}）",
        "“{item}”: “{value}” is not a number ({field})",
    ),
    "review.bad_year": (
        "“{item}”：“{value}”不是年份（四位数字，如 2025）",
        "“{item}”: “{value}” is not a year (four digits, e.g. 2025)",
    ),
    "review.bad_target": (
        "“{item}”：目标值“{value}”应写成“年份: 数值”，多个用分号分隔，如“2020: 80；2025: 90”",
        "“{item}”: the target “{value}” should read “year: value”, several separated by semicolons, "
        "e.g. “2020: 80; 2025: 90”",
    ),
    "review.nothing_to_merge": (
        "“{item}”是最后一个条目，后面没有可合并的条目",
        "“{item}” is the last item: there is no next item to merge it with",
    ),
    "review.bad_split": (
        "“{item}”：拆分位置须在正文之中（把光标放在第二部分开始处）",
        "“{item}”: the split point must lie inside its text (put the cursor where the second part begins)",
    ),
    "review.empty_passage": ("所选原文为空，无法作为条目", "The passage chosen is empty and cannot be an item"),
    "reimport.same_title": (
        "工作区里已有同名规划 {plan_id}《{title}》。要用这份文件就地更新它（保留进展、报送和模板），请加 --update {plan_id}",
        "The workspace already holds plan {plan_id} ({title}) with this title. To update it in place with this "
        "document (progress, submissions and templates kept), add --update {plan_id}",
    ),
    "reimport.removes_progress": (
        "未更新规划《{title}》：新版本删去了已有进展的条目，进展不会被悄悄删除：{items}。"
        "请在文件中保留这些条目（编号或标题改动时仍能对上），或把新版本作为另一个规划导入",
        "Plan {title} was not updated: the new version drops items that hold progress, which is never deleted "
        "silently: {items}. Keep them in the document (they still match when renumbered or retitled), or "
        "import the new version as another plan",
    ),
    "reimport.changed_since": (
        "规划《{title}》在预览后已有改动，请重新查看变更后再更新",
        "Plan {title} changed after the preview; review the changes again before updating",
    ),
    "reimport.held": ("{kind} {label}（{count} 条进展或数值）", "{kind} {label} ({count} progress rows or values)"),
    "reimport.header": (
        "就地更新规划 {plan_id}《{title}》：新增 {added} 项，删除 {removed} 项，修改 {changed} 项",
        "Updating plan {plan_id} ({title}) in place: {added} added, {removed} removed, {changed} changed",
    ),
    "reimport.no_changes": ("与工作区中的版本相同，没有变更", "The same as the version in the workspace: no changes"),
    "reimport.added": ("+ {kind} {label}", "+ {kind} {label}"),
    "reimport.removed": ("- {kind} {label}", "- {kind} {label}"),
    "reimport.removed_held": (
        "- {kind} {label}（有 {count} 条进展或数值，不能删除）",
        "- {kind} {label} (holds {count} progress rows or values: cannot be removed)",
    ),
    "reimport.changed": ("~ {kind} {label}：{fields}", "~ {kind} {label}: {fields}"),
    "reimport.field": ("{field}（{old} → {new}）", "{field} ({old} → {new})"),
    "reimport.updated": (
        "已就地更新规划 {plan_id}，进展、报送、模板和修改记录均保留",
        "Plan {plan_id} updated in place; progress, submissions, templates and the audit log kept",
    ),
    "reimport.kind.plan": ("规划", "plan"),
    "reimport.kind.task": ("任务", "task"),
    "reimport.kind.indicator": ("指标", "indicator"),
    "reimport.kind.project": ("重大项目", "project"),
    "reimport.kind.safeguard": ("保障措施", "safeguard"),
    "reimport.field.title": ("标题", "title"),
    "reimport.field.name": ("名称", "name"),
    "reimport.field.kind": ("类型", "kind"),
    "reimport.field.period_start": ("起始年", "first year"),
    "reimport.field.period_end": ("终止年", "last year"),
    "reimport.field.doc_number": ("文号", "document number"),
    "reimport.field.issuers": ("发文单位", "issuers"),
    "reimport.field.issue_date": ("发文日期", "issue date"),
    "reimport.field.number": ("编号", "number"),
    "reimport.field.group": ("任务组", "group"),
    "reimport.field.body": ("正文", "text"),
    "reimport.field.lead_units": ("牵头单位", "lead units"),
    "reimport.field.cooperating_units": ("配合单位", "cooperating units"),
    "reimport.field.deadline": ("完成时限", "deadline"),
    "reimport.field.regions": ("责任地区", "regions"),
    "reimport.field.unit": ("单位", "unit"),
    "reimport.field.direction": ("方向", "direction"),
    "reimport.field.scope_region": ("范围", "scope"),
    "reimport.field.baseline_value": ("基期值", "baseline"),
    "reimport.field.baseline_year": ("基期年", "baseline year"),
    "reimport.field.targets": ("目标值", "targets"),
}

IN_WINDOW: dict[str, tuple[str, str]] = {
    "reimport.same_title": (
        "工作区里已有同名规划 {plan_id}《{title}》。要用这份文件就地更新它，请在“保存为”中选择更新该规划",
        "The workspace already holds plan {plan_id} ({title}) with this title. To update it in place with this "
        "document, choose to update it under “Save as”",
    ),
}
