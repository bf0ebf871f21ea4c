"""Progress over time: recording progress and indicator values with their audit trail,
edits made in the window, and indicator trajectories with their verdicts."""
