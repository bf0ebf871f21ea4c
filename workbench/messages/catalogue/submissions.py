"""Messages of templates, submissions, their status and the summary workbook."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    # Templates
    "template.not_a_region": (
        "“{region}”不是三省一市或其 41 个城市之一：报送模板发给上海市、江苏省、浙江省、安徽省（SH/JS/ZJ/AH）和各市（如 南京、JS-NJ）",
        "'{region}' is neither one of the four provinces nor one of their 41 cities: templates go to SH, JS, ZJ, AH and to cities such as 南京 (JS-NJ)",
    ),
    "template.bad_deadline": (
        "截止日期“{deadline}”格式不对，应为 2023-07-15 这样的日期",
        "Invalid deadline '{deadline}': use a date such as 2023-07-15",
    ),
    "template.need_region": (
        "请用 --region 指定地区，或用 --all-regions 为三省一市各生成一份",
        "Name a region with --region, or use --all-regions for all four",
    ),
    "template.out_is_file": (
        "生成多份模板时 --out 应为文件夹：{path}",
        "With several templates --out must be a folder: {path}",
    ),
    "template.written": ("已生成 {region} 的模板：{path}", "Template for {region} written: {path}"),
    # Unusable files (exit 2)
    "xlsx.not_xlsx": (
        "{file} 不是 Excel 工作簿（.xlsx），无法读取。请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（*.xlsx）",
        "{file} is not an Excel workbook (.xlsx). Open it in Excel or WPS and save it as an Excel workbook (*.xlsx)",
    ),
    "xlsx.legacy_xls": (
        "{file} 是旧版 .xls 格式。请在 Excel 或 WPS 中打开，选择“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再提交新文件",
        "{file} is an old .xls file. Open it in Excel or WPS, choose File → Save As, pick 'Excel Workbook (*.xlsx)', and submit the new file",
    ),
    "xlsx.encrypted": (
        "{file} 已加密或设置了打开密码，无法读取。请在 Excel/WPS 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx",
        "{file} is encrypted or password-protected. Remove the password in Excel/WPS (File → Info → Protect Workbook → Encrypt with Password, clear it) and save as .xlsx",
    ),
    "xlsx.bomb": (
        "{file} 解压后异常庞大（{member}，压缩比约 {ratio}:1，上限 {limit} 字节），可能是恶意文件，已拒绝",
        "{file} expands to an abnormal size ({member}, ratio about {ratio}:1, limit {limit} bytes); it may be malicious and was refused",
    ),
    "xlsx.xml_entities": (
        "{file} 含有 XML 实体声明（{member}），Excel 不会这样保存文件，可能是恶意文件，已拒绝",
        "{file} contains XML entity declarations ({member}); Excel never saves those, so it may be malicious and was refused",
    ),
    "xlsx.absurd_dimension": (
        "{file} 的“{sheet}”表有内容位于 {cell}，超出合理范围（最多 {rows} 行、{columns} 列），已拒绝。请删除多余内容后重新保存",
        "Sheet '{sheet}' of {file} has content at {cell}, beyond a sensible size (at most {rows} rows, {columns} columns); it was refused. Delete the stray content and save again",
    ),
    "xlsx.damaged": ("{file} 已损坏，无法读取（{detail}）", "{file} is damaged and cannot be read ({detail})"),
    "submission.newer_format": (
        "{file} 由更新版本的工作台生成（模板格式 {found}，本程序支持到 {supported}），请升级工作台",
        "{file} was made by a newer workbench (template format {found}, this one reads up to {supported}); upgrade the workbench",
    ),
    "submission.unidentified": (
        "无法识别 {file}：既没有模板的隐藏信息表，也找不到“任务进展”或“指标数据”的表头",
        "Cannot identify {file}: it has neither the template's hidden metadata nor the headers of 任务进展 or 指标数据",
    ),
    "submission.no_plan_match": (
        "{file} 没有模板的隐藏信息表，按表头识别时，其中的任务编号和名称与工作区中的任何规划都对不上",
        "{file} has no template metadata, and its task numbers and titles match no plan in the workspace",
    ),
    "submission.plan_ambiguous": (
        "{file} 没有模板的隐藏信息表，按任务编号和名称可能属于多个规划（{plans}），请用 --plan 指明",
        "{file} has no template metadata and its tasks match several plans ({plans}); name one with --plan",
    ),
    "submission.need_region": (
        "{file} 没有模板的隐藏信息表，文件名和表头中也看不出是哪个地区，请用 --region 指明",
        "{file} has no template metadata and neither its name nor its titles say which region it is for; name it with --region",
    ),
    "submission.need_period": (
        "{file} 没有模板的隐藏信息表，文件名和表头中也看不出报送期，请用 --period 指明（如 2023H1）",
        "{file} has no template metadata and neither its name nor its titles say which period it reports; name it with --period (e.g. 2023H1)",
    ),
    "submission.no_files": ("{path} 中没有 .xlsx 文件", "No .xlsx files in {path}"),
    # Problems that refuse a file (exit 1), located by sheet and cell
    "problem.at": (
        "“{sheet}”表 {cell} 单元格（“{value}”）：{reason}",
        "Sheet '{sheet}', cell {cell} ('{value}'): {reason}",
    ),
    "problem.meta_altered": (
        "隐藏的模板信息被改动：{field} 现为“{value}”，签发时为“{expected}”",
        "The template's hidden metadata was altered: {field} is '{value}', issued as '{expected}'",
    ),
    "problem.checksum": (
        "模板校验码不符：隐藏的模板信息或锁定内容被改动过。请使用办公室下发的原模板重新填写",
        "The template checksum does not match: its hidden metadata or locked content was altered. Fill in the original template the office sent",
    ),
    "problem.other_workspace": (
        "这份模板（《{title}》）不是本工作区签发的，可能来自另一台电脑或另一个工作区",
        "This template ({title}) was not issued by this workspace; it may come from another computer or workspace",
    ),
    "problem.unknown_template": (
        "模板编号 {template} 不是本工作区签发的，或隐藏的模板信息被改动过",
        "Template {template} was not issued by this workspace, or its hidden metadata was altered",
    ),
    "problem.wrong_plan": (
        "这份文件属于《{found}》，不是要求的《{expected}》",
        "This file belongs to {found}, not to {expected} as asked",
    ),
    "problem.wrong_region": (
        "这份文件是{found}的报送，不是要求的{expected}",
        "This file is {found}'s submission, not {expected}'s as asked",
    ),
    "problem.wrong_period": (
        "这份文件是 {found} 的报送，不是要求的 {expected}",
        "This file reports {found}, not {expected} as asked",
    ),
    "problem.region_claim": (
        "此处写的是其他地区，但模板是发给{region}的；一份文件只能报送本地区的数据，请勿改动",
        "This names another region, but the template was issued to {region}; a file reports its own region only. Do not change it",
    ),
    "problem.locked_altered": (
        "锁定内容被改动，应为“{expected}”。请恢复原内容",
        "Locked content was changed; it should read '{expected}'. Restore it",
    ),
    "problem.unknown_row": (
        "编号“{value}”不在这份模板中（请勿新增或改动编号）",
        "Number '{value}' is not in this template (do not add rows or change numbers)",
    ),
    "problem.duplicate_row": (
        "编号“{value}”出现了两次（另见 {other}），请删除重复的一行",
        "Number '{value}' appears twice (see also {other}); delete one of them",
    ),
    "problem.missing_status": (
        "填写了进展但没有选择状态，请从下拉列表选择",
        "Progress was filled in but no status was chosen; pick one from the list",
    ),
    "problem.bad_status": (
        "状态“{value}”无效，请从下拉列表选择：未启动、推进中、已完成、滞后、暂停",
        "Invalid status '{value}': pick one of 未启动 (not started), 推进中 (in progress), 已完成 (done), 滞后 (lagging), 暂停 (on hold)",
    ),
    "problem.bad_percent": (
        "完成进度“{value}”无效，应为 0 到 100 之间的数字（如 80 表示 80%）",
        "Invalid progress '{value}': use a number from 0 to 100 (80 means 80%)",
    ),
    "problem.bad_number": (
        "“{value}”不是数字，请填写纯数字（单位见“单位”列）",
        "'{value}' is not a number; enter a plain number (the unit is in the 单位 column)",
    ),
    "problem.bad_date": (
        "日期“{value}”无法识别，请写成 2023-06-30 或 2023年6月30日",
        "Cannot read the date '{value}'; write it as 2023-06-30",
    ),
    "problem.error_cell": (
        "单元格是错误值 {value}（公式出错），请填写实际内容",
        "The cell holds the error {value} (a failed formula); enter the actual value",
    ),
    # Notices: accepted files, but worth saying
    "notice.identified_by_headers": (
        "文件中没有模板的隐藏信息表（可能是把行复制到了新工作簿），已按表头和任务编号/名称识别为《{plan}》{region} {period}",
        "The file has no template metadata (rows copied into a new workbook?); identified by its headers and task numbers/titles as {plan}, {region}, {period}",
    ),
    "notice.rows_missing": (
        "“{sheet}”表中有 {count} 行未报送（编号 {codes}），这些行保持原值",
        "{count} rows of '{sheet}' were not reported (numbers {codes}); they keep their values",
    ),
    "notice.extra_sheets": ("已忽略多出的工作表：{sheets}", "Extra sheets were ignored: {sheets}"),
    # submit / status / summary output
    "submit.accepted": (
        "已接收 {file}：{region} {period}，新增 {new} 项、修改 {changed} 项、未变 {unchanged} 项（报送记录 {id}）",
        "Accepted {file}: {region} {period}, {new} new, {changed} changed, {unchanged} unchanged (submission {id})",
    ),
    "submit.valid": (
        "预览 {file}：{region} {period}，将新增 {new} 项、修改 {changed} 项、未变 {unchanged} 项（未保存任何内容）",
        "Preview of {file}: {region} {period}, would add {new}, change {changed}, leave {unchanged} unchanged (nothing saved)",
    ),
    "submit.duplicate": (
        "{file} 与 {when} 已接收的文件（报送记录 {id}）完全相同，未作任何改动",
        "{file} is identical to the file accepted at {when} (submission {id}); nothing changed",
    ),
    "submit.rejected": (
        "已退回 {file}：{count} 个问题。工作区数据未改动，只记录了这次报送",
        "Refused {file}: {count} problems. No data changed; only the attempt was recorded",
    ),
    "submit.rejected_dry": (
        "预览 {file}：有 {count} 个问题，将被退回（未保存任何内容）",
        "Preview of {file}: {count} problems, it would be refused (nothing saved)",
    ),
    "submit.unusable": ("无法使用 {file}：{reason}", "Cannot use {file}: {reason}"),
    "submit.report_written": ("问题清单已写入 {path}", "Report written to {path}"),
    "change.new": ("新增", "new"),
    "change.changed": ("修改", "changed"),
    "change.unchanged": ("未变", "unchanged"),
    "field.status": ("状态", "status"),
    "field.percent": ("完成进度", "progress %"),
    "field.progress": ("进展情况", "progress"),
    "field.problems": ("存在问题", "problems"),
    "field.next_steps": ("下步计划", "next steps"),
    "field.value": ("本期实际值", "actual value"),
    "field.note": ("数据来源/说明", "source/note"),
    "state.not_submitted": ("未报送", "not yet submitted"),
    "state.accepted": ("已接收", "accepted"),
    "state.rejected": ("已退回", "rejected"),
    "state.overdue": ("已逾期（截止 {deadline}）", "overdue (deadline {deadline})"),
    "state.later_rejected": ("之后的一份文件被退回", "a later file was refused"),
    "state.issued": ("模板已于 {when} 下发，截止 {deadline}", "template issued {when}, due {deadline}"),
    "status.headers": ("地区|状态|时间|文件|说明", "region|state|when|file|note"),
    "summary.written": ("汇总表已写入 {path}", "Summary written to {path}"),
    # The summary workbook
    "summary.title": ("《{plan}》{label}进展汇总表", "{plan}: progress summary, {period}"),
    "summary.generated": (
        "生成时间：{when}。标红为滞后或未达目标。",
        "Generated {when}. Red marks lagging work or a missed target.",
    ),
    "summary.sheet.overview": ("概览", "Overview"),
    "summary.sheet.tasks": ("任务汇总", "Tasks"),
    "summary.sheet.details": ("进展明细", "Details"),
    "summary.sheet.indicators": ("指标对比", "Indicators"),
    "summary.sheet.trends": ("指标趋势", "Trends"),
    "summary.region": ("地区", "Region"),
    "summary.submission": ("报送情况", "Submission"),
    "summary.mean_percent": ("平均进度（%）", "Mean progress (%)"),
    "summary.not_reported": ("未填报", "Not reported"),
    "summary.not_applicable": ("—", "—"),
    "summary.code": ("编号", "No."),
    "summary.task": ("任务", "Task"),
    "summary.lead": ("牵头单位", "Lead unit"),
    "summary.status": ("状态", "Status"),
    "summary.percent": ("进度（%）", "Progress (%)"),
    "summary.progress": ("进展情况", "Progress"),
    "summary.problems": ("存在问题", "Problems"),
    "summary.next_steps": ("下步计划", "Next steps"),
    "summary.indicator": ("指标", "Indicator"),
    "summary.unit": ("单位", "Unit"),
    "summary.target": ("目标值", "Target"),
    "summary.target_year": ("目标年份", "Target year"),
    "summary.actual": ("实际值", "Actual"),
    "summary.gap": ("差距", "Gap"),
    "summary.period": ("报送期", "Period"),
    "summary.lagging_list": ("滞后任务", "Lagging tasks"),
    "summary.no_lagging": ("本期没有滞后任务", "No lagging tasks this period"),
    "summary.chart.status": ("各地区任务状态分布", "Task status by region"),
    "summary.chart.count": ("任务数", "Tasks"),
    "summary.chart.trend": ("{name}（{unit}）：实际值与目标值", "{name} ({unit}): actual against target"),
    "summary.no_values": ("暂无报送数据", "No values reported yet"),
    # The --report workbook
    "report.sheet": ("问题清单", "Problems"),
    "report.title": ("报送文件问题清单（{when}）", "Problems found in submitted files ({when})"),
    "report.intro": (
        "请按下表逐项修改后重新报送；有问题的单元格已在各表中标红并加批注。",
        "Fix each item below and submit again; the cells concerned are marked red with a comment in their sheets.",
    ),
    "report.headers": ("文件|结果|工作表|单元格|填写的值|问题", "file|result|sheet|cell|value|problem"),
    "report.same_as_input": (
        "问题清单不能覆盖收到的文件：{path}，请另选文件名",
        "The report must not overwrite a received file: {path}; choose another name",
    ),
    "outcome.accepted": ("已接收", "accepted"),
    "outcome.duplicate": ("重复文件，未改动", "duplicate, nothing changed"),
    "outcome.valid": ("可接收（预览）", "acceptable (preview)"),
    "outcome.rejected": ("退回", "refused"),
    "outcome.unusable": ("无法使用", "unusable"),
}
