"""Reporting rounds: templates issued per region and period, returned workbooks checked
and taken in, submission states and the summary for the joint meeting."""
