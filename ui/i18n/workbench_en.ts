<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditView</name>
    <message>
        <source>Every change to this workspace, newest first (imports, submissions, edits, undo and redo).</source>
        <translation>Every change to this workspace, newest first (imports, submissions, edits, undo and redo).</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Imports, accepted submissions and edits are listed here as they happen.</source>
        <translation>Nothing has changed yet. Imports, accepted submissions and edits are listed here as they happen.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Reset view</source>
        <translation>Reset view</translation>
    </message>
    <message>
        <source>[Sample data] %1</source>
        <translation>[Sample data] %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Reporting deadline</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Why rejected</source>
        <translation>Why rejected</translation>
    </message>
    <message>
        <source>Task rows</source>
        <translation>Task rows</translation>
    </message>
    <message>
        <source>Indicator rows</source>
        <translation>Indicator rows</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>Progress made</source>
        <translation>Progress made</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>Task status</translation>
    </message>
    <message>
        <source>Status in region</source>
        <translation>Status in region</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <source>Copied from the last period</source>
        <translation>Copied from the last period</translation>
    </message>
    <message>
        <source>Returned because</source>
        <translation>Returned because</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate for the higher office</source>
        <translation>Consolidate for the higher office</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <source>Only a plan received from a higher office is consolidated: receive its template first (Plans → Receive a template from a higher office…), and take in the files of the regions under this one.</source>
        <translation>Only a plan received from a higher office is consolidated: receive its template first (Plans → Receive a template from a higher office…), and take in the files of the regions under this one.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Save the filled template</source>
        <translation>Save the filled template</translation>
    </message>
    <message>
        <source>Writing the filled template</source>
        <translation>Writing the filled template</translation>
    </message>
    <message>
        <source>The filled template was written to %1</source>
        <translation>The filled template was written to %1</translation>
    </message>
</context>
<context>
    <name>DefinitionDialog</name>
    <message>
        <source>Definition of %1</source>
        <translation>Definition of %1</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>No weight</source>
        <translation>No weight</translation>
    </message>
    <message>
        <source>Definition (口径)</source>
        <translation>Definition (口径)</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Formula or components</source>
        <translation>Formula or components</translation>
    </message>
    <message>
        <source>Aggregation across regions</source>
        <translation>Aggregation across regions</translation>
    </message>
    <message>
        <source>Mean weighted by</source>
        <translation>Mean weighted by</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>DefinitionPanel</name>
    <message>
        <source>Edit definition…</source>
        <translation>Edit definition…</translation>
    </message>
    <message>
        <source>Revise target…</source>
        <translation>Revise target…</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>mean weighted by %1</source>
        <translation>mean weighted by %1</translation>
    </message>
    <message>
        <source>Definition: %1</source>
        <translation>Definition: %1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Data source: %1</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>Formula: %1</translation>
    </message>
    <message>
        <source>Aggregation across regions: %1</source>
        <translation>Aggregation across regions: %1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>Direction: %1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribute: %1</translation>
    </message>
    <message>
        <source>Targets in force: %1</source>
        <translation>Targets in force: %1</translation>
    </message>
    <message>
        <source>Targets as the plan set them: %1</source>
        <translation>Targets as the plan set them: %1</translation>
    </message>
    <message>
        <source>%1: the %2 target %3 → %4 (%5)</source>
        <translation>%1: the %2 target %3 → %4 (%5)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>The details are in the log file %1.</translation>
    </message>
    <message>
        <source>No log file could be written: use Copy details to keep them.</source>
        <translation>No log file could be written: use Copy details to keep them.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your data is safe: every change is written to the workspace in one transaction, so it is either saved completely or not at all.</source>
        <translation>An unexpected error occurred. Your data is safe: every change is written to the workspace in one transaction, so it is either saved completely or not at all.</translation>
    </message>
    <message>
        <source>If it happens again, please send the details to the maintainers.</source>
        <translation>If it happens again, please send the details to the maintainers.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>FlowDialog</name>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>Flows</name>
    <message>
        <source>Open a workspace first (File menu).</source>
        <translation>Open a workspace first (File menu).</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>GroupProgressChart</name>
    <message>
        <source>Progress by task group</source>
        <translation>Progress by task group</translation>
    </message>
    <message>
        <source>Mean % done</source>
        <translation>Mean % done</translation>
    </message>
    <message>
        <source>This plan's tasks are not in groups, so there is no progress by group to show.</source>
        <translation>This plan's tasks are not in groups, so there is no progress by group to show.</translation>
    </message>
    <message>
        <source>No progress reported for %1 yet: the bars appear once the provinces' reports are taken in.</source>
        <translation>No progress reported for %1 yet: the bars appear once the provinces' reports are taken in.</translation>
    </message>
    <message>
        <source>Tasks not in a group</source>
        <translation>Tasks not in a group</translation>
    </message>
    <message>
        <source>%1: %2 done (%3 tasks)</source>
        <translation>%1: %2 done (%3 tasks)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>Import a plan document</source>
        <translation>Import a plan document</translation>
    </message>
    <message>
        <source>Choose a plan document (.txt or .docx). Nothing is saved until you press Save.</source>
        <translation>Choose a plan document (.txt or .docx). Nothing is saved until you press Save.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>Merge with the next</translation>
    </message>
    <message>
        <source>Column header</source>
        <translation>Column header</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Table columns</translation>
    </message>
    <message>
        <source>Add the selected text as</source>
        <translation>Add the selected text as</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Source text: the item chosen is marked</source>
        <translation>Source text: the item chosen is marked</translation>
    </message>
    <message>
        <source>Plan document</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Read %1. Check the items: change what an item is saved as, correct a title by double-clicking it, or choose an item to correct its fields, merge or split it.</source>
        <translation>Read %1. Check the items: change what an item is saved as, correct a title by double-clicking it, or choose an item to correct its fields, merge or split it.</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>A new plan</source>
        <translation>A new plan</translation>
    </message>
    <message>
        <source>A new version of plan %1 《%2》: update it in place</source>
        <translation>A new version of plan %1 《%2》: update it in place</translation>
    </message>
    <message>
        <source>Update the plan</source>
        <translation>Update the plan</translation>
    </message>
    <message>
        <source>Show the changes…</source>
        <translation>Show the changes…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Select a passage of the source text first.</source>
        <translation>Select a passage of the source text first.</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>Saving the plan</translation>
    </message>
    <message>
        <source>Comparing with the plan in the workspace</source>
        <translation>Comparing with the plan in the workspace</translation>
    </message>
    <message>
        <source>Updating the plan</source>
        <translation>Updating the plan</translation>
    </message>
    <message>
        <source>Plan saved: %1</source>
        <translation>Plan saved: %1</translation>
    </message>
</context>
<context>
    <name>IndexCourseChart</name>
    <message>
        <source>No period has values of this plan's indicators yet.</source>
        <translation>No period has values of this plan's indicators yet.</translation>
    </message>
    <message>
        <source>Development index by period</source>
        <translation>Development index by period</translation>
    </message>
</context>
<context>
    <name>IndexDialog</name>
    <message>
        <source>Development index: %1</source>
        <translation>Development index: %1</translation>
    </message>
    <message>
        <source>Period %1, method:</source>
        <translation>Period %1, method:</translation>
    </message>
    <message>
        <source>against the target</source>
        <translation>against the target</translation>
    </message>
    <message>
        <source>against the regions' range</source>
        <translation>against the regions' range</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Double-click a weight to change it</source>
        <translation>Double-click a weight to change it</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>Not a number: %1</translation>
    </message>
    <message>
        <source>The weight was not changed</source>
        <translation>The weight was not changed</translation>
    </message>
    <message>
        <source>Export the index</source>
        <translation>Export the index</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The index was not exported</source>
        <translation>The index was not exported</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Filter the indicators of this plan…</source>
        <translation>Filter the indicators of this plan…</translation>
    </message>
    <message>
        <source>Chart another region's values beside the provinces'</source>
        <translation>Chart another region's values beside the provinces'</translation>
    </message>
    <message>
        <source>Provinces only</source>
        <translation>Provinces only</translation>
    </message>
    <message>
        <source>This plan states no quantitative indicators.</source>
        <translation>This plan states no quantitative indicators.</translation>
    </message>
    <message>
        <source>Values reported for %1; double-click a value to correct it.</source>
        <translation>Values reported for %1; double-click a value to correct it.</translation>
    </message>
    <message>
        <source>Edit the definition of %1</source>
        <translation>Edit the definition of %1</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Compare with…</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to see its indicators.</source>
        <translation>Choose a plan in the navigator on the left to see its indicators.</translation>
    </message>
    <message>
        <source>This plan states no quantitative indicators (a name with a baseline or a target, such as “5G基站数 达到 30 万个”). Indicators come from the plan document: import a version that states them.</source>
        <translation>This plan states no quantitative indicators (a name with a baseline or a target, such as “5G基站数 达到 30 万个”). Indicators come from the plan document: import a version that states them.</translation>
    </message>
    <message>
        <source>Set %1 of %2 for %3</source>
        <translation>Set %1 of %2 for %3</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title / name</source>
        <translation>Title / name</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible regions</source>
        <translation>Responsible regions</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <source>Targets (year: value；…)</source>
        <translation>Targets (year: value；…)</translation>
    </message>
    <message>
        <source>Scope (blank: the whole plan area)</source>
        <translation>Scope (blank: the whole plan area)</translation>
    </message>
    <message>
        <source>Several separated by 、 or commas</source>
        <translation>Several separated by 、 or commas</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>Split at the cursor</translation>
    </message>
    <message>
        <source>Put the cursor in the text where the second item begins</source>
        <translation>Put the cursor in the text where the second item begins</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Choose an item in the table: its fields are corrected here, its text split.</source>
        <translation>Choose an item in the table: its fields are corrected here, its text split.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not an item (plain text)</source>
        <translation>Not an item (plain text)</translation>
    </message>
    <message>
        <source>Can be accepted</source>
        <translation>Can be accepted</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Already received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>the template's hidden sheet</source>
        <translation>the template's hidden sheet</translation>
    </message>
    <message>
        <source>its headers and task numbers (the hidden sheet is gone)</source>
        <translation>its headers and task numbers (the hidden sheet is gone)</translation>
    </message>
    <message>
        <source>the province and period you assigned</source>
        <translation>the province and period you assigned</translation>
    </message>
    <message>
        <source>Not yet submitted</source>
        <translation>Not yet submitted</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Lagging</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>Needs confirmation</translation>
    </message>
    <message>
        <source>A newer file came</source>
        <translation>A newer file came</translation>
    </message>
    <message>
        <source>Nothing filled in</source>
        <translation>Nothing filled in</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Submitted, awaiting review</source>
        <translation>Submitted, awaiting review</translation>
    </message>
    <message>
        <source>Returned for revision</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Off track</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>No target yet</source>
        <translation>No target yet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Revised target</source>
        <translation>Revised target</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Flagship project</source>
        <translation>Flagship project</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Safeguard</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Index weight</source>
        <translation>Index weight</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Theme link</source>
        <translation>Theme link</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Period lock</source>
        <translation>Period lock</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>Progress made</source>
        <translation>Progress made</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>Source / note</source>
        <translation>Source / note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Weighted by</source>
        <translation>Weighted by</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Not additive</source>
        <translation>Not additive</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Binding (约束性)</source>
        <translation>Binding (约束性)</translation>
    </message>
    <message>
        <source>Expected (预期性)</source>
        <translation>Expected (预期性)</translation>
    </message>
    <message>
        <source>Yangtze River Delta</source>
        <translation>Yangtze River Delta</translation>
    </message>
    <message>
        <source>Shanghai</source>
        <translation>Shanghai</translation>
    </message>
    <message>
        <source>Jiangsu</source>
        <translation>Jiangsu</translation>
    </message>
    <message>
        <source>Zhejiang</source>
        <translation>Zhejiang</translation>
    </message>
    <message>
        <source>Anhui</source>
        <translation>Anhui</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>no file</translation>
    </message>
    <message>
        <source>%1 tasks (%2)</source>
        <translation>%1 tasks (%2)</translation>
    </message>
    <message>
        <source>%1 indicators (%2)</source>
        <translation>%1 indicators (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The change was not made</source>
        <translation>The change was not made</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Source text</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Search every plan (Ctrl+F)…</source>
        <translation>Search every plan (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Reporting period, e.g. 2023H1, 2023Q2 or 2023</source>
        <translation>Reporting period, e.g. 2023H1, 2023Q2 or 2023</translation>
    </message>
    <message>
        <source>YRD Informatization Planning Workbench</source>
        <translation>YRD Informatization Planning Workbench</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>YRD Informatization Planning Workbench: joint plans, tasks, indicators and the provinces' progress reports in one local workspace, with no network.</source>
        <translation>YRD Informatization Planning Workbench: joint plans, tasks, indicators and the provinces' progress reports in one local workspace, with no network.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>none open</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Chart saved as %1</source>
        <translation>Chart saved as %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <source>Reset the demo workspace (for trainers)…</source>
        <translation>Reset the demo workspace (for trainers)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Import a plan document…</source>
        <translation>&amp;Import a plan document…</translation>
    </message>
    <message>
        <source>&amp;Send templates…</source>
        <translation>&amp;Send templates…</translation>
    </message>
    <message>
        <source>&amp;Take in submissions…</source>
        <translation>&amp;Take in submissions…</translation>
    </message>
    <message>
        <source>Re&amp;view the reports</source>
        <translation>Re&amp;view the reports</translation>
    </message>
    <message>
        <source>Write the su&amp;mmary workbook…</source>
        <translation>Write the su&amp;mmary workbook…</translation>
    </message>
    <message>
        <source>Rec&amp;eive a template from a higher office…</source>
        <translation>Rec&amp;eive a template from a higher office…</translation>
    </message>
    <message>
        <source>&amp;Development index…</source>
        <translation>&amp;Development index…</translation>
    </message>
    <message>
        <source>T&amp;hemes across plans…</source>
        <translation>T&amp;hemes across plans…</translation>
    </message>
    <message>
        <source>Remind the &amp;late…</source>
        <translation>Remind the &amp;late…</translation>
    </message>
    <message>
        <source>Write the joint meeting's &amp;report…</source>
        <translation>Write the joint meeting's &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Consolidate for the higher office…</source>
        <translation>&amp;Consolidate for the higher office…</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Flagship projects (%1)</source>
        <translation>Flagship projects (%1)</translation>
    </message>
    <message>
        <source>Safeguards (%1)</source>
        <translation>Safeguards (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation>Indicators (%1)</translation>
    </message>
    <message>
        <source>Outline and source text</source>
        <translation>Outline and source text</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Another operation is still running.</source>
        <translation>Another operation is still running.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1.</source>
        <translation>Something went wrong: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>No plan selected</source>
        <translation>No plan selected</translation>
    </message>
    <message>
        <source>Open a workspace (or the demo workspace from the File menu), then choose a plan in the navigator on the left.</source>
        <translation>Open a workspace (or the demo workspace from the File menu), then choose a plan in the navigator on the left.</translation>
    </message>
    <message>
        <source>%1 tasks, %2 flagship projects, %3 safeguards, %4 indicators · source: %5</source>
        <translation>%1 tasks, %2 flagship projects, %3 safeguards, %4 indicators · source: %5</translation>
    </message>
    <message>
        <source>Sample data: this is the demo workspace, its progress and indicator values are made up for training, not reported by any province.</source>
        <translation>Sample data: this is the demo workspace, its progress and indicator values are made up for training, not reported by any province.</translation>
    </message>
</context>
<context>
    <name>PlanPeriodFields</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>e.g. 2023H1, 2023Q2 or 2023</source>
        <translation>e.g. 2023H1, 2023Q2 or 2023</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReceiveTemplateDialog</name>
    <message>
        <source>Receive a template from a higher office</source>
        <translation>Receive a template from a higher office</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Choose a template…</translation>
    </message>
    <message>
        <source>Choose the template (.xlsx) the higher office sent, or drop it here.</source>
        <translation>Choose the template (.xlsx) the higher office sent, or drop it here.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Template from a higher office</source>
        <translation>Template from a higher office</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Its tasks and indicators are those already received.</source>
        <translation>Its tasks and indicators are those already received.</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>Receiving %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Lock the period…</source>
        <translation>Lock the period…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Show cities</source>
        <translation>Show cities</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to review its reports.</source>
        <translation>Choose a plan in the navigator on the left to review its reports.</translation>
    </message>
    <message>
        <source>Choose a reporting period in the toolbar to review its reports.</source>
        <translation>Choose a reporting period in the toolbar to review its reports.</translation>
    </message>
    <message>
        <source>%1 is locked (%2, %3): no change is taken until it is unlocked.</source>
        <translation>%1 is locked (%2, %3): no change is taken until it is unlocked.</translation>
    </message>
    <message>
        <source>No report for %1 yet: send the templates (Plans → Send templates…), then take in the returned files (Plans → Take in submissions…); they are reviewed here.</source>
        <translation>No report for %1 yet: send the templates (Plans → Send templates…), then take in the returned files (Plans → Take in submissions…); they are reviewed here.</translation>
    </message>
    <message>
        <source>The review of each report for %1:</source>
        <translation>The review of each report for %1:</translation>
    </message>
    <message>
        <source>Approving %1</source>
        <translation>Approving %1</translation>
    </message>
    <message>
        <source>Approved the report of %1 for %2</source>
        <translation>Approved the report of %1 for %2</translation>
    </message>
    <message>
        <source>Reopen the report of %1?</source>
        <translation>Reopen the report of %1?</translation>
    </message>
    <message>
        <source>Its values may change again until it is approved anew. Why is it reopened?</source>
        <translation>Its values may change again until it is approved anew. Why is it reopened?</translation>
    </message>
    <message>
        <source>Reopening %1</source>
        <translation>Reopening %1</translation>
    </message>
    <message>
        <source>Reopened the report of %1 for %2</source>
        <translation>Reopened the report of %1 for %2</translation>
    </message>
    <message>
        <source>Every change to this period of the plan is refused until it is unlocked: edits, files taken in or withdrawn, approvals and returns.</source>
        <translation>Every change to this period of the plan is refused until it is unlocked: edits, files taken in or withdrawn, approvals and returns.</translation>
    </message>
    <message>
        <source>Lock %1?</source>
        <translation>Lock %1?</translation>
    </message>
    <message>
        <source>Locking %1</source>
        <translation>Locking %1</translation>
    </message>
    <message>
        <source>Locked %1</source>
        <translation>Locked %1</translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation>Unlock %1?</translation>
    </message>
    <message>
        <source>Why is the period unlocked?</source>
        <translation>Why is the period unlocked?</translation>
    </message>
    <message>
        <source>Unlocking %1</source>
        <translation>Unlocking %1</translation>
    </message>
    <message>
        <source>Unlocked %1</source>
        <translation>Unlocked %1</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise a target of %1</source>
        <translation>Revise a target of %1</translation>
    </message>
    <message>
        <source>now %1 %2</source>
        <translation>now %1 %2</translation>
    </message>
    <message>
        <source>e.g. the mid-term evaluation report (中期评估报告)</source>
        <translation>e.g. the mid-term evaluation report (中期评估报告)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Source document</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>No row matches the filter. Clear it to see them all.</source>
        <translation>No row matches the filter. Clear it to see them all.</translation>
    </message>
    <message>
        <source>No workspace is open. Open one, or the demo workspace, from the File menu.</source>
        <translation>No workspace is open. Open one, or the demo workspace, from the File menu.</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>Fit columns to contents</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type in the search box to find tasks, indicators and text in every plan.</source>
        <translation>Type in the search box to find tasks, indicators and text in every plan.</translation>
    </message>
    <message>
        <source>%1 found for “%2”</source>
        <translation>%1 found for “%2”</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Send back for revision</source>
        <translation>Send back for revision</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>What must be revised, and why</source>
        <translation>What must be revised, and why</translation>
    </message>
    <message>
        <source>e.g. %1!F5 %1!G6</source>
        <translation>e.g. %1!F5 %1!G6</translation>
    </message>
    <message>
        <source>Task numbers, e.g. 2 5</source>
        <translation>Task numbers, e.g. 2 5</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Cells to mark</source>
        <translation>Cells to mark</translation>
    </message>
    <message>
        <source>Tasks to mark</source>
        <translation>Tasks to mark</translation>
    </message>
    <message>
        <source>Write the return workbook…</source>
        <translation>Write the return workbook…</translation>
    </message>
    <message>
        <source>Save the return workbook</source>
        <translation>Save the return workbook</translation>
    </message>
    <message>
        <source>Sending back to %1</source>
        <translation>Sending back to %1</translation>
    </message>
    <message>
        <source>Returned to %1; the return workbook is %2</source>
        <translation>Returned to %1; the return workbook is %2</translation>
    </message>
</context>
<context>
    <name>SendRemindersDialog</name>
    <message>
        <source>Remind the late</source>
        <translation>Remind the late</translation>
    </message>
    <message>
        <source>Write reminders</source>
        <translation>Write reminders</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1 regions are past their deadline with something missing: one notice each.</source>
        <translation>%1 regions are past their deadline with something missing: one notice each.</translation>
    </message>
    <message>
        <source>No region needs a reminder for this plan and period.</source>
        <translation>No region needs a reminder for this plan and period.</translation>
    </message>
    <message>
        <source>Writing reminders</source>
        <translation>Writing reminders</translation>
    </message>
    <message>
        <source>%1 is already in the folder (written earlier?). Write the reminders again, replacing it?</source>
        <translation>%1 is already in the folder (written earlier?). Write the reminders again, replacing it?</translation>
    </message>
    <message>
        <source>Replace the reminders?</source>
        <translation>Replace the reminders?</translation>
    </message>
    <message>
        <source>Written: %1, each with its mail text (.txt) beside it.</source>
        <translation>Written: %1, each with its mail text (.txt) beside it.</translation>
    </message>
    <message>
        <source>%1 reminders written to %2</source>
        <translation>%1 reminders written to %2</translation>
    </message>
</context>
<context>
    <name>SendTemplatesDialog</name>
    <message>
        <source>Send templates</source>
        <translation>Send templates</translation>
    </message>
    <message>
        <source>its cities (%1)</source>
        <translation>its cities (%1)</translation>
    </message>
    <message>
        <source>Empty: the date suggested, 15 days after the period ends</source>
        <translation>Empty: the date suggested, 15 days after the period ends</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Reporting deadline</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Write templates</source>
        <translation>Write templates</translation>
    </message>
    <message>
        <source>%1 workbooks will be written; nothing is recorded until you press Write.</source>
        <translation>%1 workbooks will be written; nothing is recorded until you press Write.</translation>
    </message>
    <message>
        <source>Writing templates</source>
        <translation>Writing templates</translation>
    </message>
    <message>
        <source>%1 is already in the folder (sent earlier?). Write the templates again, replacing it?</source>
        <translation>%1 is already in the folder (sent earlier?). Write the templates again, replacing it?</translation>
    </message>
    <message>
        <source>Replace the templates?</source>
        <translation>Replace the templates?</translation>
    </message>
    <message>
        <source>Written: %1. Open the folder to attach them to a mail.</source>
        <translation>Written: %1. Open the folder to attach them to a mail.</translation>
    </message>
    <message>
        <source>%1 templates written to %2</source>
        <translation>%1 templates written to %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Another operation is still running; try again when it has finished.</source>
        <translation>Another operation is still running; try again when it has finished.</translation>
    </message>
    <message>
        <source>Take in %1</source>
        <translation>Take in %1</translation>
    </message>
    <message>
        <source>Take in %1 files</source>
        <translation>Take in %1 files</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <translation>Undoing: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SourceTextView</name>
    <message>
        <source>Choose a plan in the navigator on the left to read its document here.</source>
        <translation>Choose a plan in the navigator on the left to read its document here.</translation>
    </message>
    <message>
        <source>Highlighted: tasks (blue), flagship projects (orange), safeguards (purple), indicators (yellow). Double-click a highlighted passage to open the item.</source>
        <translation>Highlighted: tasks (blue), flagship projects (orange), safeguards (purple), indicators (yellow). Double-click a highlighted passage to open the item.</translation>
    </message>
    <message>
        <source>%1 %2 %3 — double-click to open it</source>
        <translation>%1 %2 %3 — double-click to open it</translation>
    </message>
</context>
<context>
    <name>StatusBarsChart</name>
    <message>
        <source>Task status by province</source>
        <translation>Task status by province</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>No task status recorded for %1 yet. Take in the provinces' reports (Plans → Take in submissions…), or choose a period with reports in the toolbar.</source>
        <translation>No task status recorded for %1 yet. Take in the provinces' reports (Plans → Take in submissions…), or choose a period with reports in the toolbar.</translation>
    </message>
</context>
<context>
    <name>SubmissionsView</name>
    <message>
        <source>Send templates…</source>
        <translation>Send templates…</translation>
    </message>
    <message>
        <source>Take in submissions…</source>
        <translation>Take in submissions…</translation>
    </message>
    <message>
        <source>Write the summary workbook…</source>
        <translation>Write the summary workbook…</translation>
    </message>
    <message>
        <source>Show cities</source>
        <translation>Show cities</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Take the selected file back out: the values it changed go back</source>
        <translation>Take the selected file back out: the values it changed go back</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to see its reporting round.</source>
        <translation>Choose a plan in the navigator on the left to see its reporting round.</translation>
    </message>
    <message>
        <source>Where each region under %1 stands for %2:</source>
        <translation>Where each region under %1 stands for %2:</translation>
    </message>
    <message>
        <source>Where each city stands for %1:</source>
        <translation>Where each city stands for %1:</translation>
    </message>
    <message>
        <source>Every file received for this plan (drop workbooks onto the window to take them in):</source>
        <translation>Every file received for this plan (drop workbooks onto the window to take them in):</translation>
    </message>
    <message>
        <source>No file received for this plan yet: send the templates, then drop the filled workbooks onto the window (or press Take in submissions…).</source>
        <translation>No file received for this plan yet: send the templates, then drop the filled workbooks onto the window (or press Take in submissions…).</translation>
    </message>
    <message>
        <source>The values this file changed go back to what they were before it was taken in. Its record stays, marked withdrawn, and the file can be taken in again.</source>
        <translation>The values this file changed go back to what they were before it was taken in. Its record stays, marked withdrawn, and the file can be taken in again.</translation>
    </message>
    <message>
        <source>Withdraw %1?</source>
        <translation>Withdraw %1?</translation>
    </message>
    <message>
        <source>Withdrawing %1</source>
        <translation>Withdrawing %1</translation>
    </message>
    <message>
        <source>Where each province stands for %1:</source>
        <translation>Where each province stands for %1:</translation>
    </message>
</context>
<context>
    <name>TakeSubmissionsDialog</name>
    <message>
        <source>Take in submissions</source>
        <translation>Take in submissions</translation>
    </message>
    <message>
        <source>Add the workbooks the provinces sent back (or drop them onto the window). They are checked first; nothing is saved until you accept a file.</source>
        <translation>Add the workbooks the provinces sent back (or drop them onto the window). They are checked first; nothing is saved until you accept a file.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Accept all clean files</source>
        <translation>Accept all clean files</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Assign province and period…</source>
        <translation>Assign province and period…</translation>
    </message>
    <message>
        <source>Save the annotated report…</source>
        <translation>Save the annotated report…</translation>
    </message>
    <message>
        <source>Returned workbooks</source>
        <translation>Returned workbooks</translation>
    </message>
    <message>
        <source>Folder of returned workbooks</source>
        <translation>Folder of returned workbooks</translation>
    </message>
    <message>
        <source>Checking submissions</source>
        <translation>Checking submissions</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (recognised by %4)</source>
        <translation>%1 · %2 · %3 (recognised by %4)</translation>
    </message>
    <message>
        <source>This exact file was accepted before; taking it again changes nothing.</source>
        <translation>This exact file was accepted before; taking it again changes nothing.</translation>
    </message>
    <message>
        <source>Taken in, then withdrawn: add the file again to take it in again.</source>
        <translation>Taken in, then withdrawn: add the file again to take it in again.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Take this file all the same?</source>
        <translation>Take this file all the same?</translation>
    </message>
    <message>
        <source>Accept %1?</source>
        <translation>Accept %1?</translation>
    </message>
    <message>
        <source>Accepting %1</source>
        <translation>Accepting %1</translation>
    </message>
    <message>
        <source>Accepting %1 files</source>
        <translation>Accepting %1 files</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Province or city of this file:</source>
        <translation>Province or city of this file:</translation>
    </message>
    <message>
        <source>Period of this file:</source>
        <translation>Period of this file:</translation>
    </message>
    <message>
        <source>Rejecting %1</source>
        <translation>Rejecting %1</translation>
    </message>
    <message>
        <source>Save the annotated report</source>
        <translation>Save the annotated report</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Report saved as %1</source>
        <translation>Report saved as %1</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <source>Reported progress by province and period</source>
        <translation>Reported progress by province and period</translation>
    </message>
    <message>
        <source>Select a task to see its text and history.</source>
        <translation>Select a task to see its text and history.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>Responsible regions</source>
        <translation>Responsible regions</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>Task status</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Derived from the reports</source>
        <translation>Derived from the reports</translation>
    </message>
    <message>
        <source>%1 (set by the office)</source>
        <translation>%1 (set by the office)</translation>
    </message>
    <message>
        <source>No province has reported a status: not started.</source>
        <translation>No province has reported a status: not started.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Derived from each province's latest report: %1 → %2.</source>
        <translation>Derived from each province's latest report: %1 → %2.</translation>
    </message>
    <message>
        <source>Set by the office: %1.</source>
        <translation>Set by the office: %1.</translation>
    </message>
    <message>
        <source>Choose “%1” to clear it.</source>
        <translation>Choose “%1” to clear it.</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Filter the tasks of this plan…</source>
        <translation>Filter the tasks of this plan…</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>progress in %1</source>
        <translation>progress in %1</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator on the left to see its tasks.</source>
        <translation>Choose a plan in the navigator on the left to see its tasks.</translation>
    </message>
    <message>
        <source>This plan has no tasks: none were found in its document. Import it again (Plans → Import a plan document…) and mark its tasks as such in the check before saving, or import a corrected document.</source>
        <translation>This plan has no tasks: none were found in its document. Import it again (Plans → Import a plan document…) and mark its tasks as such in the check before saving, or import a corrected document.</translation>
    </message>
    <message>
        <source>%1 is locked: no change is taken until it is unlocked (Review tab).</source>
        <translation>%1 is locked: no change is taken until it is unlocked (Review tab).</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is approved: reopen it (Review tab) to change its values.</source>
        <translation>The report of %1 for %2 is approved: reopen it (Review tab) to change its values.</translation>
    </message>
    <message>
        <source>Set status of task %1</source>
        <translation>Set status of task %1</translation>
    </message>
    <message>
        <source>Use the derived status of task %1</source>
        <translation>Use the derived status of task %1</translation>
    </message>
    <message>
        <source>Edit %1 of task %2 (%3, %4)</source>
        <translation>Edit %1 of task %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Themes across plans</source>
        <translation>Themes across plans</translation>
    </message>
    <message>
        <source>Search themes by name or task…</source>
        <translation>Search themes by name or task…</translation>
    </message>
    <message>
        <source>Name the theme</source>
        <translation>Name the theme</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>Confirm link</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>Reject link</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed theme</source>
        <translation>Proposed theme</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>No theme matches the search.</source>
        <translation>No theme matches the search.</translation>
    </message>
    <message>
        <source>No theme yet: choose a proposed link below and confirm it to start one.</source>
        <translation>No theme yet: choose a proposed link below and confirm it to start one.</translation>
    </message>
    <message>
        <source>Looking for links between the plans' tasks…</source>
        <translation>Looking for links between the plans' tasks…</translation>
    </message>
    <message>
        <source>Proposing themes</source>
        <translation>Proposing themes</translation>
    </message>
    <message>
        <source>%1 links proposed (similarity at least %2)</source>
        <translation>%1 links proposed (similarity at least %2)</translation>
    </message>
    <message>
        <source>Deciding link %1</source>
        <translation>Deciding link %1</translation>
    </message>
    <message>
        <source>The theme was not renamed</source>
        <translation>The theme was not renamed</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Tasks, deadlines and stages</source>
        <translation>Tasks, deadlines and stages</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Deadline given</source>
        <translation>Deadline given</translation>
    </message>
    <message>
        <source>No deadline: plan end</source>
        <translation>No deadline: plan end</translation>
    </message>
    <message>
        <source>This plan states no tasks, so there is no timeline to draw.</source>
        <translation>This plan states no tasks, so there is no timeline to draw.</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>(%1: actual %2 vs planned %3)</source>
        <translation>(%1: actual %2 vs planned %3)</translation>
    </message>
    <message>
        <source>(%1: actual %2)</source>
        <translation>(%1: actual %2)</translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>(for %1)</translation>
    </message>
    <message>
        <source>Planned trajectory</source>
        <translation>Planned trajectory</translation>
    </message>
    <message>
        <source>Targets as the plan set them</source>
        <translation>Targets as the plan set them</translation>
    </message>
    <message>
        <source>Baseline %1: %2</source>
        <translation>Baseline %1: %2</translation>
    </message>
    <message>
        <source>Target %1: %2</source>
        <translation>Target %1: %2</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>(planned %1)</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Today's backup: %1</source>
        <translation>Today's backup: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version (a backup is kept)</source>
        <translation>Upgrading %1 to this version (a backup is kept)</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Where this workspace lives</source>
        <translation>Where this workspace lives</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>%1 already exists; use Open to work in it.</source>
        <translation>%1 already exists; use Open to work in it.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Save a copy of the workspace</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Saving a copy</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Copy saved as %1</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>Backed up and verified: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>This workspace has no backups yet.</source>
        <translation>This workspace has no backups yet.</translation>
    </message>
    <message>
        <source>Backup to restore (the current state is backed up first):</source>
        <translation>Backup to restore (the current state is backed up first):</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Restoring a backup</translation>
    </message>
    <message>
        <source>Restored %1; the state before is kept as %2</source>
        <translation>Restored %1; the state before is kept as %2</translation>
    </message>
    <message>
        <source>This backup is of another workspace. Templates sent from this one will no longer be recognised when they come back. Restore it all the same?</source>
        <translation>This backup is of another workspace. Templates sent from this one will no longer be recognised when they come back. Restore it all the same?</translation>
    </message>
    <message>
        <source>Restore another workspace?</source>
        <translation>Restore another workspace?</translation>
    </message>
    <message>
        <source>Building the demo workspace</source>
        <translation>Building the demo workspace</translation>
    </message>
    <message>
        <source>Reset the demo workspace</source>
        <translation>Reset the demo workspace</translation>
    </message>
    <message>
        <source>Rebuild the demo workspace from the seed plans? Every change made in it is discarded (a backup is kept).</source>
        <translation>Rebuild the demo workspace from the seed plans? Every change made in it is discarded (a backup is kept).</translation>
    </message>
    <message>
        <source>Resetting the demo workspace</source>
        <translation>Resetting the demo workspace</translation>
    </message>
</context>
<context>
    <name>WriteMeetingReportDialog</name>
    <message>
        <source>Write the joint meeting's report</source>
        <translation>Write the joint meeting's report</translation>
    </message>
    <message>
        <source>Write the report…</source>
        <translation>Write the report…</translation>
    </message>
    <message>
        <source>The report (Word, official layout) counts what is stored now for this plan and period; %1 regions are overdue.</source>
        <translation>The report (Word, official layout) counts what is stored now for this plan and period; %1 regions are overdue.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
</context>
<context>
    <name>WriteSummaryDialog</name>
    <message>
        <source>Write the summary workbook</source>
        <translation>Write the summary workbook</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <source>%1 of %2 provinces have an accepted report for this period; the summary shows what is stored now.</source>
        <translation>%1 of %2 provinces have an accepted report for this period; the summary shows what is stored now.</translation>
    </message>
    <message>
        <source>Save the summary workbook</source>
        <translation>Save the summary workbook</translation>
    </message>
    <message>
        <source>Writing the summary</source>
        <translation>Writing the summary</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Summary written to %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>No plan chosen</source>
        <translation>No plan chosen</translation>
    </message>
    <message>
        <source>Choose a plan in the navigator first.</source>
        <translation>Choose a plan in the navigator first.</translation>
    </message>
</context>
</TS>