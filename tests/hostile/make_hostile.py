#!/usr/bin/env python3
"""Writes the hostile-input suite: files built to break a text parser.

    make_hostile.py OUT_DIR
        => OUT_DIR/small/*.txt   inputs under 1 MB (also parsed as one --jsonl batch)
           OUT_DIR/big/*.txt     the large ones (50 MB, a 5 MB line, 1,000,000 lines, ...)
           OUT_DIR/expectations.tsv   one row per file: path, exit, stderr pattern

Each row of expectations.tsv says how run_hostile.sh must see cvparse end:
    small/pdf.txt <TAB> 1 <TAB> not a text document
    small/utf8_overlong.txt <TAB> 0 <TAB>
    small/nul_dense.txt <TAB> 0|1 <TAB>
"exit" is 0 (parsed), 1 (a clear "cvparse: PATH: reason" error; the pattern,
an extended regex, must appear on stderr) or 0|1 (either is fine). Whatever
the row says, the run must never die of a signal or take more than 60 s.

Python 3 standard library only; the output is the same on every run.
"""

import os
import random
import sys

# A small résumé in plain ASCII, used as filler around the hostile parts.
RESUME = """Jane Q. Doe
jane.doe@example.com | +1 (415) 555-0100 | github.com/janedoe
San Francisco, CA 94105

EDUCATION
Stanford University, M.S. in Computer Science    Sep 2017 - Jun 2019
GPA 3.9/4.0

EXPERIENCE
Software Engineer, Google    Jul 2019 - Present
- Built a distributed cache serving 1M QPS
- Led a team of 4 engineers

SKILLS
Python, C++, Go, Kubernetes, PyTorch
"""


class Suite:
    def __init__(self, root):
        self.root = root
        self.rows = []

    def add(self, name, data, exit_code="0", stderr="", big=False):
        """Writes `data` (bytes, or an iterable of bytes chunks) as small/ or big/NAME."""
        rel = os.path.join("big" if big else "small", name)
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            if isinstance(data, (bytes, bytearray)):
                f.write(data)
            else:
                for chunk in data:
                    f.write(chunk)
        self.rows.append((rel, exit_code, stderr))

    def write_expectations(self):
        with open(os.path.join(self.root, "expectations.tsv"), "w", encoding="utf-8") as f:
            for rel, exit_code, stderr in self.rows:
                f.write(f"{rel}\t{exit_code}\t{stderr}\n")


def utf8(text):
    return text.encode("utf-8")


def with_resume(hostile):
    """The résumé with `hostile` bytes spliced into its name, heading and body lines."""
    lines = utf8(RESUME).split(b"\n")
    out = []
    for i, line in enumerate(lines):
        out.append(line + (hostile if i % 3 == 0 else b""))
    return b"\n".join(out)


def encodings(s):
    # Invalid UTF-8: overlong forms, surrogates, truncated sequences, stray bytes.
    overlong = b"\xc0\xaf\xc1\xbf\xe0\x80\xaf\xe0\x9f\xbf\xf0\x80\x80\xaf\xf8\x80\x80\x80\xaf\xfc\x80\x80\x80\x80\xaf"
    s.add("utf8_overlong.txt", with_resume(overlong))
    surrogates = b"\xed\xa0\x80\xed\xbf\xbf\xed\xa0\xbd\xed\xb8\x80"  # CESU-8 style pairs
    s.add("utf8_surrogates.txt", with_resume(surrogates))
    s.add("utf8_truncated.txt", with_resume(b"caf\xc3") + b"\xe2\x82" + b"\n\xf0\x9f\x98" + b"\xf0\x9f")
    s.add("utf8_stray_bytes.txt", with_resume(b" \x80\x81\xbf\xfe\xff "))
    s.add("utf8_beyond_unicode.txt",
          with_resume(b"\xf4\x90\x80\x80\xf7\xbf\xbf\xbf\xef\xbf\xbe\xef\xbf\xbf\xf4\x8f\xbf\xbf"))
    s.add("utf8_only_invalid.txt", bytes(range(0x80, 0x100)) * 64, exit_code="0|1",
          stderr="not a text document|no text")
    s.add("utf8_bom_then_invalid.txt", b"\xef\xbb\xbf" + with_resume(b"\xc0\x80\xff"))

    # UTF-16 and UTF-32, with and without BOM, broken.
    text = RESUME + "Zoë Müller — 北京大学 2019年9月至今\n"
    s.add("utf16le_nobom.txt", text.encode("utf-16-le"))
    s.add("utf16be_nobom.txt", text.encode("utf-16-be"))
    s.add("utf16le_bom_odd_length.txt", b"\xff\xfe" + text.encode("utf-16-le") + b"J")
    s.add("utf16le_lone_surrogates.txt",
          b"\xff\xfe" + text.encode("utf-16-le") + b"\x00\xd8A\x00\x00\xdcB\x00\x00\xd8")
    s.add("utf16_bom_only.txt", b"\xff\xfe", exit_code="1")
    s.add("utf16le_bom_nuls.txt", b"\xff\xfe" + b"\x00" * 4096, exit_code="0|1")
    s.add("utf32le_bom.txt", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
    s.add("utf32be_truncated.txt", b"\x00\x00\xfe\xff" + text.encode("utf-32-be")[:-3])

    # Mixed encodings in one file: UTF-8, Latin-1, GBK and Shift-JIS lines.
    mixed = (utf8("Zoë Müller\n") + "René Lefèvre\n".encode("latin-1") +
             "北京大学 计算机科学\n".encode("gbk") + "東京大学 情報工学\n".encode("shift_jis") +
             utf8(RESUME) + "Straße 12, München\n".encode("cp1252"))
    s.add("mixed_encodings.txt", mixed)
    s.add("mixed_encodings_mostly_latin1.txt", (RESUME + "Café résumé naïve\n").encode("latin-1") * 3 +
          utf8("北京 ✓\n"))

    # NUL bytes: a few inside text, and mostly NULs.
    s.add("nul_sparse.txt", with_resume(b"\x00"))
    s.add("nul_dense.txt", b"\x00" * 3000 + utf8(RESUME) + b"\x00" * 3000, exit_code="0|1")
    s.add("control_chars.txt", with_resume(bytes(range(1, 32))), exit_code="0|1")


def binaries(s):
    pdf = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
           b"stream\n" + bytes(random.Random(1).randrange(256) for _ in range(2000)) + b"\nendstream\n%%EOF\n")
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
           b"\x90\x91h6\x00\x00\x00\x00IEND\xaeB`\x82")
    zip_ = (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 16 + b"\x0b\x00\x00\x00word/doc.xml" +
            bytes(random.Random(2).randrange(256) for _ in range(500)) + b"PK\x05\x06" + b"\x00" * 18)
    elf = (b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" +
           bytes(random.Random(3).randrange(256) for _ in range(1000)))
    for name, data in (("pdf.txt", pdf), ("png.txt", png), ("zip.txt", zip_), ("elf.txt", elf)):
        s.add(name, data, exit_code="1", stderr="not a text document")
    gzip_ = b"\x1f\x8b\x08\x00" + bytes(random.Random(4).randrange(256) for _ in range(500))
    s.add("gzip.txt", gzip_, exit_code="1", stderr="not a text document")
    s.add("random_bytes.txt", bytes(random.Random(5).randrange(256) for _ in range(20000)),
          exit_code="0|1")
    # The error names the file even when its name is odd.
    s.add("name with spaces é.txt", png, exit_code="1", stderr="name with spaces é.txt: not a text")


def empties(s):
    s.add("empty.txt", b"", exit_code="1", stderr="empty")
    s.add("whitespace_only.txt", b" \t\n\r\n   \n\f\v\n" * 100, exit_code="1", stderr="no text")
    s.add("bom_only.txt", b"\xef\xbb\xbf", exit_code="1")
    s.add("bom_and_newlines.txt", b"\xef\xbb\xbf\n\n\n", exit_code="1")
    s.add("unicode_spaces_only.txt", utf8("\u00a0\u2003\u3000\u200b\u2028\u2029\ufeff\n" * 50),
          exit_code="0|1")
    s.add("symbols_only.txt", b"-----\n*****\n=====\n| | |\n", exit_code="0|1")
    s.add("one_char.txt", b"x")
    s.add("no_final_newline.txt", utf8(RESUME.rstrip("\n")))


def line_endings(s):
    s.add("crlf.txt", utf8(RESUME.replace("\n", "\r\n")))
    s.add("cr_only.txt", utf8(RESUME.replace("\n", "\r")))
    s.add("mixed_line_endings.txt", utf8(RESUME.replace("\n", "\r\n", 5).replace("\n", "\r", 5)))
    s.add("unicode_line_separators.txt", utf8(RESUME.replace("\n", "\u2028").replace("EDU", "\u2029EDU")))
    s.add("form_feeds.txt", utf8(RESUME.replace("\n\n", "\n\f\n")))


def scripts(s):
    rtl = ("\u200f\u0623\u062d\u0645\u062f \u0639\u0644\u064a\n"
           "ahmed@example.com \u202e\u0627\u0644\u0647\u0627\u062a\u0641\u202c +971 50 123 4567\n\n"
           "\u0627\u0644\u062a\u0639\u0644\u064a\u0645\n"
           "\u062c\u0627\u0645\u0639\u0629 \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0662\u0660\u0661\u0665 - \u0662\u0660\u0661\u0669\n"
           "\u05d7\u05d9\u05e0\u05d5\u05da\n\u05d0\u05d5\u05e0\u05d9\u05d1\u05e8\u05e1\u05d9\u05d8\u05ea \u05ea\u05dc \u05d0\u05d1\u05d9\u05d1 2015\u20132019\n"
           "\u202b\u05e0\u05d9\u05e1\u05d9\u05d5\u05df \u202aGoogle 2019 - Present\u202c\u202c\n")
    s.add("rtl.txt", utf8(rtl * 20))
    s.add("bidi_overrides.txt", utf8(("\u202e" * 50 + "EDUCATION\u202c\n" + "\u2066\u2067\u2068x\u2069\n") * 100))
    zalgo = "".join(ch + "".join(chr(0x300 + (i * 7 + j) % 0x70) for j in range(40))
                    for i, ch in enumerate("EXPERIENCE Jane Doe 2019 - 2021 jane@example.com "))
    s.add("combining_marks.txt", utf8((zalgo + "\n") * 50 + RESUME))
    s.add("combining_only_line.txt", utf8("\u0301" * 100000 + "\n" + RESUME))
    emoji = ("👨‍👩‍👧‍👦 👩🏽‍💻 🏳️‍🌈 🇺🇸🇨🇳🇩🇪 🧑🏿‍🤝‍🧑🏻 ❤️‍🔥 1️⃣ #️⃣ 👁️‍🗨️\n"
             "📧 jane@example.com 📞 +1 415 555 0100 🔗 github.com/jane\n"
             "🎓 EDUCATION 🎓\n✨ MIT 2015 – 2019 ✨\n")
    s.add("emoji_zwj.txt", utf8(emoji * 50 + "\u200d" * 10000 + "\n" + RESUME))
    s.add("fullwidth.txt", utf8("".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in RESUME)))
    s.add("variation_selectors.txt", utf8("".join(c + "\ufe0f\U000e0100" for c in RESUME)))


def volume(s):
    # Over the default --max-bytes (16 MB): refused with a clear error, not read whole.
    s.add("huge_50mb.txt", (utf8(RESUME) * 1000 for _ in range(50 * 1024 * 1024 // (len(RESUME) * 1000) + 1)),
          exit_code="1", stderr="over the limit", big=True)
    # One 5 MB line of words, dates, emails and digits.
    unit = b"Python C++ jane@example.com 2019 - 2021 +1 415 555 0100 https://example.com/x "
    s.add("one_line_5mb.txt", b"Jane Doe\n" + unit * (5 * 1024 * 1024 // len(unit)) + b"\n", big=True)
    s.add("one_line_5mb_letters.txt", b"a" * (5 * 1024 * 1024), big=True)
    s.add("one_line_digits.txt", b"1" * (2 * 1024 * 1024), big=True)
    s.add("one_line_tabs.txt", b"Jane\n" + b"x\t" * (1024 * 1024), big=True)
    s.add("one_line_dashes.txt", b"Jane\n" + b"-" * (2 * 1024 * 1024) + b"\n", big=True)
    # The degree reader once walked a run of separators at every position.
    s.add("education_dashes.txt", b"Jane Doe\n\nEDUCATION\n" + b"-" * (2 * 1024 * 1024) + b"\nMSc Physics\n",
          big=True)
    s.add("one_line_spaces.txt", b"Jane" + b" " * (2 * 1024 * 1024) + b"Doe\n", big=True)
    # 1,000,000 short lines.
    s.add("million_lines.txt",
          (b"".join(b"line %d\n" % i for i in range(k, k + 100000)) for k in range(0, 1000000, 100000)),
          big=True)
    s.add("million_blank_lines.txt", b"Jane Doe\n" + b"\n" * 1000000 + b"EDUCATION\nMIT\n", big=True)
    # 10,000 headings (each followed by one line), cycling through the usual ones.
    headings = [b"EDUCATION", b"EXPERIENCE", b"SKILLS", b"PROJECTS", b"PUBLICATIONS", b"AWARDS",
                b"Work Experience", b"Research Experience", b"Languages", b"CERTIFICATIONS"]
    s.add("headings_10k.txt", b"Jane Doe\n" +
          b"".join(headings[i % len(headings)] + b"\nline %d 2019 - 2020\n" % i for i in range(10000)),
          big=True)
    s.add("headings_10k_no_body.txt", b"Jane Doe\n" +
          b"".join(headings[i % len(headings)] + b"\n" for i in range(10000)), big=True)
    # 20,000 unknown headings in capitals inside a work section, with no date
    # near them: each one looks ahead for the next jobs (that look must stay short).
    caps = random.Random(7)
    word = lambda: bytes(caps.choice(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))
    s.add("caps_headings_20k.txt", b"Jane Doe\n\nEXPERIENCE\nEngineer 2019 - 2020\n\n" +
          b"".join(word() + b" " + word() + b"\n\n" for _ in range(20000)) + b"Engineer 2019 - 2020\n",
          big=True)
    # 100,000 date-like tokens, on lines and in one line.
    rng = random.Random(6)
    months = [b"Jan", b"Feb", b"Sept.", b"March", b"Summer", b"Q3"]
    forms = [lambda y, m: b"%d.%d" % (y, m), lambda y, m: b"%02d/%d" % (m, y),
             lambda y, m: months[m % len(months)] + b" %d" % y, lambda y, m: b"%d - Present" % y,
             lambda y, m: b"%d-%02d-%02d" % (y, m, m + 10), lambda y, m: b"%d\xe5\xb9\xb4%d\xe6\x9c\x88" % (y, m),
             lambda y, m: b"'%02d" % (y % 100), lambda y, m: b"%d-%02d" % (y, y % 100 + 1)]
    tokens = [forms[rng.randrange(len(forms))](rng.randrange(1940, 2110), rng.randrange(1, 13))
              for _ in range(100000)]
    s.add("dates_100k_lines.txt", b"Jane Doe\nEXPERIENCE\n" +
          b"".join(b"Engineer " + t + b" \xe2\x80\x93 " + tokens[(i + 1) % len(tokens)] + b"\n"
                   for i, t in enumerate(tokens[::2])), big=True)
    s.add("dates_100k_one_line.txt", b"Jane Doe\nEXPERIENCE\n" + b" ".join(tokens) + b"\n", big=True)
    # 10,000 email addresses in the header, and near-emails.
    s.add("emails_10k.txt",
          b"".join(b"user%d.name@mail%d.example.com\n" % (i, i % 97) for i in range(10000)) + utf8(RESUME),
          big=True)
    s.add("emails_10k_one_line.txt",
          b"Jane Doe " + b", ".join(b"u%d@x%d.org" % (i, i) for i in range(10000)) + b"\n" + utf8(RESUME),
          big=True)
    s.add("at_signs.txt", b"Jane\n" + b"a@" * 200000 + b"\n" + b"@." * 200000 + b"\n", big=True)
    s.add("urls_10k.txt", b"Jane Doe\n" +
          b" ".join(b"https://github.com/u%d/%s" % (i, b"x" * (i % 50)) for i in range(10000)) + b"\n",
          big=True)
    s.add("phones_like.txt", b"Jane Doe\n" + b" ".join(b"+%d (%03d) %03d-%04d" % (i % 99, i % 1000, i % 997, i)
                                                        for i in range(50000)) + b"\n", big=True)
    # Deeply repeated bullets: many bullet glyphs in a row and deep indentation.
    s.add("bullets_deep.txt", utf8("Jane Doe\nEXPERIENCE\n" +
          "".join(" " * (i % 200) + "• " * (i % 50) + "- * ◦ ▪ ➢ " + "Did a thing %d\n" % i
                  for i in range(20000))), big=True)
    s.add("bullets_one_line.txt", utf8("Jane Doe\nSKILLS\n" + "• " * 500000 + "\n"), big=True)
    s.add("parentheses.txt", b"Jane Doe\n" + b"(" * 100000 + b"2019" + b")" * 100000 + b"\n", big=True)
    s.add("colons.txt", b"Jane Doe\n" + b"Skills: " * 100000 + b"\n" + b"a:" * 100000 + b"\n", big=True)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_hostile.py OUT_DIR")
    suite = Suite(sys.argv[1])
    for make in (encodings, binaries, empties, line_endings, scripts, volume):
        make(suite)
    suite.write_expectations()


if __name__ == "__main__":
    main()
