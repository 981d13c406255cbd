"""Score sheets and reports as PDF (reportlab) and Word (python-docx). No Qt."""
