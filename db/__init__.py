"""Persistence: the only package that writes SQL. Imports nothing of ours."""
