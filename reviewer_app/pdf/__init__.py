"""Reading case-file PDFs: opening, page text, trying every later step on a new file (pdfium,
the engine QtPdf's viewer uses too, and pypdf, which copies pages), with time limits."""
