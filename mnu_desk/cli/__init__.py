"""The command line (docs/design.md section 7): admin and scripting commands over the same services as the GUI."""
