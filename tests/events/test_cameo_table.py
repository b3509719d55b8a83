from marsad.events.cameo import PLOVER_TYPES, load_table, lookup, quad_class_of

REQUIRED = ("010 012 013 020 021 030 031 032 036 040 041 042 043 046 051 057 061 070 111 112 120 130 138 "
            "141 145 160 163 172 173 180 181 190 193 195 200").split()


def test_required_codes_present_with_sane_values():
    table = load_table()
    for code in REQUIRED:
        row = table[code]
        assert -10.0 <= row.goldstein <= 10.0
        assert row.quad_class == quad_class_of(code)
        assert row.label


def test_every_root_listed():
    table = load_table()
    assert {f"{r:02d}" for r in range(1, 21)} <= set(table)


def test_quad_classes_and_plover():
    assert quad_class_of("042") == 1 and quad_class_of("061") == 2
    assert quad_class_of("112") == 3 and quad_class_of("195") == 4
    table = load_table()
    assert table["042"].plover == "CONSULT" and table["195"].plover == "ASSAULT"
    assert table["163"].plover == "COERCE" and table["020"].plover == "REQUEST"
    assert all(r.plover in PLOVER_TYPES for r in table.values() if r.plover)


def test_lookup_falls_back_to_ancestor():
    row = lookup("0311")
    assert row.code == "0311" and row.root == "03" and row.plover == "AGREE"
