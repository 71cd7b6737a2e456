"""Pieces every window shares: table models, formatting, style, .ui loading, the background executor, role
gating, message boxes, dates, folders, deadline urgency."""
