"""House rules that keep the pipeline readable: parsing never pulls in the UI."""

import subprocess
import sys


def test_parser_and_timeline_do_not_import_textual() -> None:
    code = (
        "import sys; import explorer.parse.pipeline, explorer.timeline, explorer.corpus, "
        "explorer.labels, explorer.export.writers, explorer.export.table, explorer.cli; "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
