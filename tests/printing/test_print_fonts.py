"""Font resolution: configured path first, then the platform's fonts, then STSong-Light with a warning."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from app.i18n import Text
from app.printing import fonts
from app.printing.fonts import FontInfo, clear_cache, resolve_font
from tests.printing.print_helpers import fonts_of

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


@pytest.fixture(autouse=True)
def fresh_cache():
    clear_cache()
    yield
    clear_cache()


def test_this_machine_has_an_embeddable_chinese_font():
    info = resolve_font()
    assert isinstance(info, FontInfo)
    assert info.embedded, f"no CJK TrueType font found: install fonts-wqy-microhei ({info})"
    assert info.path and os.path.isfile(info.path)
    assert info.warning is None


@pytest.mark.skipif(not os.path.isfile(WQY), reason="WenQuanYi Micro Hei not installed")
def test_linux_prefers_wenquanyi_micro_hei():
    info = resolve_font()
    assert os.path.samefile(info.path, WQY)
    assert info.subfont_index == 0


@pytest.mark.skipif(not os.path.isfile(ZEN), reason="WenQuanYi Zen Hei not installed")
def test_configured_path_comes_first_and_picks_the_ttc_face():
    info = resolve_font(ZEN + "#0")
    assert info.path == ZEN and info.embedded and info.warning is None
    mono = resolve_font(ZEN + "#1")
    assert mono.subfont_index == 1 and mono.name != info.name


def test_the_resolution_is_cached_per_process(monkeypatch):
    first = resolve_font()
    calls = []
    monkeypatch.setattr(fonts, "_candidates", lambda: calls.append(1) or iter(()))
    assert resolve_font() is first
    assert calls == []


def test_unusable_configured_font_falls_back_with_a_warning(tmp_path):
    bogus = tmp_path / "broken.ttf"
    bogus.write_bytes(b"not a font at all")
    info = resolve_font(str(bogus))
    assert info.embedded and info.path != str(bogus)
    assert isinstance(info.warning, Text)
    assert "broken.ttf" in str(info.warning)
    missing = resolve_font(str(tmp_path / "missing.ttf"))
    assert "file not found" in str(missing.warning)


def test_a_latin_only_font_is_not_taken_for_chinese():
    dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if not os.path.isfile(dejavu):
        pytest.skip("DejaVu not installed")
    info = resolve_font(dejavu)
    assert info.path != dejavu
    assert "Chinese" in str(info.warning)


def test_windows_order_simhei_first(monkeypatch, tmp_path):
    src = resolve_font().path
    if not src or not src.endswith(".ttc"):
        pytest.skip("needs a .ttc CJK font to stand in for the Windows fonts")
    fonts_dir = tmp_path / "Fonts"
    fonts_dir.mkdir()
    shutil.copy(src, fonts_dir / "simsun.ttc")
    shutil.copy(src, fonts_dir / "msyh.ttc")
    clear_cache()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.setattr(fonts, "_fc_match", lambda family: None)
    monkeypatch.setattr(fonts, "LINUX_PATHS", ())
    assert resolve_font().path == str(fonts_dir / "simsun.ttc")  # no simhei.ttf: SimSun next
    clear_cache()
    os.symlink(src, fonts_dir / "simhei.ttf")  # a .ttc named .ttf: face 0 still loads
    assert resolve_font().path == str(fonts_dir / "simhei.ttf")


def test_no_chinese_font_at_all_uses_stsong_with_a_visible_warning(monkeypatch):
    monkeypatch.setattr(fonts, "_candidates", lambda: iter(()))
    info = resolve_font()
    assert info.name == "STSong-Light" and not info.embedded and info.path is None
    assert isinstance(info.warning, Text) and "STSong-Light" in str(info.warning)

    from app.printing.registry import render_sample
    pdf = render_sample("household_card", font_path=None)
    assert any("STSong-Light" in str(f.get("/BaseFont")) for f in fonts_of(pdf))


def test_fontconfig_listing_skips_cff_fonts(monkeypatch):
    listing = ("/x/NotoSansCJK-Regular.ttc|0|CFF\n"
               "/x/wqy-microhei.ttc|1|TrueType\n"
               "/x/odd.otf|0|TrueType\n")
    monkeypatch.setattr(fonts, "_run_fc", lambda args: listing)
    assert list(fonts._fc_list_zh()) == [("/x/wqy-microhei.ttc", 1)]


@pytest.mark.skipif(not shutil.which("fc-match"), reason="no fontconfig")
def test_fc_match_accepts_only_the_family_asked_for():
    out = subprocess.run(["fc-match", "-f", "%{family}", "WenQuanYi Micro Hei"],
                         capture_output=True, text=True).stdout
    found = fonts._fc_match("WenQuanYi Micro Hei")
    assert (found is not None) == ("WenQuanYi Micro Hei" in out)
    assert fonts._fc_match("No Such Family Whatsoever") is None
