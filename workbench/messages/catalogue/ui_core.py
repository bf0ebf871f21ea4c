"""Messages of the core modules behind the window (browse, edits, copies)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "edit.not_a_number": ("“{value}”不是数字（可写 1234、1,234、12.5万）",
                          "'{value}' is not a number (write 1234, 1,234 or 12.5万)"),
    "browse.indicator_not_found": ("找不到指标 {indicator}", "No such indicator: {indicator}"),
    "copy.same_file": ("副本不能保存到工作区文件本身：{path}", "A copy cannot be saved over the workspace itself: {path}"),
}
