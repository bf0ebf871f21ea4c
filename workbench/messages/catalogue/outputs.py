"""Messages about the files the workbench writes: templates, the summary, reports (exit 2)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # code: (zh_CN, en)
    "output.exists": (
        "{path} 已存在，未覆盖。要替换它请加 --force，或另选文件名",
        "{path} already exists and was not replaced: add --force to replace it, or choose another name",
    ),
    "output.is_workspace": (
        "{path} 是工作区自身的文件（工作区、它的 -wal/-shm 日志或锁文件），不能写在它上面，请另选文件名",
        "{path} is one of the workspace's own files (the workspace, its -wal/-shm journal or its lock) and is never written over; choose another name",
    ),
    "output.in_backups": (
        "{path} 在工作区的备份文件夹里，那里只放工作台自己的备份，请另选位置",
        "{path} is inside the workspace's backups folder, which holds only the workbench's own backups; choose another place",
    ),
    "output.is_input": (
        "{path} 是正在读取的文件，不能覆盖它，请另选文件名",
        "{path} is one of the files being read and is never written over; choose another name",
    ),
    "output.is_folder": (
        "{path} 是一个文件夹，请给出文件名（如 汇总表.xlsx）",
        "{path} is a folder: give a file name such as summary.xlsx",
    ),
    "output.not_a_folder": (
        "{path} 不是文件夹，无法把文件写入其中",
        "{path} is not a folder; nothing can be written into it",
    ),
    "output.no_folder": (
        "无法写入 {path}：文件夹 {folder} 不存在或不是文件夹",
        "Cannot write {path}: the folder {folder} does not exist or is not a folder",
    ),
    "output.not_writable": (
        "无法写入 {path}：没有写入权限、磁盘只读，或文件正被 Excel/WPS 打开。请另选位置，或关闭该文件后重试",
        "Cannot write {path}: no permission, a read-only drive, or the file is open in Excel/WPS. Choose another place, or close the file and try again",
    ),
    "output.disk_full": (
        "磁盘空间不足，未写入 {path}；没有留下不完整的文件，工作区未受影响",
        "The disk is full; {path} was not written, no partial file was left and the workspace is not affected",
    ),
    "output.failed": (
        "写入 {path} 失败（{detail}）；没有留下不完整的文件",
        "Writing {path} failed ({detail}); no partial file was left",
    ),
}

IN_WINDOW: dict[str, tuple[str, str]] = {
    "output.exists": (
        "{path} 已存在，未覆盖。请另选文件名或文件夹",
        "{path} already exists and was not replaced; choose another name or folder",
    ),
}
