"""The leak check reads a file's bytes as well as its objects: a name hidden where no PDF reader
looks (a comment, bytes after a compressed stream's end, a stream that does not inflate, an
object no cross-reference table lists) is still found."""

import io
import zlib

from reportlab.pdfgen.canvas import Canvas

from reviewer_app.anonymise.leak_check import leaks_in_pdf
from reviewer_app.pdf.reading import page_text

IN_COMMENT, AFTER_END, NOT_INFLATING, IN_IMAGE = "澜江市生态环境局", "沧浦县生态环境分局", "一川化工有限公司", "13812345678"


def hidden_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842))
    canvas.drawString(72, 760, "Case file 01")
    canvas.save()
    data = buffer.getvalue()
    header_end = data.index(b"\n") + 1
    data = data[:header_end] + f"% {IN_COMMENT}\n".encode() + data[header_end:]
    unlisted = (b"90 0 obj\n<< /Length 99 /Filter /FlateDecode >>\nstream\n" + zlib.compress(b"q Q")
                + AFTER_END.encode() + b"\nendstream\nendobj\n"
                + b"91 0 obj\n<< /Length 99 /Filter /FlateDecode >>\nstream\n" + NOT_INFLATING.encode("utf-8")
                + b"\nendstream\nendobj\n"
                + b"92 0 obj\n<< /Length 99 /Subtype /Image /Filter /DCTDecode >>\nstream\n\xff\xd8\xff\xfe\x00\x0e"
                + IN_IMAGE.encode() + b"\xff\xd9\nendstream\nendobj\n")
    eof = data.rindex(b"%%EOF")
    return data[:eof] + unlisted + data[eof:]


def test_names_hidden_in_the_bytes_are_found_and_said_where():
    data = hidden_pdf()
    assert page_text(data) and not any(term in "".join(page_text(data)) for term in (IN_COMMENT, AFTER_END))
    found = {(leak.where, leak.term) for leak in leaks_in_pdf("01.pdf", data, [IN_COMMENT, AFTER_END, NOT_INFLATING, IN_IMAGE])}
    assert ("文件字节", IN_COMMENT) in found
    streams = {term: where for where, term in found if where.startswith("第")}
    assert set(streams) == {AFTER_END, NOT_INFLATING, IN_IMAGE}
    assert all(where.endswith("个数据流") for where in streams.values())


def test_a_clean_file_has_no_leaks():
    assert leaks_in_pdf("01.pdf", hidden_pdf(), ["青溪县环境保护局", "330102198001011234"]) == []
