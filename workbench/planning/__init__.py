"""Plans: the plan as read from a document, its review before saving, saving it, and
showing it whole (JSON)."""
