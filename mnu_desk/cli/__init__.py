"""The command line (DESIGN.md section 7): admin and scripting commands over the same services as the GUI."""
