"""Messages of the cascade: a template received from a higher office, relayed and answered in one consolidated
return."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    # Receiving (exit 2)
    "receive.not_a_template": (
        "{file} 不是本程序下发的报送模板（缺少或损坏了隐藏的模板信息），无法作为上级任务接收",
        "{file} is not a submission template written by this program (its hidden template information is missing or damaged) and cannot be received as an assignment",
    ),
    "receive.bad_region": (
        "{file} 的模板信息写明的地区“{region}”不是三省一市及其下辖地区之一",
        "The region '{region}' in {file}'s template information is not one of the delta's provinces, cities or districts",
    ),
    "receive.row_missing": (
        "{file} 的模板信息列出的第 {number} 行在表中找不到：模板被改动过，请向上级索取原件",
        "Row {number} listed in {file}'s template information is not in its sheets: the template was altered; ask the issuing office for the original",
    ),
    "receive.own_template": (
        "{file} 是本工作区下发的模板；收回填好的报送文件请用“接收报送文件”（workbench submit）",
        "{file} is a template this workspace issued; take filled returns in with Take submissions (workbench submit)",
    ),
    "receive.duplicate": (
        "{file}（{period}）已经接收过，未重复保存",
        "{file} ({period}) was received before and is not stored again",
    ),
    "receive.other_region": (
        "{file} 是发给{region}的模板，而本工作区为这份规划填报的是{answering}：一个工作区只代表一个地区",
        "{file} is a template for {region}, but this workspace answers for {answering} on this plan: a workspace answers for one region",
    ),
    "receive.changed": (
        "{file} 在预览之后被改动或移走，请重新打开预览",
        "{file} changed or moved after it was previewed; preview it again",
    ),
    "receive.read_only": (
        "规划 {plan} 是上级下发的，它的任务和指标只能由上级的新模板更改",
        "Plan {plan} was received from a higher office: its tasks and indicators change only with the issuer's next template",
    ),
    "receive.not_own_region": (
        "这份规划是上级下发给{answering}的，本工作区只记录{answering}及其下辖地区的进展，不记录{region}的",
        "This plan was issued to {answering}: this workspace records the progress of {answering} and the regions under it, not of {region}",
    ),
    "template.not_a_child": (
        "“{region}”不是{answering}的下辖地区：这份上级下发的规划只向{answering}的下辖地区（{children}）下发模板",
        "'{region}' is not under {answering}: templates of this received plan go to the regions under {answering} ({children})",
    ),
    # Receiving: what the command line prints
    "receive.summary": (
        "《{plan}》{period}：发给{region}，截止 {deadline}；任务 {tasks} 项、指标 {indicators} 项（文件 {file}，SHA-256 {sha}）",
        "《{plan}》 {period}: issued to {region}, due {deadline}; {tasks} tasks, {indicators} indicators (file {file}, SHA-256 {sha})",
    ),
    "receive.added": ("新增{kind} {number}：{title}", "New {kind} {number}: {title}"),
    "receive.retitled": ("{kind} {number} 改名：{old} → {new}", "{kind} {number} renamed: {old} → {new}"),
    "receive.kind.task": ("任务", "task"),
    "receive.kind.indicator": ("指标", "indicator"),
    "receive.saved": (
        "已接收，规划编号 {plan_id}；向下辖地区下发模板：workbench template --plan {plan_id} --region … --period {period}",
        "Received as plan {plan_id}; send templates to the regions under it: workbench template --plan {plan_id} --region … --period {period}",
    ),
    "receive.dry_run": ("（预览，未保存）", "(preview: nothing saved)"),
    # Consolidating (exit 2)
    "consolidate.not_received_plan": (
        "《{plan}》不是上级下发的规划，没有可填写的上级模板",
        "《{plan}》 was not received from a higher office: there is no template of theirs to fill",
    ),
    "consolidate.not_received": (
        "规划 {plan} 没有收到 {period} 的上级模板，请先接收（workbench receive）",
        "No template of the higher office was received for plan {plan} and {period}: receive it first (workbench receive)",
    ),
    "consolidate.unknown_task": ("没有编号为“{task}”的任务", "No task numbered '{task}'"),
    "consolidate.unknown_indicator": (
        "没有编号或名称为“{indicator}”的指标",
        "No indicator numbered or named '{indicator}'",
    ),
    "consolidate.bad_status": (
        "任务 {task} 的状态“{status}”无法识别：请用 未启动、推进中、已完成、滞后、暂停",
        "Unknown status '{status}' for task {task}: use 未启动, 推进中, 已完成, 滞后 or 暂停 (not started, in progress, done, lagging, on hold)",
    ),
    "consolidate.bad_aggregate": (
        "指标 {indicator} 的汇总方式“{how}”无法识别：请用 sum（合计）、mean（平均）或 none（不汇总）",
        "Unknown aggregation '{how}' for indicator {indicator}: use sum, mean or none",
    ),
    "consolidate.bad_choice": (
        "{option} 的写法是 {option} 编号=值，例如 {example}",
        "Write {option} as {option} NUMBER=VALUE, e.g. {example}",
    ),
    "consolidate.locked_cell": (
        "上级模板的 {sheet}!{cell} 是锁定的单元格，不会写入：这不是本程序下发的模板格式",
        "{sheet}!{cell} of the received template is locked and is never written: the template is not in this program's format",
    ),
    # Consolidating: the rules and the preview
    "consolidate.rules": (
        "汇总规则：状态——有地区滞后即为滞后，报送的地区全部已完成为已完成，有推进中或已完成为推进中，有暂停为暂停，否则未启动；"
        "完成进度——报送地区的平均值（保留一位小数）；指标——数量和金额合计，单位为 %、率、占比 的取平均；"
        "文字——按地区逐条拼接（南京市：…；苏州市：…）；本工作区直接为{region}填写的值优先于汇总值",
        "Rules: status — lagging if any region lags, done if every reporting region is done, in progress if any is in progress or done, on hold if any is on hold, else not started; "
        "percent — the mean of the reporting regions (one decimal); indicators — counts and amounts summed, rates (unit %, 率, 占比) averaged; "
        "texts — each region's after its name (南京市：…；苏州市：…); values this workspace entered for {region} itself take precedence",
    ),
    "consolidate.basis.accepted": (
        "汇总依据：下辖地区已接收的报送（尚无审核通过的报送）",
        "Counted: the accepted returns of the regions under this one (none is approved yet)",
    ),
    "consolidate.basis.approved": (
        "汇总依据：仅计审核通过的报送；已报送但尚未通过的地区不计入",
        "Counted: approved returns only; regions whose returns are not yet approved are left out",
    ),
    "consolidate.header": (
        "《{plan}》{period}，{region}的汇总（写入 {file}）：已报送 {reported}/{asked}",
        "《{plan}》 {period}, consolidated for {region} (into {file}): {reported} of {asked} reported",
    ),
    "consolidate.not_reported": ("尚未报送：{regions}", "Not yet reported: {regions}"),
    "consolidate.all_reported": ("下辖地区均已报送", "Every region asked has reported"),
    "consolidate.task_headers": (
        "编号|任务|状态|依据|完成进度（%）|报送地区|进展情况",
        "No.|Task|Status|Basis|Percent|Reported by|Progress",
    ),
    "consolidate.indicator_headers": (
        "编号|指标|单位|汇总方式|汇总值|依据|各地区",
        "No.|Indicator|Unit|Aggregation|Value|Basis|Regions",
    ),
    "consolidate.written": ("已写入汇总后的上级模板：{path}", "The received template, filled, written: {path}"),
    "rule.derived": ("按规则汇总", "by the rules"),
    "rule.set": ("人工指定", "set by hand"),
    "rule.own": ("本级填写", "entered here"),
    "rule.nobody": ("无报送", "nothing reported"),
    "aggregate.sum": ("合计", "sum"),
    "aggregate.mean": ("平均", "mean"),
    "aggregate.none": ("不汇总", "none"),
}

# The window's wording of what the command line says with its options.
IN_WINDOW: dict[str, tuple[str, str]] = {
    "receive.saved": (
        "已接收，规划编号 {plan_id}；请用“规划 → 下发报送模板…”向下辖地区下发 {period} 的模板",
        "Received as plan {plan_id}; send the {period} templates to the regions under it with Plans → Send templates…",
    ),
}
