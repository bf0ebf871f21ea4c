"""Analyses across a plan's figures and across plans: the development index and themes. No Qt, no file formats."""
