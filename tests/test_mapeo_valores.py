"""Value maps (diccionario/mapeo_valores.py): reading VALUE_MAP, proposing matches, applying them."""
import pytest
from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import mapeo_valores as mv
from pot_cartografia.diccionario.modelo import NUMERICA, Clase, Variable
from pot_cartografia.diccionario.predeterminado import variable_predeterminada


@pytest.fixture
def anp():
    return variable_predeterminada("ANP")


def test_value_map_text_lines_pairs_and_csv(tmp_path):
    assert mv.leer_mapa("Parque Nacional=PN\nReserva Comunal = RC\n") == {"Parque Nacional": "PN", "Reserva Comunal": "RC"}
    assert mv.leer_mapa("1=ZP;2=ZPC") == {"1": "ZP", "2": "ZPC"}  # the DIT registry's way
    assert mv.leer_mapa("a=b=RC") == {"a=b": "RC"}  # a value may hold "="; the code never does
    assert mv.leer_mapa("") == {}
    with pytest.raises(PotError, match="Parque Nacional"):
        mv.leer_mapa("Parque Nacional")
    csv = tmp_path / "mapa.csv"
    csv.write_text("valor;clase\nParque Nacional;PN\nÁrea de Conservación Regional;ACR\n", encoding="utf-8")
    assert mv.leer_mapa(str(csv)) == {"Parque Nacional": "PN", "Área de Conservación Regional": "ACR"}
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Reserva Comunal,RC\nSantuario Nacional,SN\n".encode("latin-1"))
    assert mv.leer_mapa(str(latin)) == {"Reserva Comunal": "RC", "Santuario Nacional": "SN"}
    with pytest.raises(PotError, match="does not exist"):
        mv.leer_mapa(str(tmp_path / "no.csv"))


def test_proposals_by_map_then_code_then_label_and_unmatched_named(anp):
    valores = {"Parque Nacional": 3, "reserva  comunal": 2, "acr": 1, "Bosque Privado": 4, "Zona X": 1}
    propuestas = mv.proponer(valores, anp, {"Zona X": "ZR"})
    por_valor = {p.valor: p for p in propuestas}
    assert (por_valor["Parque Nacional"].clase, por_valor["Parque Nacional"].motivo) == ("PN", mv.ETIQUETA)
    assert por_valor["reserva  comunal"].clase == "RC"  # case and spacing ignored
    assert (por_valor["acr"].clase, por_valor["acr"].motivo) == ("ACR", mv.CODIGO)
    assert (por_valor["Zona X"].clase, por_valor["Zona X"].motivo) == ("ZR", mv.DADO)
    assert [p.valor for p in mv.sin_clase(propuestas)] == ["Bosque Privado"]
    assert mv.resumen_sin_clase(propuestas) == "Bosque Privado (4)"
    assert [p.valor for p in propuestas][0] == "Bosque Privado"  # most frequent first
    assert mv.aplicar(mv.mapa_de(propuestas), "Bosque Privado") == "Bosque Privado"  # kept, never dropped
    assert mv.aplicar(mv.mapa_de(propuestas), None) is None
    assert mv.aplicar({"3": "X"}, 3.0) == "X"


def test_accents_are_ignored_both_ways():
    variable = Variable("SIT", "Situación", clases=[Clase("Titulada", "#000000", "TIT"), Clase("En trámite", "#ffffff", "TRA")])
    propuestas = mv.proponer({"TITULADA": 5, "en tramite": 2}, variable)
    assert mv.mapa_de(propuestas) == {"TITULADA": "TIT", "en tramite": "TRA"}


def test_plan_links_codes_directly_and_refuses_unknown_targets(anp):
    assert mv.plan({"PN": 2, "RC": 1}, anp, {})[1] is True
    assert mv.plan({"Parque Nacional": 2}, anp, {})[1] is False
    assert mv.plan({"PN": 2, "99": 1}, anp, {})[1] is True  # nothing to translate: the field itself is linked
    with pytest.raises(PotError, match="NOPE"):
        mv.plan({"x": 1}, anp, {"x": "NOPE"})
    numerica = Variable("D", "Densidad", tipo=NUMERICA, clases=[Clase("a", "#000000", minimo=0, maximo=1)])
    assert mv.plan({"0.5": 1}, numerica, {}) == ([], True)
    with pytest.raises(PotError, match="numeric"):
        mv.plan({"0.5": 1}, numerica, {"0.5": "a"})


def test_counts_and_class_field_on_a_layer():
    from pot_cartografia.core import compat
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:32718", "anp", "memory")
    layer.dataProvider().addAttributes([compat.campo("anp")])
    layer.updateFields()
    entidades = []
    for valor in ["Parque Nacional", "Parque Nacional", None, "Otra"]:
        f = QgsFeature(layer.fields())
        f.setAttributes([valor])
        entidades.append(f)
    layer.dataProvider().addFeatures(entidades)
    assert mv.contar_valores(layer, "anp") == {"Parque Nacional": 2, "Otra": 1}
    destino = mv.nombre_campo_clases(layer, "ANP")
    assert destino == "anp_clase"  # the layer's own "anp" field is not overwritten
    assert mv.escribir_campo_clases(layer, "anp", destino, {"Parque Nacional": "PN"}) == 3
    assert [f[destino] for f in layer.getFeatures()] == ["PN", "PN", None, "Otra"]
