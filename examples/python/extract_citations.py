# vanban: structured data from Vietnamese policy and legal documents.
# SPDX-License-Identifier: MIT
"""The README's Python example: the citations of a string, and where they are."""
import vanban

text = ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
        "Thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ và Luật Đất đai năm 2024.")

doc = vanban.extract(text)  # raises vanban.Error only for input it cannot use
for c in doc.citations:
    print(c.type, c.number, repr(c.date), c.issuer, c.relation, sep=" | ")
    assert text[c.start:c.end] == c.text  # start/end are str indices into `text`
print(doc.to_dict()["citations"][0]["span"])  # the JSON of `vanban extract`, as Python values
