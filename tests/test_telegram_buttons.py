"""Callback data within Telegram's 64 bytes, long texts kept server-side until evicted."""

from __future__ import annotations

from bot.telegram.buttons import ChoiceStore, decode_button, encode_button


def test_callback_data_fits_64_bytes_and_bad_data_is_rejected() -> None:
    store = ChoiceStore(capacity=2)
    short = encode_button("q", "公务接待费多少", store)
    assert short == "q:公务接待费多少" and len(store) == 0  # fits: no server-side state
    long_text = "请问荷塘区政务服务中心2017年度一般公共预算财政拨款基本支出中的公用经费是多少"
    long = encode_button("o", long_text, store)
    assert len(long.encode()) <= 64 and long.startswith("O:")
    assert decode_button(short, store) == ("q", "公务接待费多少")
    assert decode_button(long, store) == ("o", long_text)
    for forged in (None, "", "x", "q:", "z:问题", "O:nosuchkey", "Q:" + "A" * 12, ":"):
        assert decode_button(forged, store) is None
    encode_button("o", long_text + "1", store)
    encode_button("o", long_text + "2", store)
    assert len(store) == 2 and decode_button(long, store) is None  # evicted: stale
