"""The workspace file and its care: opening, the lock, migrations run on open, backups,
copies, risky locations, storage faults worded for users, and the integrity check."""
