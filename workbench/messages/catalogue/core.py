"""Messages of the core and the plan/workspace commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "file.not_found": ("找不到文件：{path}", "File not found: {path}"),
    "file.unreadable": ("无法读取文件：{path}（{detail}）", "Cannot read the file: {path} ({detail})"),
    "file.old_word": (
        "旧版 Word 文档（.doc）不能直接导入：请在 Word 或 WPS 中“另存为” .docx 后再导入：{path}",
        'Old Word documents (.doc) cannot be imported: open it in Word or WPS and "Save As" .docx, then import that: {path}',
    ),
    "file.encrypted_or_old": (
        "文档设置了密码或是旧版 .doc 格式：请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入：{path}",
        "The document is password-protected or an old .doc: remove the password in Word or WPS and save it as .docx, then import that: {path}",
    ),
    "file.expands_too_much": (
        "文件解压后过大（{size} 字节，上限 {limit} 字节），不予读取：{path}",
        "The file expands to too much data ({size} bytes, limit {limit}); it was not read: {path}",
    ),
    "file.too_complex": (
        "文档的段落或表格单元格超过 {limit} 个，远超一份规划，不予读取：{path}",
        "The document has more than {limit} paragraphs or table cells, far beyond any plan; it was not read: {path}",
    ),
    "file.empty": ("文件为空：{path}", "The file is empty: {path}"),
    "file.too_large": (
        "文件过大（{size} 字节，上限 {limit} 字节）：{path}",
        "The file is too large ({size} bytes, limit {limit}): {path}",
    ),
    "file.binary": (
        "文件不是文本文档（看起来是二进制文件）：{path}",
        "The file is not a text document (it looks binary): {path}",
    ),
    "file.encoding": (
        "无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-8 和 GB18030）：{path}",
        "Unknown text encoding (UTF-8, UTF-8 with BOM and GB18030 are supported): {path}",
    ),
    "file.unsupported_type": (
        "不支持的文件类型“{suffix}”：{path}（支持 .txt、.docx，以及 .xlsx、.csv 分工表）",
        "Unsupported file type '{suffix}': {path} (.txt, .docx, and .xlsx or .csv task-allocation sheets are supported)",
    ),
    "file.bad_docx": (
        "无法读取 Word 文档（文件损坏或不是 .docx）：{path}",
        "Cannot read the Word document (damaged, or not a .docx): {path}",
    ),
    "plan.not_a_plan": (
        "这不像一份规划文件：{path}（未找到“一、”这样的编号章节和任务）",
        "This does not look like a plan: {path} (no numbered parts such as 一、 and no tasks found)",
    ),
    "plan.not_found": ("找不到规划：{plan}", "No such plan: {plan}"),
    "plan.ambiguous": (
        "“{plan}”对应多个规划：{matches}，请写得更具体或使用编号",
        "'{plan}' matches several plans: {matches}; be more specific or use the id",
    ),
    "plan.duplicate": (
        "该文件已导入为规划 {plan_id}《{title}》",
        "This document was already imported as plan {plan_id} ({title})",
    ),
    "region.not_found": (
        "找不到地区：{region}（可用 SH/JS/ZJ/AH 或 沪/苏/浙/皖）",
        "No such region: {region} (use SH/JS/ZJ/AH or 沪/苏/浙/皖)",
    ),
    "period.invalid": (
        "报送期“{period}”格式不对，应为 2023、2023H1、2023Q2 或 2023年上半年、2023年第二季度",
        "Invalid period '{period}': use 2023, 2023H1, 2023Q2, 2023年上半年 or 2023年第二季度",
    ),
    "period.out_of_range": (
        "报送期“{period}”的年份超出范围，应在 {first} 到 {last} 年之间",
        "Period '{period}' is out of range: the year must be from {first} to {last}",
    ),
    "workspace.newer": (
        "工作区 {path} 由更新版本的工作台创建（结构版本 {found}，本程序支持到 {supported}），请升级工作台；文件未作任何改动",
        "Workspace {path} was made by a newer workbench (schema {found}, this one knows up to {supported}); upgrade the workbench. The file was not changed.",
    ),
    "workspace.locked": (
        "工作区正被另一个程序使用：{holder}（{path}）。请先关闭它",
        "The workspace is in use by another program: {holder} ({path}). Close it first.",
    ),
    "workspace.not_sqlite": ("这不是工作台的工作区文件：{path}", "This is not a workbench workspace file: {path}"),
    "workspace.damaged": (
        "工作区文件已损坏：{path}（{detail}）。请从备份恢复",
        "The workspace file is damaged: {path} ({detail}). Restore it from a backup.",
    ),
    "workspace.read_only": (
        "工作区文件是只读的，无法写入：{path}",
        "The workspace file is read-only and cannot be written: {path}",
    ),
    "workspace.disk_full": (
        "磁盘空间不足，写入已撤销，工作区保持原样：{path}",
        "The disk is full; the write was rolled back and the workspace is unchanged: {path}",
    ),
    "workspace.io_error": (
        "读写工作区失败（{detail}），写入已撤销：{path}。如工作区在U盘上，请检查U盘是否仍插着",
        "Reading or writing the workspace failed ({detail}); the write was rolled back: {path}. If it is on a USB stick, check that it is still plugged in.",
    ),
    "workspace.missing": (
        "找不到工作区：{path}。如工作区在U盘或网络盘上，请检查它是否仍连接着",
        "No workspace at {path}. If it is on a USB stick or a network drive, check that it is still connected.",
    ),
    "risk.network": ("网络共享", "a network share"),
    "risk.cloud": ("云同步文件夹", "a cloud-sync folder"),
    "risk.removable": ("移动存储设备", "a removable drive"),
    "workspace.risky_location": (
        "工作区位于{kind}（{path}）。SQLite 文件放在此处可能因同步或断开而损坏，建议放在本机硬盘上",
        "The workspace is on {kind} ({path}). SQLite files there can be corrupted by syncing or disconnection; keep it on a local disk.",
    ),
    "backup.not_found": ("找不到备份：{path}", "No such backup: {path}"),
    "backup.verify_failed": ("备份校验失败：{path}（{detail}）", "Backup verification failed: {path} ({detail})"),
    "backup.checksum_mismatch": (
        "备份自创建以来已被改动或损坏（校验和不符），不能用来恢复：{path}。请选择另一个备份；工作区未作任何改动",
        "The backup was changed or damaged after it was made (its checksum does not match) and cannot be restored: {path}. Choose another backup; the workspace was not changed.",
    ),
    "backup.no_checksum": (
        "备份 {path} 由较早版本的工作台创建，没有记录校验和；它已通过完整性检查",
        "The backup {path} was made by an earlier workbench and has no recorded checksum; it passed the full integrity check.",
    ),
    "backup.checksum.ok": ("校验和一致", "checksum verified"),
    "backup.checksum.mismatch": ("校验和不符：备份已被改动或损坏", "checksum does not match: changed or damaged"),
    "backup.checksum.missing": ("未记录校验和（较早版本的备份）", "no checksum recorded (an earlier backup)"),
    "restore.not_a_workspace": (
        "{path} 不是工作台的工作区或其备份（{detail}），不能用来恢复。请选择工作区旁 .backups 文件夹中的备份；工作区未作任何改动",
        "{path} is not a workbench workspace or a backup of one ({detail}) and cannot be restored. Choose a backup from the .backups folder beside the workspace; the workspace was not changed.",
    ),
    "restore.newer": (
        "备份 {path} 由更新版本的工作台创建（结构版本 {found}，本程序支持到 {supported}），不能恢复。请先升级工作台；工作区未作任何改动",
        "The backup {path} was made by a newer workbench (schema {found}; this one knows up to {supported}) and cannot be restored. Upgrade the workbench first; the workspace was not changed.",
    ),
    "restore.other_workspace": (
        "备份 {path} 属于另一个工作区，不是 {workspace} 的备份。恢复后，从当前工作区下发的报送模板交回时都将被拒收。确需恢复，请确认（命令行：workbench restore 备份文件 --other-workspace）；工作区未作任何改动",
        "The backup {path} belongs to another workspace, not to {workspace}. After restoring it, every template sent out from this workspace would be refused when it comes back. If you mean it, confirm (command line: workbench restore BACKUP --other-workspace); the workspace was not changed.",
    ),
    "value.bad_status": (
        "状态“{value}”无效，应为 未启动/推进中/已完成/滞后/暂停 之一",
        "Invalid status '{value}': use one of not started / in progress / done / lagging / on hold",
    ),
    "value.bad_percent": (
        "完成进度“{value}”无效，应为 0 到 100 之间的数",
        "Invalid progress '{value}': use a number from 0 to 100",
    ),
    "demo.exists": (
        "{path} 已存在且不是演示工作区，或未要求重置；演示工作区不会覆盖其他工作区",
        "{path} exists and is not a demo workspace to reset; the demo never overwrites another workspace",
    ),
    "internal_error": (
        "内部错误：{error}。工作区未被改动；请加 --debug 重试并把输出发给维护人员",
        "Internal error: {error}. The workspace was not changed; rerun with --debug and send the output to the maintainers",
    ),
    "log.see_file": ("详细信息已写入日志：{path}", "Details were written to the log: {path}"),
    "plan.table_location": ("表{number}", "table {number}"),
    "plan.table_mapping": ("{location}按{kind}读取：{columns}", "{location} read as {kind}: {columns}"),
    "plan.table_kind.tasks": ("任务分工表", "task allocation"),
    "plan.table_kind.indicators": ("指标表", "indicators"),
    "plan.table_kind.projects": ("项目表", "projects"),
    "plan.table_column_ignored": ("不读取", "ignored"),
    "plan.table_field.number": ("序号", "number"),
    "plan.table_field.task": ("任务", "task"),
    "plan.table_field.content": ("任务内容", "task text"),
    "plan.table_field.lead_units": ("牵头单位", "lead units"),
    "plan.table_field.cooperating_units": ("配合单位", "cooperating units"),
    "plan.table_field.deadline": ("完成时限", "deadline"),
    "plan.table_field.regions": ("地区", "regions"),
    "plan.table_field.group": ("任务分组", "task group"),
    "plan.table_field.category": ("指标类别", "indicator category"),
    "plan.table_field.name": ("指标名称", "indicator name"),
    "plan.table_field.unit": ("单位", "unit"),
    "plan.table_field.attribute": ("指标属性", "attribute"),
    "plan.table_field.baseline": ("基期值", "baseline"),
    "plan.table_field.target": ("目标值", "target"),
    "plan.table_field.title": ("项目名称", "project name"),
    "plan.table_field.body": ("项目内容", "project text"),
    "plan.table_field_year": ("{year}年{field}", "{field} {year}"),
    "plan.table_field_region": ("{field}（{region}）", "{field} ({region})"),
    "plan.summary": (
        "《{title}》（{kind}，{period}）：{parts} 个部分，{task_groups} 组 {tasks} 项任务，{projects} 个重大项目/专栏，{safeguards} 条保障措施，{indicators} 个指标（{targets} 个目标值），{stages} 个阶段",
        "{title} ({kind}, {period}): {parts} parts, {tasks} tasks in {task_groups} groups, {projects} flagship projects, {safeguards} safeguards, {indicators} indicators ({targets} targets), {stages} stages",
    ),
    "plan.imported": ("已保存为规划 {plan_id}", "Saved as plan {plan_id}"),
    "plan.warning.no_tasks": (
        "未识别出任务：查找了“主要任务/重点任务/建设重点”等部分下的编号条目（一、（一）1.），以及“总体要求”与“保障措施”之间各章（第X章）下的节（第X节）或编号条目。请核对文件的编号，或在预览中把条目改为任务",
        "No tasks found: looked for numbered items (一、 （一） 1.) under a part titled 主要任务/重点任务/建设重点, and for the sections (第X节) or numbered items of the chapters between 总体要求 and 保障措施. Check the document's numbering, or mark items as tasks in the review",
    ),
    "plan.warning.no_indicators": (
        "未识别出指标：查找了带年份的“名称＋达到/提高到/保持在/突破＋数值＋单位”（如“到2025年，5G基站达到25万个”“比重由10%提高到13%”）",
        "No indicators found: looked for a name, a verb such as 达到/提高到/保持在/突破, a number and a unit, with a year (e.g. 到2025年，5G基站达到25万个; 比重由10%提高到13%)",
    ),
    "plan.warning.no_period": (
        "未识别出规划期：查找了标题中的年份（2021-2025年、“十四五”、2025年）、建设阶段和“规划期为……”",
        "No plan period found: looked for years in the title (2021-2025年, 十四五, 2025年), for construction stages and for 规划期为…",
    ),
    "plan.warning.no_title": (
        "未找到标题（查找了通知中的“关于印发……的通知”和正文前的标题行），暂用文件名：{title}",
        "No title found (looked for 关于印发…的通知 in a notice and for title lines before the text); the file name is used: {title}",
    ),
    "plan.warning.title_too_long": (
        "标题过长（{length} 个字），可能混入了正文：{title}",
        "The title is long ({length} characters) and may hold body text: {title}",
    ),
    "plan.warning.title_has_contents": (
        "标题中似乎混入了目录（“{marker}”）：{title}",
        "The title seems to hold a table of contents ('{marker}'): {title}",
    ),
    "plan.project": ("重大项目", "project"),
    "plan.list_headers": ("编号|规划|期限|任务|重大项目|指标", "id|plan|period|tasks|projects|indicators"),
    "dry_run.nothing_saved": ("（预览，未保存任何内容）", "(preview: nothing was saved)"),
    "demo.ready": (
        "演示工作区已就绪：{path}（{plans} 个规划，含 2021–2023 年示例进展数据）",
        "Demo workspace ready: {path} ({plans} plans, with sample progress for 2021–2023)",
    ),
    "check.ok": ("检查通过（{warnings} 条提示）", "Check passed ({warnings} warnings)"),
    "check.failed": (
        "检查发现 {errors} 个问题、{warnings} 条提示",
        "Check found {errors} problems and {warnings} warnings",
    ),
    "backup.done": ("已备份并校验：{path}", "Backed up and verified: {path}"),
    "restore.done": (
        "已从 {path} 恢复；恢复前的状态已备份到 {safety}",
        "Restored from {path}; the state before was backed up to {safety}",
    ),
    "cancelled": ("操作已取消，所有改动均已撤销", "Cancelled; every change was rolled back"),
    "status.not_started": ("未启动", "Not started"),
    "status.in_progress": ("推进中", "In progress"),
    "status.done": ("已完成", "Done"),
    "status.lagging": ("滞后", "Lagging"),
    "status.on_hold": ("暂停", "On hold"),
    "system.missing_package": (
        "缺少系统软件包 {package}（{libraries}），窗口无法打开",
        "The system package {package} is missing ({libraries}): the window cannot open",
    ),
    "system.install_packages": (
        "在 Debian/Ubuntu 上用这条命令安装：sudo apt-get install {packages}",
        "Install them on Debian/Ubuntu with: sudo apt-get install {packages}",
    ),
}

IN_WINDOW: dict[str, tuple[str, str]] = {
    "restore.other_workspace": (
        "备份 {path} 属于另一个工作区，不是 {workspace} 的备份。恢复后，从当前工作区下发的报送模板交回时都将被拒收；工作区未作任何改动",
        "The backup {path} belongs to another workspace, not to {workspace}. After restoring it, every template sent "
        "out from this workspace would be refused when it comes back; the workspace was not changed.",
    ),
    "internal_error": (
        "内部错误：{error}。工作区未被改动；详细信息已写入日志，请发给维护人员",
        "Internal error: {error}. The workspace was not changed; the details are in the log for the maintainers",
    ),
}
