"""Messages of the core modules behind the window (browse, edits, copies)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "edit.not_a_number": (
        "“{value}”不是数字（可写 5200、5,200.5、12.5万，或连单位写 5200亿元）",
        "'{value}' is not a number (write 5200, 5,200.5, 12.5万 or with the unit: 5200亿元)",
    ),
    "browse.indicator_not_found": ("找不到指标 {indicator}", "No such indicator: {indicator}"),
}
