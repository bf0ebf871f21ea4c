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
    "submission.no_files": ("{path} 中没有文件", "No files in {path}"),
    "submission.not_a_workbook": (
        "{file} 不是 Excel 工作簿，未读取。请只提交填好的 .xlsx 模板",
        "{file} is not a workbook and was not read. Submit only the filled-in .xlsx templates",
    ),
    "submission.assign_one_file": (
        "--as-region 和 --as-period 须同时给出，且一次只能指定一个文件（不能是文件夹）",
        "--as-region and --as-period go together, and name one file (not a folder) at a time",
    ),
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
        "模板校验码不符：隐藏的模板信息或锁定内容被改动过。请使用办公室下发的原模板重新填写；如确认它是某地区某期的报送，可用 --as-region 和 --as-period 指明后重新提交，锁定内容仍将与签发的模板逐格核对",
        "The template checksum does not match: its hidden metadata or locked content was altered. Fill in the original template the office sent. If you know which region and period it reports, submit it again with --as-region and --as-period; its locked content is still checked against the template issued",
    ),
    "problem.other_workspace": (
        "这份模板（《{title}》）不是本工作区签发的，可能来自另一台电脑或另一个工作区。如确认它是某地区某期的报送，可用 --as-region 和 --as-period 指明后重新提交，锁定内容仍将与签发的模板逐格核对",
        "This template ({title}) was not issued by this workspace; it may come from another computer or workspace. If you know which region and period it reports, submit it again with --as-region and --as-period; its locked content is still checked against the template issued",
    ),
    "problem.unknown_template": (
        "模板编号 {template} 不是本工作区签发的，或隐藏的模板信息被改动过。如确认它是某地区某期的报送，可用 --as-region 和 --as-period 指明后重新提交，锁定内容仍将与签发的模板逐格核对",
        "Template {template} was not issued by this workspace, or its hidden metadata was altered. If you know which region and period it reports, submit it again with --as-region and --as-period; its locked content is still checked against the template issued",
    ),
    "problem.no_metadata": (
        "{file} 中没有模板的隐藏信息表（_meta），无法核对它是不是本工作区签发的模板、是哪个地区哪一期的报送，未接收。"
        "如确认，请用 --as-region 和 --as-period 指明后重新提交（如 --as-region {region} --as-period {period}），"
        "锁定内容仍将与签发给该地区该期的模板逐格核对",
        "{file} has no template metadata (the hidden _meta sheet), so neither that this workspace issued it nor its "
        "region and period can be verified; it was not taken. If you know them, submit it again with --as-region and "
        "--as-period (e.g. --as-region {region} --as-period {period}); its locked content is still checked against "
        "the template issued to that region for that period",
    ),
    "problem.not_issued": (
        "本工作区没有向{region}签发过《{plan}》{period} 的报送模板，不能按此指定接收。请核对 --as-region 和 --as-period",
        "No template of {plan} for {period} was issued to {region} by this workspace, so the file cannot be taken as "
        "one. Check --as-region and --as-period",
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
    "problem.formula_no_value": (
        "这里是公式，但文件中没有保存它的计算结果（用程序生成的文件常见），无法知道它显示的值。"
        "请直接填写数值，或在 Excel/WPS 中打开并保存后再提交",
        "This is a formula saved without its result (common in files written by a program), so the value it shows "
        "cannot be known. Type the value itself, or open and save the file in Excel/WPS, and submit it again",
    ),
    "problem.merged_cell": (
        "本格被合并进 {range}，显示的是第 {row} 行的内容，本行自己的内容无法读取。"
        "请取消合并，在每一行分别填写（内容相同也请各写一遍）",
        "This cell is merged into {range}: it shows row {row}'s content, and its own cannot be read. "
        "Unmerge the cells and fill in every row (repeat the text where it is the same)",
    ),
    "problem.missing_column": (
        "“{sheet}”表第 {row} 行的表头中找不到“{column}”列，模板中的填写列不能删除。请恢复这一列及其表头后再提交",
        "Sheet '{sheet}' has no '{column}' column in its header (row {row}); the template's fill-in columns "
        "must stay. Restore the column and its header, and submit again",
    ),
    "problem.no_header": (
        "“{sheet}”表中找不到表头：前 {rows} 行中没有一行写着“编号”“{name}”等列名。请恢复表头（原模板第 3 行）后再提交",
        "Sheet '{sheet}' has no header: none of its first {rows} rows names the columns 编号, {name} and the "
        "others. Restore the header (row 3 of the template) and submit again",
    ),
    "problem.ambiguous_percent": (
        "完成进度“{value}”含义不明：完成 80% 请填 80，不足 1% 请填 0.8%",
        "Progress '{value}' is ambiguous: write 80 for 80%, or 0.8% for less than one percent",
    ),
    # Notices: accepted files, but worth saying
    "notice.assigned_no_meta": (
        "{file} 中没有模板的隐藏信息表，已按指定（--as-region/--as-period）作为《{plan}》{region} {period} 的报送核对，"
        "锁定内容已与签发的模板逐格比对",
        "{file} has no template metadata; checked as {plan}, {region}, {period} as assigned (--as-region/--as-period), "
        "its locked content compared cell by cell with the template issued",
    ),
    "notice.assigned_unverified": (
        "{file} 自带的模板信息无法验证，已按指定（--as-region/--as-period）作为《{plan}》{region} {period} 的报送核对，"
        "锁定内容已与签发的模板逐格比对",
        "The template metadata of {file} does not verify; checked as {plan}, {region}, {period} as assigned "
        "(--as-region/--as-period), its locked content compared cell by cell with the template issued",
    ),
    "notice.name_other_region": (
        "文件名“{file}”提到了其他地区，但这份文件是{region}的报送，请核对是否拿错了文件",
        "The file name '{file}' names another region, but the file is {region}'s submission; check it is the right file",
    ),
    "notice.name_other_period": (
        "文件名“{file}”提到的是 {found}，但这份文件报送的是 {period}，请核对是否拿错了文件",
        "The file name '{file}' says {found}, but the file reports {period}; check it is the right file",
    ),
    "notice.newest_of": (
        "同一批中还有{region} {period} 的其他文件（{others}），按填报日期、修改时间、填写的内容取最新的这一份，其余未接收",
        "Other files of this batch are also {region}'s for {period} ({others}); this one is the newest by reporting "
        "date, modification time and cells filled in, the others were not taken",
    ),
    # Not taken, with nothing wrong in the file: what the user must confirm, or why it is not needed
    "confirm.other_period": (
        "{file} 是 {found} 的报送，而本次接收的是 {expected}。如确实要接收它，请加 --other-period 重新提交",
        "{file} reports {found}, but {expected} is being taken in. To take it all the same, submit it again with --other-period",
    ),
    "confirm.replace": (
        "{region} {period} 已于 {when} 接收了 {earlier}。如要用这份文件（{file}）替换它，请加 --replace 重新提交",
        "{region} {period} already accepted from {earlier} at {when}; use --replace to take this one ({file}) instead",
    ),
    "confirm.file_changed": (
        "{file} 在预览之后被修改过，未接收。请重新查看新的预览，确认后再接收",
        "{file} changed after it was previewed and was not taken. Review the new preview and accept it again",
    ),
    "confirm.which_newer": (
        "{file} 与 {others} 都是{region} {period} 的报送，但无法判断哪一份更新（填报日期、修改时间和填写的内容都相同），"
        "均未接收。请只提交要接收的那一份",
        "{file} and {others} are all {region}'s for {period}, and none is newer by reporting date, modification time "
        "or cells filled in; none was taken. Submit only the one to take",
    ),
    "submission.superseded": (
        "未接收 {file}：同一批中的 {newer} 也是{region} {period} 的报送，且更新"
        "（填报日期 {newer_date}、修改于 {newer_time}、已填 {newer_filled} 项；本文件 {date}、{time}、{filled} 项）。"
        "如要接收本文件，请单独提交它",
        "{file} was not taken: {newer} of the same batch is also {region}'s for {period} and is newer (reporting date "
        "{newer_date}, modified {newer_time}, {newer_filled} cells filled; this file {date}, {time}, {filled}). "
        "To take this file instead, submit it on its own",
    ),
    "submission.unfilled": (
        "未接收 {file}：与下发的模板相比没有填写或改动任何内容（可能是原模板）。如本期确无变化，请填写“填报人”和“填报日期”后再报送",
        "{file} was not taken: nothing in it was filled in or changed from the template as issued (the blank template?). "
        "If nothing changed this period, fill in 填报人 and 填报日期 and send it again",
    ),
    "notice.not_reported": (
        "“{sheet}”表中有 {count} 项未填报（编号 {codes}）：本次不写入这些项，汇总表中本期没有数据的项显示为“未填报”",
        "{count} rows of '{sheet}' were not reported (numbers {codes}): nothing is written for them, and the "
        "summary shows those without data this period as not reported",
    ),
    "notice.formulas": (
        "“{sheet}”表中有 {count} 个单元格是公式（{cells}），已按文件中保存的计算结果读取；"
        "如结果不是最新的，请在 Excel/WPS 中重新计算并保存后再提交",
        "{count} cells of '{sheet}' are formulas ({cells}); their saved results were read. If those are out of "
        "date, recalculate and save the file in Excel/WPS, and submit it again",
    ),
    "notice.header_by_position": (
        "表头与模板不同，已按模板中的位置读作“{column}”列",
        "The header differs from the template's; it was read as the '{column}' column by its place in the template",
    ),
    "notice.added_column": (
        "这一列不是模板中的列，其中的内容没有读取。需要报送的内容请填在模板原有的列中",
        "This column is not one of the template's, and its content was not read. Put what you report in the "
        "template's own columns",
    ),
    "notice.status_percent": (
        "编号 {task} 的状态为“{value}”，但完成进度为 {percent}%，已按所填接收，请核对",
        "Task {task} is '{value}' but its progress is {percent}%; it was taken as written, please check",
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
    "submit.needs_confirmation": (
        "暂未接收 {file}：{region} {period}，需要确认（见上），未保存任何内容",
        "Not taken yet {file}: {region} {period} needs your confirmation (see above); nothing saved",
    ),
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
    "state.withdrawn": ("已撤回", "withdrawn"),
    "state.submitted": ("已报送（待审核）", "submitted (awaiting review)"),
    "state.returned": ("已退回（待修改）", "returned for revision"),
    "state.approved": ("已通过", "approved"),
    "state.locked": ("已锁定", "locked"),
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
    "outcome.accepted": ("已接收", "accepted"),
    "outcome.duplicate": ("重复文件，未改动", "duplicate, nothing changed"),
    "outcome.valid": ("可接收（预览）", "acceptable (preview)"),
    "outcome.rejected": ("退回", "refused"),
    "outcome.unusable": ("无法使用", "unusable"),
    "outcome.needs_confirmation": ("待确认，未接收", "needs confirmation"),
    "outcome.superseded": ("有更新的文件，未接收", "superseded by a newer file"),
    "outcome.unfilled": ("未填写，未接收", "nothing filled in"),
}

_ASSIGN_ZH = "如确认它是某地区某期的报送，可点“指定省市和报送期…”指明，锁定内容仍将与签发的模板逐格核对"
_ASSIGN_EN = (
    "If you know which region and period it reports, press Assign province and period…; its locked content is "
    "still checked against the template issued"
)
IN_WINDOW: dict[str, tuple[str, str]] = {
    "submission.plan_ambiguous": (
        "{file} 没有模板的隐藏信息表，按任务编号和名称可能属于多个规划（{plans}），无法确定是哪一个。请让报送单位用办公室下发的原模板重新填写",
        "{file} has no template metadata and its tasks match several plans ({plans}), so which one it reports "
        "cannot be told. Ask the sender to fill in the original template the office sent",
    ),
    "problem.checksum": (
        "模板校验码不符：隐藏的模板信息或锁定内容被改动过。请使用办公室下发的原模板重新填写；" + _ASSIGN_ZH,
        "The template checksum does not match: its hidden metadata or locked content was altered. Fill in the "
        "original template the office sent. " + _ASSIGN_EN,
    ),
    "problem.other_workspace": (
        "这份模板（《{title}》）不是本工作区签发的，可能来自另一台电脑或另一个工作区。" + _ASSIGN_ZH,
        "This template ({title}) was not issued by this workspace; it may come from another computer or "
        "workspace. " + _ASSIGN_EN,
    ),
    "problem.unknown_template": (
        "模板编号 {template} 不是本工作区签发的，或隐藏的模板信息被改动过。" + _ASSIGN_ZH,
        "Template {template} was not issued by this workspace, or its hidden metadata was altered. " + _ASSIGN_EN,
    ),
    "problem.no_metadata": (
        "{file} 中没有模板的隐藏信息表（_meta），无法核对它是不是本工作区签发的模板、是哪个地区哪一期的报送，未接收。"
        + _ASSIGN_ZH,
        "{file} has no template metadata (the hidden _meta sheet), so neither that this workspace issued it nor its "
        "region and period can be verified; it was not taken. " + _ASSIGN_EN,
    ),
    "problem.not_issued": (
        "本工作区没有向{region}签发过《{plan}》{period} 的报送模板，不能按此指定接收。请核对指定的省市和报送期",
        "No template of {plan} for {period} was issued to {region} by this workspace, so the file cannot be taken as "
        "one. Check the province and period assigned",
    ),
    "notice.assigned_no_meta": (
        "{file} 中没有模板的隐藏信息表，已按指定作为《{plan}》{region} {period} 的报送核对，锁定内容已与签发的模板逐格比对",
        "{file} has no template metadata; checked as {plan}, {region}, {period} as assigned, its locked content "
        "compared cell by cell with the template issued",
    ),
    "notice.assigned_unverified": (
        "{file} 自带的模板信息无法验证，已按指定作为《{plan}》{region} {period} 的报送核对，锁定内容已与签发的模板逐格比对",
        "The template metadata of {file} does not verify; checked as {plan}, {region}, {period} as assigned, its "
        "locked content compared cell by cell with the template issued",
    ),
    "confirm.other_period": (
        "{file} 是 {found} 的报送，而本次接收的是 {expected}",
        "{file} reports {found}, but {expected} is being taken in",
    ),
    "confirm.replace": (
        "{region} {period} 已于 {when} 接收了 {earlier}；接收这份文件（{file}）将替换它",
        "{region} {period} already accepted from {earlier} at {when}; taking this one ({file}) replaces it",
    ),
}
