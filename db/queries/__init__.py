"""Queries by subject; each module takes a sqlite-utils Database and plain values."""
