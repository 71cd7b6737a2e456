"""Documents the desk sends: letters (reportlab) and, later, the signed register extract."""
