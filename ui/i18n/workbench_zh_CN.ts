<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditView</name>
    <message>
        <source>Every change to this workspace, newest first (imports, submissions, edits, undo and redo).</source>
        <translation>本工作区的每一处改动，最新的在前（导入、报送、编辑、撤销和重做）。</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Imports, accepted submissions and edits are listed here as they happen.</source>
        <translation>还没有任何修改。导入规划、接收报送和直接修改都会在这里逐条列出。</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>[Sample data] %1</source>
        <translation>【示例数据】%1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省市</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>省市</translation>
    </message>
    <message>
        <source>Reporting deadline</source>
        <translation>报送截止日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺报内容</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催报</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报送期</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>工作区中的值</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Task rows</source>
        <translation>任务行数</translation>
    </message>
    <message>
        <source>Indicator rows</source>
        <translation>指标行数</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <source>Progress made</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>哪一条</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Status in region</source>
        <translation>本地区状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>通过时间</translation>
    </message>
    <message>
        <source>Copied from the last period</source>
        <translation>照抄上期的任务</translation>
    </message>
    <message>
        <source>Returned because</source>
        <translation>退回原因</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate for the higher office</source>
        <translation>汇总上报</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>写入…</translation>
    </message>
    <message>
        <source>Only a plan received from a higher office is consolidated: receive its template first (Plans → Receive a template from a higher office…), and take in the files of the regions under this one.</source>
        <translation>只有上级下发的规划才能汇总上报：请先接收上级模板（规划 → 接收上级模板…），并接收下辖各地交回的文件。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <source>Save the filled template</source>
        <translation>保存填好的上级模板</translation>
    </message>
    <message>
        <source>Writing the filled template</source>
        <translation>正在写入上级模板</translation>
    </message>
    <message>
        <source>The filled template was written to %1</source>
        <translation>已写入填好的上级模板：%1</translation>
    </message>
</context>
<context>
    <name>DefinitionDialog</name>
    <message>
        <source>Definition of %1</source>
        <translation>%1 的指标定义</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>No weight</source>
        <translation>不加权</translation>
    </message>
    <message>
        <source>Definition (口径)</source>
        <translation>指标口径</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Formula or components</source>
        <translation>计算公式或构成</translation>
    </message>
    <message>
        <source>Aggregation across regions</source>
        <translation>跨地区汇总方式</translation>
    </message>
    <message>
        <source>Mean weighted by</source>
        <translation>加权平均所依指标</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>指标属性</translation>
    </message>
</context>
<context>
    <name>DefinitionPanel</name>
    <message>
        <source>Edit definition…</source>
        <translation>编辑指标定义…</translation>
    </message>
    <message>
        <source>Revise target…</source>
        <translation>调整目标值…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>mean weighted by %1</source>
        <translation>按“%1”加权平均</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>口径：%1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>计算公式：%1</translation>
    </message>
    <message>
        <source>Aggregation across regions: %1</source>
        <translation>跨地区汇总：%1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>指标属性：%1</translation>
    </message>
    <message>
        <source>Targets in force: %1</source>
        <translation>现行目标值：%1</translation>
    </message>
    <message>
        <source>Targets as the plan set them: %1</source>
        <translation>规划原定目标值：%1</translation>
    </message>
    <message>
        <source>%1: the %2 target %3 → %4 (%5)</source>
        <translation>%1 调整 %2 年目标值 %3 → %4（%5）</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>详细信息已写入日志文件 %1。</translation>
    </message>
    <message>
        <source>No log file could be written: use Copy details to keep them.</source>
        <translation>无法写入日志文件：请用“复制详细信息”保存这些信息。</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your data is safe: every change is written to the workspace in one transaction, so it is either saved completely or not at all.</source>
        <translation>发生了意外错误。您的数据是安全的：每项改动都在一个事务中写入工作区，要么完整保存，要么完全不保存。</translation>
    </message>
    <message>
        <source>If it happens again, please send the details to the maintainers.</source>
        <translation>如果再次发生，请把详细信息发给维护人员。</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
</context>
<context>
    <name>FlowDialog</name>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Open a workspace first (File menu).</source>
        <translation>请先打开一个工作区（“文件”菜单）。</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>GroupProgressChart</name>
    <message>
        <source>Progress by task group</source>
        <translation>各任务组平均进度</translation>
    </message>
    <message>
        <source>Mean % done</source>
        <translation>三省一市平均完成进度（%）</translation>
    </message>
    <message>
        <source>This plan&apos;s tasks are not in groups, so there is no progress by group to show.</source>
        <translation>本规划的任务未分组，没有分组进度可显示。</translation>
    </message>
    <message>
        <source>No progress reported for %1 yet: the bars appear once the provinces&apos; reports are taken in.</source>
        <translation>%1 尚无报送的进展：接收各省市的报送后将显示进度条。</translation>
    </message>
    <message>
        <source>Tasks not in a group</source>
        <translation>未分组的任务</translation>
    </message>
    <message>
        <source>%1: %2 done (%3 tasks)</source>
        <translation>%1：平均完成 %2（%3 项任务）</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import a plan document</source>
        <translation>导入规划文件</translation>
    </message>
    <message>
        <source>Choose a plan document (.txt or .docx). Nothing is saved until you press Save.</source>
        <translation>请选择规划文件（.txt 或 .docx）。按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>与下一条合并</translation>
    </message>
    <message>
        <source>Column header</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>表格列</translation>
    </message>
    <message>
        <source>Add the selected text as</source>
        <translation>把选中的原文添加为</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>返回检查</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Source text: the item chosen is marked</source>
        <translation>原文：选中条目的出处已标出</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>规划文件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>Read %1. Check the items: change what an item is saved as, correct a title by double-clicking it, or choose an item to correct its fields, merge or split it.</source>
        <translation>已读取 %1。请检查各条目：可更改条目的保存类型，双击标题可修改，选中条目后可修改其字段、合并或拆分。</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（未使用）</translation>
    </message>
    <message>
        <source>A new plan</source>
        <translation>新规划</translation>
    </message>
    <message>
        <source>A new version of plan %1 《%2》: update it in place</source>
        <translation>规划 %1《%2》的新版本：就地更新</translation>
    </message>
    <message>
        <source>Update the plan</source>
        <translation>更新规划</translation>
    </message>
    <message>
        <source>Show the changes…</source>
        <translation>查看变更…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Select a passage of the source text first.</source>
        <translation>请先在原文中选中一段文字。</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>保存规划</translation>
    </message>
    <message>
        <source>Comparing with the plan in the workspace</source>
        <translation>正在与工作区中的规划比较</translation>
    </message>
    <message>
        <source>Updating the plan</source>
        <translation>正在更新规划</translation>
    </message>
    <message>
        <source>Plan saved: %1</source>
        <translation>规划已保存：%1</translation>
    </message>
</context>
<context>
    <name>IndexCourseChart</name>
    <message>
        <source>No period has values of this plan&apos;s indicators yet.</source>
        <translation>本规划的指标在各报送期都还没有数值。</translation>
    </message>
    <message>
        <source>Development index by period</source>
        <translation>各报送期发展指数</translation>
    </message>
</context>
<context>
    <name>IndexDialog</name>
    <message>
        <source>Development index: %1</source>
        <translation>发展指数：%1</translation>
    </message>
    <message>
        <source>Period %1, method:</source>
        <translation>报送期 %1，计分方法：</translation>
    </message>
    <message>
        <source>against the target</source>
        <translation>对标目标</translation>
    </message>
    <message>
        <source>against the regions&apos; range</source>
        <translation>地区极差</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>省市</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Double-click a weight to change it</source>
        <translation>双击权重可修改</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <source>The weight was not changed</source>
        <translation>权重未修改</translation>
    </message>
    <message>
        <source>Export the index</source>
        <translation>导出发展指数</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The index was not exported</source>
        <translation>发展指数未导出</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Filter the indicators of this plan…</source>
        <translation>筛选本规划的指标…</translation>
    </message>
    <message>
        <source>Chart another region&apos;s values beside the provinces&apos;</source>
        <translation>在图中加一个地区（城市、区县）与各省市对比</translation>
    </message>
    <message>
        <source>Provinces only</source>
        <translation>只看省市</translation>
    </message>
    <message>
        <source>This plan states no quantitative indicators.</source>
        <translation>本规划没有量化指标。</translation>
    </message>
    <message>
        <source>Values reported for %1; double-click a value to correct it.</source>
        <translation>%1 报送的数值；双击数值可更正。</translation>
    </message>
    <message>
        <source>Edit the definition of %1</source>
        <translation>编辑“%1”的指标定义</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>对比其他地区…</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to see its indicators.</source>
        <translation>请在左侧“规划”导航中选择一个规划，查看其指标。</translation>
    </message>
    <message>
        <source>This plan states no quantitative indicators (a name with a baseline or a target, such as “5G基站数 达到 30 万个”). Indicators come from the plan document: import a version that states them.</source>
        <translation>本规划未列出量化指标（带有基期值或目标值的指标，如“5G基站数 达到 30 万个”）。指标来自规划文件：请导入列有指标的版本。</translation>
    </message>
    <message>
        <source>Set %1 of %2 for %3</source>
        <translation>设置%3 %1 的“%2”</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title / name</source>
        <translation>标题／名称</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Responsible regions</source>
        <translation>责任地区</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>基期年</translation>
    </message>
    <message>
        <source>Targets (year: value；…)</source>
        <translation>目标值（年份: 数值；…）</translation>
    </message>
    <message>
        <source>Scope (blank: the whole plan area)</source>
        <translation>范围（空白：规划全域）</translation>
    </message>
    <message>
        <source>Several separated by 、 or commas</source>
        <translation>多个用顿号或逗号分隔</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>在光标处拆分</translation>
    </message>
    <message>
        <source>Put the cursor in the text where the second item begins</source>
        <translation>把光标放在正文中第二条开始的位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Choose an item in the table: its fields are corrected here, its text split.</source>
        <translation>请在左侧表格中选中一个条目：可在此修改其字段、拆分其正文。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not an item (plain text)</source>
        <translation>不是条目（普通正文）</translation>
    </message>
    <message>
        <source>Can be accepted</source>
        <translation>可以接收</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>已接收过</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>the template&apos;s hidden sheet</source>
        <translation>模板的隐藏信息表</translation>
    </message>
    <message>
        <source>its headers and task numbers (the hidden sheet is gone)</source>
        <translation>表头和任务编号（隐藏信息表已丢失）</translation>
    </message>
    <message>
        <source>the province and period you assigned</source>
        <translation>你指定的省市和报送期</translation>
    </message>
    <message>
        <source>Not yet submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>需确认</translation>
    </message>
    <message>
        <source>A newer file came</source>
        <translation>已有更新的文件</translation>
    </message>
    <message>
        <source>Nothing filled in</source>
        <translation>未填写任何内容</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <source>Submitted, awaiting review</source>
        <translation>已报送（待审核）</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>已退回（待修改）</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>进度落后</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>尚无可比目标</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>任务进展</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>指标数值</translation>
    </message>
    <message>
        <source>Revised target</source>
        <translation>目标值调整</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Flagship project</source>
        <translation>重大项目/专栏</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>保障措施</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Index weight</source>
        <translation>指数权重</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme link</source>
        <translation>主题关联</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Period lock</source>
        <translation>报送期锁定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <source>Progress made</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>本期实际值</translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation>数据来源/说明</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>指标口径</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Weighted by</source>
        <translation>加权指标</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>指标属性</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>依据文件</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Not additive</source>
        <translation>不可相加</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Binding (约束性)</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>Expected (预期性)</source>
        <translation>预期性</translation>
    </message>
    <message>
        <source>Yangtze River Delta</source>
        <translation>长三角</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>未收到报送文件</translation>
    </message>
    <message>
        <source>%1 tasks (%2)</source>
        <translation>%1 项任务（%2）</translation>
    </message>
    <message>
        <source>%1 indicators (%2)</source>
        <translation>%1 项指标（%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The change was not made</source>
        <translation>未能修改</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Search every plan (Ctrl+F)…</source>
        <translation>在所有规划中搜索（Ctrl+F）…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>报送期：</translation>
    </message>
    <message>
        <source>Reporting period, e.g. 2023H1, 2023Q2 or 2023</source>
        <translation>报送期，如 2023H1、2023Q2 或 2023</translation>
    </message>
    <message>
        <source>YRD Informatization Planning Workbench</source>
        <translation>长三角信息化规划工作台</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>YRD Informatization Planning Workbench: joint plans, tasks, indicators and the provinces&apos; progress reports in one local workspace, with no network.</source>
        <translation>长三角信息化规划工作台：合作规划、任务、指标和三省一市的进展报送，都保存在一个本地工作区中，无需联网。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>图表已保存为 %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>Reset the demo workspace (for trainers)…</source>
        <translation>重置演示工作区（培训用）…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import a plan document…</source>
        <translation>导入规划文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Send templates…</source>
        <translation>下发报送模板(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Take in submissions…</source>
        <translation>接收报送文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;view the reports</source>
        <translation>审核各地报送(&amp;V)</translation>
    </message>
    <message>
        <source>Write the su&amp;mmary workbook…</source>
        <translation>生成汇总表(&amp;M)…</translation>
    </message>
    <message>
        <source>Rec&amp;eive a template from a higher office…</source>
        <translation>接收上级模板(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Development index…</source>
        <translation>发展指数(&amp;D)…</translation>
    </message>
    <message>
        <source>T&amp;hemes across plans…</source>
        <translation>跨规划主题(&amp;H)…</translation>
    </message>
    <message>
        <source>Remind the &amp;late…</source>
        <translation>催报逾期地区(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the joint meeting&apos;s &amp;report…</source>
        <translation>生成联席会议报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Consolidate for the higher office…</source>
        <translation>汇总上报(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Flagship projects (%1)</source>
        <translation>重大项目/专栏（%1）</translation>
    </message>
    <message>
        <source>Safeguards (%1)</source>
        <translation>保障措施（%1）</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation>指标（%1）</translation>
    </message>
    <message>
        <source>Outline and source text</source>
        <translation>大纲与原文</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Another operation is still running.</source>
        <translation>另一项操作仍在进行中。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Something went wrong: %1.</source>
        <translation>出错了：%1。</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>No plan selected</source>
        <translation>未选择规划</translation>
    </message>
    <message>
        <source>Open a workspace (or the demo workspace from the File menu), then choose a plan in the navigator on the left.</source>
        <translation>请打开一个工作区（或从“文件”菜单打开演示工作区），然后在左侧导航中选择一个规划。</translation>
    </message>
    <message>
        <source>%1 tasks, %2 flagship projects, %3 safeguards, %4 indicators · source: %5</source>
        <translation>%1 项任务、%2 个重大项目/专栏、%3 条保障措施、%4 个指标 · 来源：%5</translation>
    </message>
    <message>
        <source>Sample data: this is the demo workspace, its progress and indicator values are made up for training, not reported by any province.</source>
        <translation>示例数据：这是演示工作区，其中的进展和指标值为培训而编造，并非任何省市报送。</translation>
    </message>
</context>
<context>
    <name>PlanPeriodFields</name>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报送期</translation>
    </message>
    <message>
        <source>e.g. 2023H1, 2023Q2 or 2023</source>
        <translation>如 2023H1、2023Q2 或 2023</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReceiveTemplateDialog</name>
    <message>
        <source>Receive a template from a higher office</source>
        <translation>接收上级模板</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>选择模板…</translation>
    </message>
    <message>
        <source>Choose the template (.xlsx) the higher office sent, or drop it here.</source>
        <translation>请选择上级发来的报送模板（.xlsx），或把它拖到这里。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Template from a higher office</source>
        <translation>上级下发的模板</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>Its tasks and indicators are those already received.</source>
        <translation>任务和指标与已接收的相同。</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>接收 %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回修改…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Lock the period…</source>
        <translation>锁定本期…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>Show cities</source>
        <translation>显示城市</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to review its reports.</source>
        <translation>请在左侧导航中选择一个规划，审核其各地报送。</translation>
    </message>
    <message>
        <source>Choose a reporting period in the toolbar to review its reports.</source>
        <translation>请在工具栏中选择报送期，审核该期各地报送。</translation>
    </message>
    <message>
        <source>%1 is locked (%2, %3): no change is taken until it is unlocked.</source>
        <translation>%1 已锁定（%2，%3）：解锁前不接受任何改动。</translation>
    </message>
    <message>
        <source>No report for %1 yet: send the templates (Plans → Send templates…), then take in the returned files (Plans → Take in submissions…); they are reviewed here.</source>
        <translation>%1 尚无报送：请先下发报送模板（规划 → 下发报送模板…），再接收交回的文件（规划 → 接收报送文件…），然后在此审核。</translation>
    </message>
    <message>
        <source>The review of each report for %1:</source>
        <translation>%1 各地报送的审核情况：</translation>
    </message>
    <message>
        <source>Approving %1</source>
        <translation>正在审核通过 %1</translation>
    </message>
    <message>
        <source>Approved the report of %1 for %2</source>
        <translation>已审核通过 %1 %2 的报送</translation>
    </message>
    <message>
        <source>Reopen the report of %1?</source>
        <translation>重新打开 %1 的报送？</translation>
    </message>
    <message>
        <source>Its values may change again until it is approved anew. Why is it reopened?</source>
        <translation>重新打开后，其数据可再次修改，直至再次审核通过。请说明重新打开的原因：</translation>
    </message>
    <message>
        <source>Reopening %1</source>
        <translation>正在重新打开 %1</translation>
    </message>
    <message>
        <source>Reopened the report of %1 for %2</source>
        <translation>已重新打开 %1 %2 的报送</translation>
    </message>
    <message>
        <source>Every change to this period of the plan is refused until it is unlocked: edits, files taken in or withdrawn, approvals and returns.</source>
        <translation>锁定后，解锁前本规划本期的任何改动都将被拒绝：修改数据、接收或撤回报送文件、审核通过和退回。</translation>
    </message>
    <message>
        <source>Lock %1?</source>
        <translation>锁定 %1？</translation>
    </message>
    <message>
        <source>Locking %1</source>
        <translation>正在锁定 %1</translation>
    </message>
    <message>
        <source>Locked %1</source>
        <translation>已锁定 %1</translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation>解锁 %1？</translation>
    </message>
    <message>
        <source>Why is the period unlocked?</source>
        <translation>请说明解锁的原因：</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>正在解锁 %1</translation>
    </message>
    <message>
        <source>Unlocked %1</source>
        <translation>已解锁 %1</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise a target of %1</source>
        <translation>调整“%1”的目标值</translation>
    </message>
    <message>
        <source>now %1 %2</source>
        <translation>现为 %1 %2</translation>
    </message>
    <message>
        <source>e.g. the mid-term evaluation report (中期评估报告)</source>
        <translation>例如：中期评估报告</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新目标值</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>依据文件</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>No row matches the filter. Clear it to see them all.</source>
        <translation>没有符合筛选条件的行。清除筛选即可查看全部。</translation>
    </message>
    <message>
        <source>No workspace is open. Open one, or the demo workspace, from the File menu.</source>
        <translation>尚未打开工作区。请从“文件”菜单打开一个工作区，或打开演示工作区。</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>按内容调整列宽</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type in the search box to find tasks, indicators and text in every plan.</source>
        <translation>在搜索框中输入文字，可在所有规划中查找任务、指标和原文。</translation>
    </message>
    <message>
        <source>%1 found for “%2”</source>
        <translation>“%2”共找到 %1 处</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Send back for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — 《%2》%3</translation>
    </message>
    <message>
        <source>What must be revised, and why</source>
        <translation>需要修改的内容及原因</translation>
    </message>
    <message>
        <source>e.g. %1!F5 %1!G6</source>
        <translation>如 %1!F5 %1!G6</translation>
    </message>
    <message>
        <source>Task numbers, e.g. 2 5</source>
        <translation>任务编号，如 2 5</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Cells to mark</source>
        <translation>标出的单元格</translation>
    </message>
    <message>
        <source>Tasks to mark</source>
        <translation>标出的任务</translation>
    </message>
    <message>
        <source>Write the return workbook…</source>
        <translation>生成退回文件…</translation>
    </message>
    <message>
        <source>Save the return workbook</source>
        <translation>保存退回文件</translation>
    </message>
    <message>
        <source>Sending back to %1</source>
        <translation>正在退回 %1</translation>
    </message>
    <message>
        <source>Returned to %1; the return workbook is %2</source>
        <translation>已退回 %1，退回文件：%2</translation>
    </message>
</context>
<context>
    <name>SendRemindersDialog</name>
    <message>
        <source>Remind the late</source>
        <translation>催报逾期地区</translation>
    </message>
    <message>
        <source>Write reminders</source>
        <translation>生成催报通知</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>%1 regions are past their deadline with something missing: one notice each.</source>
        <translation>%1 个地区已过截止日期且仍有缺报：每个地区一份催报通知。</translation>
    </message>
    <message>
        <source>No region needs a reminder for this plan and period.</source>
        <translation>该规划本期没有需要催报的地区。</translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation>正在生成催报通知</translation>
    </message>
    <message>
        <source>%1 is already in the folder (written earlier?). Write the reminders again, replacing it?</source>
        <translation>文件夹中已有 %1（之前生成过？）。要重新生成并替换吗？</translation>
    </message>
    <message>
        <source>Replace the reminders?</source>
        <translation>替换催报通知？</translation>
    </message>
    <message>
        <source>Written: %1, each with its mail text (.txt) beside it.</source>
        <translation>已生成：%1，每份旁边附有邮件正文（.txt）。</translation>
    </message>
    <message>
        <source>%1 reminders written to %2</source>
        <translation>已生成 %1 份催报通知：%2</translation>
    </message>
</context>
<context>
    <name>SendTemplatesDialog</name>
    <message>
        <source>Send templates</source>
        <translation>下发报送模板</translation>
    </message>
    <message>
        <source>its cities (%1)</source>
        <translation>下辖各市（%1）</translation>
    </message>
    <message>
        <source>Empty: the date suggested, 15 days after the period ends</source>
        <translation>留空则使用提示的日期：报送期结束后 15 天</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送给</translation>
    </message>
    <message>
        <source>Reporting deadline</source>
        <translation>报送截止日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Write templates</source>
        <translation>生成模板</translation>
    </message>
    <message>
        <source>%1 workbooks will be written; nothing is recorded until you press Write.</source>
        <translation>将生成 %1 个工作簿；按“生成模板”之前不会记录任何内容。</translation>
    </message>
    <message>
        <source>Writing templates</source>
        <translation>生成报送模板</translation>
    </message>
    <message>
        <source>%1 is already in the folder (sent earlier?). Write the templates again, replacing it?</source>
        <translation>文件夹中已有 %1（之前发过？）。重新生成并替换它吗？</translation>
    </message>
    <message>
        <source>Replace the templates?</source>
        <translation>替换模板？</translation>
    </message>
    <message>
        <source>Written: %1. Open the folder to attach them to a mail.</source>
        <translation>已生成：%1。打开文件夹即可作为邮件附件发送。</translation>
    </message>
    <message>
        <source>%1 templates written to %2</source>
        <translation>已在 %2 生成 %1 个模板</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Another operation is still running; try again when it has finished.</source>
        <translation>另一项操作仍在进行中，请在它完成后再试。</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>接收 %1</translation>
    </message>
    <message>
        <source>Take in %1 files</source>
        <translation>接收 %1 个文件</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>正在撤销：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SourceTextView</name>
    <message>
        <source>Choose a plan in the navigator on the left to read its document here.</source>
        <translation>请在左侧导航中选择一个规划，在这里阅读它的原文。</translation>
    </message>
    <message>
        <source>Highlighted: tasks (blue), flagship projects (orange), safeguards (purple), indicators (yellow). Double-click a highlighted passage to open the item.</source>
        <translation>已标出：任务（蓝）、重大项目/专栏（橙）、保障措施（紫）、指标（黄）。双击标出的段落可打开对应条目。</translation>
    </message>
    <message>
        <source>%1 %2 %3 — double-click to open it</source>
        <translation>%1 %2 %3 —— 双击打开</translation>
    </message>
</context>
<context>
    <name>StatusBarsChart</name>
    <message>
        <source>Task status by province</source>
        <translation>各省市任务状态</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No task status recorded for %1 yet. Take in the provinces&apos; reports (Plans → Take in submissions…), or choose a period with reports in the toolbar.</source>
        <translation>%1 尚无任务状态记录。请接收各省市的报送（规划 → 接收报送文件…），或在工具栏中选择有报送的报送期。</translation>
    </message>
</context>
<context>
    <name>SubmissionsView</name>
    <message>
        <source>Send templates…</source>
        <translation>下发报送模板…</translation>
    </message>
    <message>
        <source>Take in submissions…</source>
        <translation>接收报送文件…</translation>
    </message>
    <message>
        <source>Write the summary workbook…</source>
        <translation>生成汇总表…</translation>
    </message>
    <message>
        <source>Show cities</source>
        <translation>显示城市</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Take the selected file back out: the values it changed go back</source>
        <translation>撤回所选文件：它改动的值恢复原样</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to see its reporting round.</source>
        <translation>请在左侧导航中选择一个规划，查看它的报送情况。</translation>
    </message>
    <message>
        <source>Where each region under %1 stands for %2:</source>
        <translation>%2 %1下辖各地报送情况：</translation>
    </message>
    <message>
        <source>Where each city stands for %1:</source>
        <translation>%1 各城市报送情况：</translation>
    </message>
    <message>
        <source>Every file received for this plan (drop workbooks onto the window to take them in):</source>
        <translation>本规划收到的所有文件（把工作簿拖到窗口上即可接收）：</translation>
    </message>
    <message>
        <source>No file received for this plan yet: send the templates, then drop the filled workbooks onto the window (or press Take in submissions…).</source>
        <translation>本规划尚未收到报送文件：请先下发模板，再把填好的工作簿拖到窗口上（或点“接收报送文件…”）。</translation>
    </message>
    <message>
        <source>The values this file changed go back to what they were before it was taken in. Its record stays, marked withdrawn, and the file can be taken in again.</source>
        <translation>该文件改动的值将恢复为接收前的内容。它的记录会保留并标为已撤回，之后仍可再次接收该文件。</translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <translation>撤回 %1？</translation>
    </message>
    <message>
        <source>Withdrawing %1</source>
        <translation>正在撤回 %1</translation>
    </message>
    <message>
        <source>Where each province stands for %1:</source>
        <translation>%1 各省市报送情况：</translation>
    </message>
</context>
<context>
    <name>TakeSubmissionsDialog</name>
    <message>
        <source>Take in submissions</source>
        <translation>接收报送文件</translation>
    </message>
    <message>
        <source>Add the workbooks the provinces sent back (or drop them onto the window). They are checked first; nothing is saved until you accept a file.</source>
        <translation>添加各省市报回的工作簿（或直接拖到窗口上）。文件会先经过检查；接收之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Accept all clean files</source>
        <translation>接收所有无问题的文件</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Assign province and period…</source>
        <translation>指定省市和报送期…</translation>
    </message>
    <message>
        <source>Save the annotated report…</source>
        <translation>保存问题说明…</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>报回的工作簿</translation>
    </message>
    <message>
        <source>Folder of returned workbooks</source>
        <translation>报回工作簿所在的文件夹</translation>
    </message>
    <message>
        <source>Checking submissions</source>
        <translation>检查报送文件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (recognised by %4)</source>
        <translation>%1 · %2 · %3（识别依据：%4）</translation>
    </message>
    <message>
        <source>This exact file was accepted before; taking it again changes nothing.</source>
        <translation>这个文件此前已接收；再次接收不会改变任何内容。</translation>
    </message>
    <message>
        <source>Taken in, then withdrawn: add the file again to take it in again.</source>
        <translation>已接收后又撤回：如需重新接收，请再次添加该文件。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Take this file all the same?</source>
        <translation>仍要接收这个文件吗？</translation>
    </message>
    <message>
        <source>Accept %1?</source>
        <translation>接收 %1？</translation>
    </message>
    <message>
        <source>Accepting %1</source>
        <translation>接收 %1</translation>
    </message>
    <message>
        <source>Accepting %1 files</source>
        <translation>正在接收 %1 个文件</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Province or city of this file:</source>
        <translation>该文件所属省市：</translation>
    </message>
    <message>
        <source>Period of this file:</source>
        <translation>该文件的报送期：</translation>
    </message>
    <message>
        <source>Rejecting %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <source>Save the annotated report</source>
        <translation>保存问题说明</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>生成问题说明</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>问题说明已保存为 %1</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <source>Reported progress by province and period</source>
        <translation>各省市各报送期的进展</translation>
    </message>
    <message>
        <source>Select a task to see its text and history.</source>
        <translation>选择一项任务，查看其内容和历次进展。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Responsible regions</source>
        <translation>责任地区</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>任务状态</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Derived from the reports</source>
        <translation>按报送推算</translation>
    </message>
    <message>
        <source>%1 (set by the office)</source>
        <translation>%1（办公室设定）</translation>
    </message>
    <message>
        <source>No province has reported a status: not started.</source>
        <translation>尚无省市报送状态：未启动。</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Derived from each province&apos;s latest report: %1 → %2.</source>
        <translation>按各省市最近一次报送推算：%1 → %2。</translation>
    </message>
    <message>
        <source>Set by the office: %1.</source>
        <translation>由办公室设定：%1。</translation>
    </message>
    <message>
        <source>Choose “%1” to clear it.</source>
        <translation>选择“%1”即可取消。</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Filter the tasks of this plan…</source>
        <translation>筛选本规划的任务…</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>省市：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>progress in %1</source>
        <translation>%1 进展</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to see its tasks.</source>
        <translation>请在左侧“规划”导航中选择一个规划，查看其任务。</translation>
    </message>
    <message>
        <source>This plan has no tasks: none were found in its document. Import it again (Plans → Import a plan document…) and mark its tasks as such in the check before saving, or import a corrected document.</source>
        <translation>本规划没有任务：其文件中未识别出任务。请重新导入（规划 → 导入规划文件…），在保存前的检查中把相应条目标为任务，或导入更正后的文件。</translation>
    </message>
    <message>
        <source>%1 is locked: no change is taken until it is unlocked (Review tab).</source>
        <translation>%1 已锁定：解锁前不接受任何改动（见“审核”页）。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is approved: reopen it (Review tab) to change its values.</source>
        <translation>%1 %2 的报送已审核通过：如需修改，请先在“审核”页重新打开。</translation>
    </message>
    <message>
        <source>Set status of task %1</source>
        <translation>设置任务 %1 的状态</translation>
    </message>
    <message>
        <source>Use the derived status of task %1</source>
        <translation>任务 %1 的状态改回按报送推算</translation>
    </message>
    <message>
        <source>Edit %1 of task %2 (%3, %4)</source>
        <translation>修改任务 %2 的“%1”（%3，%4）</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Themes across plans</source>
        <translation>跨规划主题</translation>
    </message>
    <message>
        <source>Search themes by name or task…</source>
        <translation>按名称或任务搜索主题…</translation>
    </message>
    <message>
        <source>Name the theme</source>
        <translation>命名主题</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>确认关联</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>否决关联</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Proposed theme</source>
        <translation>建议主题</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>No theme matches the search.</source>
        <translation>没有与搜索相符的主题。</translation>
    </message>
    <message>
        <source>No theme yet: choose a proposed link below and confirm it to start one.</source>
        <translation>尚无主题：在下方选中一条建议的关联并确认，即可建立主题。</translation>
    </message>
    <message>
        <source>Looking for links between the plans&apos; tasks…</source>
        <translation>正在查找各规划任务之间的关联…</translation>
    </message>
    <message>
        <source>Proposing themes</source>
        <translation>查找可关联的任务</translation>
    </message>
    <message>
        <source>%1 links proposed (similarity at least %2)</source>
        <translation>建议了 %1 个关联（相似度不低于 %2）</translation>
    </message>
    <message>
        <source>Deciding link %1</source>
        <translation>正在处理关联 %1</translation>
    </message>
    <message>
        <source>The theme was not renamed</source>
        <translation>主题未改名</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Tasks, deadlines and stages</source>
        <translation>任务、完成时限与建设阶段</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>%1 阶段</translation>
    </message>
    <message>
        <source>Deadline given</source>
        <translation>有完成时限</translation>
    </message>
    <message>
        <source>No deadline: plan end</source>
        <translation>无完成时限：按规划期末</translation>
    </message>
    <message>
        <source>This plan states no tasks, so there is no timeline to draw.</source>
        <translation>本规划没有任务，无法绘制时间线。</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无完成时限</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>(%1: actual %2 vs planned %3)</source>
        <translation>（%1 实际 %2，计划 %3）</translation>
    </message>
    <message>
        <source>(%1: actual %2)</source>
        <translation>（%1 实际 %2）</translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Planned trajectory</source>
        <translation>计划路径</translation>
    </message>
    <message>
        <source>Targets as the plan set them</source>
        <translation>规划原定目标</translation>
    </message>
    <message>
        <source>Baseline %1: %2</source>
        <translation>%1 基期：%2</translation>
    </message>
    <message>
        <source>Target %1: %2</source>
        <translation>%1 目标：%2</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>（计划 %1）</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>今日备份：%1</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version (a backup is kept)</source>
        <translation>正在把 %1 升级到本版本（已保留备份）</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Where this workspace lives</source>
        <translation>工作区的存放位置</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists; use Open to work in it.</source>
        <translation>%1 已存在，请用“打开”来使用它。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>另存工作区副本</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>副本已保存为 %1</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>已备份并校验：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This workspace has no backups yet.</source>
        <translation>这个工作区还没有备份。</translation>
    </message>
    <message>
        <source>Backup to restore (the current state is backed up first):</source>
        <translation>要恢复的备份（恢复前会先备份当前状态）：</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored %1; the state before is kept as %2</source>
        <translation>已恢复 %1；恢复前的状态保存在 %2</translation>
    </message>
    <message>
        <source>This backup is of another workspace. Templates sent from this one will no longer be recognised when they come back. Restore it all the same?</source>
        <translation>这是另一个工作区的备份。恢复后，本工作区已下发的模板交回时将无法识别。仍要恢复吗？</translation>
    </message>
    <message>
        <source>Restore another workspace?</source>
        <translation>恢复另一个工作区？</translation>
    </message>
    <message>
        <source>Building the demo workspace</source>
        <translation>生成演示工作区</translation>
    </message>
    <message>
        <source>Reset the demo workspace</source>
        <translation>重置演示工作区</translation>
    </message>
    <message>
        <source>Rebuild the demo workspace from the seed plans? Every change made in it is discarded (a backup is kept).</source>
        <translation>要用示例规划重新生成演示工作区吗？其中的所有改动都将丢弃（会保留一份备份）。</translation>
    </message>
    <message>
        <source>Resetting the demo workspace</source>
        <translation>重置演示工作区</translation>
    </message>
</context>
<context>
    <name>WriteMeetingReportDialog</name>
    <message>
        <source>Write the joint meeting&apos;s report</source>
        <translation>生成联席会议报告</translation>
    </message>
    <message>
        <source>Write the report…</source>
        <translation>生成报告…</translation>
    </message>
    <message>
        <source>The report (Word, official layout) counts what is stored now for this plan and period; %1 regions are overdue.</source>
        <translation>报告（Word，公文格式）按工作区中该规划本期现有数据统计；逾期地区 %1 个。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在生成联席会议报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>WriteSummaryDialog</name>
    <message>
        <source>Write the summary workbook</source>
        <translation>生成汇总表</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>生成…</translation>
    </message>
    <message>
        <source>%1 of %2 provinces have an accepted report for this period; the summary shows what is stored now.</source>
        <translation>本期 %2 个省市中有 %1 个的报送已接收；汇总表反映工作区当前保存的内容。</translation>
    </message>
    <message>
        <source>Save the summary workbook</source>
        <translation>保存汇总表</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>生成汇总表</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>汇总表已写入 %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>No plan chosen</source>
        <translation>未选择规划</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator first.</source>
        <translation>请先在左侧规划列表中选择一个规划。</translation>
    </message>
</context>
</TS>
