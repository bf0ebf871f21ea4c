"""Messages of the office's review of a round: approving, returning, reopening, locking and unlocking."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "review.period_locked": (
        "未作改动：《{plan}》{period} 已锁定，不能再修改、接收或撤回任何内容。如确需修改，请先解锁（需说明原因）",
        "Nothing was changed: {period} of '{plan}' is locked; nothing can be edited, taken in or withdrawn. To change it, unlock it first (with a reason)",
    ),
    "review.region_approved": (
        "未作改动：{region} 在《{plan}》{period} 的报送已审核通过，其数据不能再改动。如确需修改，请先重新打开（需说明原因）",
        "Nothing was changed: the report of {region} on '{plan}' for {period} is approved, so its values cannot change. To change them, reopen it first (with a reason)",
    ),
    "review.nothing_submitted": (
        "{region} 尚未报送《{plan}》{period} 的内容，无可审核",
        "{region} has submitted nothing for '{plan}' in {period}: there is nothing to review",
    ),
    "review.already_approved": (
        "{region} 在《{plan}》{period} 的报送已审核通过",
        "The report of {region} on '{plan}' for {period} is already approved",
    ),
    "review.not_approved": (
        "{region} 在《{plan}》{period} 的报送未审核通过，无需重新打开",
        "The report of {region} on '{plan}' for {period} is not approved: there is nothing to reopen",
    ),
    "review.return_approved": (
        "{region} 在《{plan}》{period} 的报送已审核通过，不能退回；请先重新打开（需说明原因）",
        "The report of {region} on '{plan}' for {period} is approved and cannot be returned; reopen it first (with a reason)",
    ),
    "review.not_locked": ("《{plan}》{period} 未锁定", "{period} of '{plan}' is not locked"),
    "review.reason_needed": ("请说明原因（--reason）", "Give a reason (--reason)"),
    "review.bad_cell": (
        "单元格“{cell}”写法不对：应为“表名!单元格”，如 任务进展!F5；表名为 {sheets} 之一",
        "Cell '{cell}' is not understood: write SHEET!CELL, such as 任务进展!F5, the sheet being one of {sheets}",
    ),
    "review.unknown_task": (
        "{region} 的报送模板中没有编号为“{task}”的任务",
        "{region}'s template has no task numbered '{task}'",
    ),
    "submit.closed": ("{file} 未接收：{reason}", "{file} was not taken in: {reason}"),
    "review.mark": ("退回修改：{reason}", "Returned for revision: {reason}"),
    "review.approved": ("已审核通过：{region}《{plan}》{period}", "Approved: {region}, '{plan}', {period}"),
    "review.reopened": ("已重新打开：{region}《{plan}》{period}", "Reopened: {region}, '{plan}', {period}"),
    "review.returned": (
        "已退回 {region}《{plan}》{period}，退回文件：{path}",
        "Returned to {region} ('{plan}', {period}); the return workbook: {path}",
    ),
    "review.returned_own": (
        "退回文件是{region}报送的原文件“{file}”：只标注了需修改之处，并加了退回说明。",
        "The return workbook is {region}'s own file '{file}': only what to revise is marked, and the instructions added.",
    ),
    "review.returned_reissued": (
        "未留存{region}报送的原文件（本版本之前接收、最新文件已撤回或由办公室在窗口中录入）：退回文件是按现有数值重新生成的报送模板。",
        "No file of {region}'s is kept (taken in before this version, its newest withdrawn, or entered by the office): the return workbook is its template reissued with the values as stored.",
    ),
    "review.locked": ("已锁定：《{plan}》{period}", "Locked: {period} of '{plan}'"),
    "review.unlocked": ("已解锁：《{plan}》{period}", "Unlocked: {period} of '{plan}'"),
    "review.headers": (
        "地区|审核状态|报送时间|报送文件|通过时间|截止日期|照抄上期的任务|退回原因",
        "Region|Review state|Submitted at|File|Approved at|Deadline|Tasks copied from the last period|Returned because",
    ),
    "review.days_late": ("（逾期 {days} 天）", " ({days} days overdue)"),
    "review.locked_note": (
        "《{plan}》{period} 已于 {when} 由 {who} 锁定",
        "{period} of '{plan}' locked on {when} by {who}",
    ),
    # The return workbook's instruction sheet, in the language of the office that writes it
    "return.sheet": ("退回说明", "Returned"),
    "return.title": ("退回修改说明：{region}《{plan}》{period}", "Returned for revision: {region}, '{plan}', {period}"),
    "return.intro": (
        "办公室审核了贵单位报送的内容，请按以下意见修改标红的单元格和任务，保存后按原方式重新报送本文件（.xlsx）。",
        "The office reviewed your report: revise the cells and tasks marked in red as below, save, and send this file (.xlsx) back as before.",
    ),
    "return.reason": ("退回原因", "Reason"),
    "return.when": ("退回时间", "Returned on"),
    "return.cells": ("需修改的单元格", "Cells to revise"),
    "return.tasks": ("需修改的任务", "Tasks to revise"),
    "return.none": ("（未单独列出）", "(none listed)"),
}

IN_WINDOW: dict[str, tuple[str, str]] = {
    "review.reason_needed": ("请说明原因", "Give a reason"),
}
