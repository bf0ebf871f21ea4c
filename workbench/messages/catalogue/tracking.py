"""Messages of progress tracking: undo and redo refused, a task's status, withdrawing a submission."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "edit.changed_since": (
        "未作改动：有 {count} 个值在这一步之后又被改动过，覆盖它们会丢失现在的值：{cells}",
        "Nothing was changed: {count} values were changed again after this step, and writing over them would lose what they hold now: {cells}",
    ),
    "edit.cell_now": (
        "{where} {field}现为 {now}（应为 {expected}）",
        "{where}, {field}: now {now} (expected {expected})",
    ),
    "field.task_status": ("任务状态", "task status"),
    "withdraw.not_found": ("找不到报送记录 {id}", "No submission {id}"),
    "withdraw.not_accepted": (
        "报送 {id}（{file}）未被接收，没有可撤回的内容",
        "Submission {id} ({file}) was not accepted: there is nothing to withdraw",
    ),
    "withdraw.already": (
        "报送 {id}（{file}）已于 {when} 撤回",
        "Submission {id} ({file}) was already withdrawn on {when}",
    ),
    "withdraw.replaced": (
        "未撤回报送 {id}（{file}）：之后接收的报送 {later}（{later_file}）是同一地区、同一报送期的，写在它之上。请先撤回报送 {later}",
        "Submission {id} ({file}) was not withdrawn: submission {later} ({later_file}), for the same region and period, was taken in after it and over it. Withdraw submission {later} first",
    ),
    "withdraw.changed_since": (
        "未撤回报送 {id}（{file}）：它写入的 {count} 个值此后又被改动过，撤回会丢失现在的值：{cells}",
        "Submission {id} ({file}) was not withdrawn: {count} of the values it wrote were changed since, and withdrawing it would lose what they hold now: {cells}",
    ),
    "withdraw.done": (
        "已撤回报送 {id}（{region} {period}，{file}）：{count} 个值恢复为接收前的内容",
        "Withdrew submission {id} ({region} {period}, {file}): {count} values are back to what they were before it was taken in",
    ),
}
