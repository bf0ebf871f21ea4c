"""Messages of the joint meeting's report, the reminders (催报) and the verdicts they print."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    # Verdicts on an indicator (workbench/tracking/trajectory.py)
    "verdict.on_track": ("达到预期", "On track"),
    "verdict.off_track": ("未达预期", "Off track"),
    "verdict.no_data": ("暂无数据", "No data"),
    "verdict.not_reported": ("未报送", "Not reported"),
    "verdict.no_target": ("无可比目标", "No target to compare"),
    # Reminders
    "remind.title": ("关于报送《{plan}》{label}进展情况的催报通知", "Reminder: progress report on {plan}, {label}"),
    "remind.body": (
        "按照工作安排，《{plan}》{label}进展情况报送表应于{deadline}前报送。截至{today}，{missing}，已逾期{days}天。",
        "The progress report on {plan} for {label} was due by {deadline}. As of {today}, {missing}; it is {days} days overdue.",
    ),
    "remind.no_file": ("尚未收到贵单位报送的报表", "we have not received your report"),
    "remind.unfilled": ("贵单位报送的报表中{what}尚未填报", "your report leaves {what} unfilled"),
    "remind.tasks": ("{n}项任务（编号 {codes}）", "{n} tasks (nos. {codes})"),
    "remind.indicators": ("{n}项指标（序号 {codes}）", "{n} indicators (nos. {codes})"),
    "remind.and": ("和", " and "),
    "remind.request": (
        "请抓紧组织填报，并于收到本通知后 5 个工作日内将报送表发回联席会议办公室。",
        "Please complete the report and send it back to the joint meeting's office within 5 working days of this notice.",
    ),
    "remind.contact": ("联系人及电话：{contact}", "Contact: {contact}"),
    "remind.signature": (
        "长三角区域信息化合作联席会议办公室",
        "Office of the Joint Meeting on YRD Informatization Cooperation",
    ),
    "remind.file": ("催报通知-{region}-{period}", "reminder-{region}-{period}"),
    "remind.written": (
        "已写入 {region} 的催报通知：{docx}（邮件正文：{txt}）",
        "Reminder for {region} written: {docx} (mail text: {txt})",
    ),
    "remind.none": ("《{plan}》{period} 没有需要催报的地区", "No region needs a reminder for {plan}, {period}"),
    # The joint meeting's report
    "meeting.written": ("联席会议报告已写入 {path}", "Joint meeting report written to {path}"),
    "meeting.title": ("关于《{plan}》{label}推进情况的报告", "Report on the progress of {plan}, {label}"),
    "meeting.intro": (
        "根据三省一市报送的进展情况，现将《{plan}》{label}推进情况报告如下。",
        "From the progress reported by the four provinces, this report sets out how {plan} stands for {label}.",
    ),
    "meeting.h.overview": ("一、总体情况", "1. Overview"),
    "meeting.h.tasks": ("二、重点任务推进情况", "2. Progress of the tasks"),
    "meeting.h.indicators": ("三、主要指标完成情况", "3. Indicators against their targets"),
    "meeting.h.returns": ("四、报送情况", "4. Returns"),
    "meeting.h.late": ("（一）逾期报送", "(1) Late returns"),
    "meeting.h.copied": ("（二）进展内容与上期雷同", "(2) Narratives copied from the previous period"),
    "meeting.overview": (
        "本期应报送地区{regions}个，已报送进展的{reported}个（{names}）。各地共报告任务进展{reports}项次，其中{counts}。{indicators}逾期报送地区{late}个，进展内容与上期雷同{copied}项次。",
        "{reported} of {regions} regions reported ({names}). They reported on tasks {reports} times: {counts}. {indicators}{late} regions were late; {copied} narratives were copied from the previous period.",
    ),
    "meeting.overview_indicators": (
        "主要指标共评估{judged}项次，达到预期进度{on}项次，未达预期{off}项次，未报送{missing}项次。",
        "Indicators were judged {judged} times: {on} on track, {off} off track, {missing} not reported. ",
    ),
    "meeting.count": ("{label}{n}项", "{label} {n}"),
    "meeting.none": ("无", "none"),
    "meeting.ungrouped": ("其他任务", "Other tasks"),
    "meeting.group": (
        "本组共有任务{tasks}项，各地报告进展{reports}项次，其中{counts}。滞后{lagging}项次，各地所报情况如下。",
        "{tasks} tasks; {reports} reports: {counts}. {lagging} lagging, as the regions report them below.",
    ),
    "meeting.lagging": (
        "{n}. {title}（{region}{percent}，任务编号 {number}）",
        "{n}. {title} ({region}{percent}, task {number})",
    ),
    "meeting.percent": ("，完成{percent}%", ", {percent}% done"),
    "meeting.no_words": ("（该地区未说明原因）", "(the region gave no reason)"),
    "meeting.no_indicators": ("本规划未设置量化指标。", "The plan sets no quantitative indicators. "),
    "meeting.indicators": (
        "本规划{n}项指标按规划目标和年度进度评估{judged}项次：达到预期进度{on}项次，未达预期{off}项次。各指标情况见下表（预期值为按基期与目标直线推算的本期应达值）。",
        "{n} indicators judged {judged} times against the planned path: {on} on track, {off} off track. The expected value is where the straight path from baseline to target stands at this period.",
    ),
    "meeting.on_off": ("达到{on}，未达{off}", "{on} on, {off} off"),
    "meeting.no_late": ("本期各地区均按时报送。", "Every region reported on time."),
    "meeting.late_return": (
        "报送截止日期为{deadline}，报表于{received}收到，逾期{days}天。",
        "Due {deadline}, received {received}: {days} days late.",
    ),
    "meeting.late_missing": (
        "报送截止日期为{deadline}，截至本报告形成时尚未报送，已逾期{days}天。",
        "Due {deadline}, not yet received: {days} days overdue.",
    ),
    "meeting.copied": (
        "经比对，共有{n}项次任务的进展情况、存在问题或下步计划与上期基本相同（去除空白和标点后字符二元组相似度不低于{threshold}）。",
        "{n} task reports repeat their previous period's progress, problems or next steps (character-bigram similarity at least {threshold} after removing whitespace and punctuation).",
    ),
    "meeting.basis.accepted": (
        "本报告依据已接收的报送数据（含办公室录入数据）生成，尚未经审核通过。",
        "This report is built from the data accepted into the workspace (including the office's own entries), not yet approved.",
    ),
    "meeting.basis.approved": (
        "本报告依据已审核通过的报送数据生成（{regions}）；其余地区的报送尚在审核中，未计入。",
        "This report is built from approved data ({regions}); the other regions' reports are still under review and"
        " not counted.",
    ),
    "meeting.annex": ("附件", "Annex"),
    "meeting.annex_title": ("各地区{label}进展情况一览表", "Regions at a glance, {label}"),
    "meeting.yes": ("是", "yes"),
    "meeting.no": ("否", "no"),
    "meeting.chart.label": ("项目", "Item"),
    "meeting.chart.bar": ("分布", "Distribution"),
    "meeting.chart.figures": ("情况", "Figures"),
    "meeting.chart.status": ("图1  各地区任务进展状态分布", "Figure 1. Task status by region"),
    "meeting.chart.groups": ("图2  各任务组进展状态分布", "Figure 2. Task status by task group"),
    "meeting.chart.verdicts": ("图3  各地区指标达标情况", "Figure 3. Indicator verdicts by region"),
    "meeting.col.indicator": ("指标", "Indicator"),
    "meeting.col.target": ("目标值（年份）", "Target (year)"),
    "meeting.col.region": ("地区", "Region"),
    "meeting.col.actual": ("实际值", "Actual"),
    "meeting.col.expected": ("预期值", "Expected"),
    "meeting.col.verdict": ("判断", "Verdict"),
    "meeting.col.task": ("任务", "Task"),
    "meeting.col.fields": ("雷同内容", "Copied"),
    "meeting.col.similarity": ("相似度", "Similarity"),
    "meeting.col.received": ("报送日期", "Received"),
    "meeting.col.overdue": ("逾期", "Late"),
    "meeting.col.mean": ("平均完成率%", "Mean %"),
    "meeting.col.on_off": ("指标达/未达", "On/off"),
    "meeting.col.copies": ("雷同", "Copied"),
}
