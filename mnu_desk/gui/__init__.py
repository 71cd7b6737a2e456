"""The Qt GUI: windows and dialogs loaded from ui/*.ui, talking only to services."""
