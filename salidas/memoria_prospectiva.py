"""The memoria's part for Pauta 1, Pasos 02–04 (in Chapter I, after the modelo actual): the thematic
variables with their indicator, baseline and justification; the analyses of trends, visions and
proposals; the matrix of direct influences and the experts behind it; the MICMAC results table and its
charts as figures; the supuestos territoriales and the causal relations; the scenarios with their
narratives, the states of the strategic variables, their maps and the comparison table; the trend
projections; the consistency of each scenario, the experts' scores and the óptimo with its
justification; and the ejes estratégicos. Every text is document text (``trd``), every number written
as the rest of the memoria writes them. Each part says "Not yet elaborated." until the POT holds it.
"""
from __future__ import annotations


from ..core.errors import PotError
from ..core.i18n import trd
from ..diccionario import repositorio
from ..prospectiva import analisis_estructural, capa_escenario, cib, ejes, escenarios, evaluacion, graficos, micmac, proyeccion, supuestos
from ..prospectiva import variables as modulo_variables
from .memoria import _e, _leyenda_tabla, _no_elaborado, _Numero, _numero, _parrafos, _tabla_html

ANCHO_GRAFICO, ALTO_GRAFICO = 1200, 900  # the charts' drawing size in the memoria (their fonts are in pixels)
MATRIZ_MAXIMA = 24  # variables of a matrix printed whole; a bigger one is summarised


def _texto_de(valor, decimales: int = 2) -> str:
    """A number as the memoria writes it (right-aligned, never wrapped); "–" for none."""
    if valor is None:
        return "–"
    valor = float(valor)
    return _numero(valor, 0 if valor.is_integer() else decimales)


def nombres_tipos_justificacion() -> dict:
    return {modulo_variables.POTENCIALIDAD: trd("potentiality"), modulo_variables.LIMITACION: trd("limitation"),
            modulo_variables.APTITUD: trd("aptitude")}


def nombres_analisis() -> dict:
    return {"tendencia": trd("Trend"), "vision": trd("Vision"), "objetivo": trd("Objective"),
            "propuesta_sectorial": trd("Sectoral proposal"), "dit": trd("DIT analysis")}


def nombres_supuestos() -> dict:
    return {"economia": trd("Economy"), "violencia": trd("Violence"), "epidemias": trd("Epidemics"), "clima": trd("Climate"),
            "politica": trd("Politics"), "otro": trd("Other")}


# -- the parts ------------------------------------------------------------------------------------------
def _variables(doc, store, nombres) -> None:
    doc.h2(trd("Thematic variables of the prospective model (Step 02)"))
    lista = modulo_variables.cargar(store)
    if not lista:
        doc.add(_no_elaborado())
        return
    cuadrantes = micmac.nombres_cuadrantes()
    papeles = []
    for v in lista:
        rol = ", ".join(cuadrantes.get(q.strip(), q.strip()).lower() for q in v.rol.split("/")) if v.rol else "–"
        papeles.append([v.variable, nombres.get(v.variable, ""), trd("strategic") if v.estrategica else trd("thematic"), rol])
    _leyenda_tabla(doc, trd("Variables of the prospective model and their role"))
    doc.add(_tabla_html([trd("Code"), trd("Variable"), trd("Role"), trd("Quadrant (direct, indirect)")], papeles))
    tipos = nombres_tipos_justificacion()
    filas = []
    for v in lista:
        if not v.estrategica and not v.indicador:
            continue
        indicador = v.indicador + (f" ({v.unidad})" if v.unidad else "") if v.indicador else "–"
        base = "–" if v.linea_base is None else _Numero("{value}{year}".format(
            value=_texto_de(v.linea_base), year=f" ({v.anio_base})" if v.anio_base else ""))
        justificada = "; ".join(f"{tipos.get(j.tipo, j.tipo)}: {j.etiqueta}" for j in v.justificaciones) or v.justificacion or "–"
        filas.append([v.variable, indicador, base, v.fuente or "–", justificada])
    if filas:
        _leyenda_tabla(doc, trd("Indicator, baseline and justification of the variables (potentialities, limitations and aptitudes "
                                "of the current model)"))
        doc.add(_tabla_html([trd("Code"), trd("Indicator (unit)"), trd("Baseline (year)"), trd("Source"), trd("Justified by")], filas))
    analisis = modulo_variables.cargar_analisis(store)
    if analisis:
        tipos_analisis = nombres_analisis()
        _leyenda_tabla(doc, trd("Analyses of trends, visions and sectoral proposals"))
        doc.add(_tabla_html([trd("Kind"), trd("Title"), trd("Summary"), trd("Source"), trd("Variables")], [
            [tipos_analisis.get(a.tipo, a.tipo), a.titulo, a.texto or "–", (a.fuente or "–") + (f" ({a.anio})" if a.anio else ""),
             ", ".join(a.variables) or "–"] for a in analisis]))


def _matriz(doc, store, corrida, nombres) -> None:
    r = corrida.resultado
    codigos = r.codigos
    if corrida.agregada is not None:
        a = corrida.agregada
        metodo = trd("median") if a.metodo == "mediana" else trd("mean")
        doc.add("<p>{}</p>".format(_e(trd(
            "The matrix of direct influences aggregates, cell by cell by their {method}, the matrices of {count} experts ({experts}); "
            "they disagree on {cells} of its {total} cells (largest spread {spread}).").format(
                method=metodo, count=len(a.expertos), experts=", ".join(a.expertos), cells=int((a.rango > 0).sum()),
                total=len(codigos) * (len(codigos) - 1), spread=_texto_de(float(a.rango.max()), 1)))))
    if len(codigos) > MATRIZ_MAXIMA:
        doc.add("<p>{}</p>".format(_e(trd("The matrix of direct influences has {count} variables; it is kept in the POT and can be "
                                          "exported from the Prospective panel.").format(count=len(codigos)))))
        return
    matriz = r.directa.matriz
    potencial = r.potencial.matriz
    filas = []
    for i, codigo in enumerate(codigos):  # numbered columns (as LIPSOR's reports): the codes would not fit the page
        celdas = []
        for j in range(len(codigos)):
            if i == j:
                celdas.append(_Numero("·"))
            elif potencial[i, j] != matriz[i, j] and matriz[i, j] == 0:
                celdas.append(_Numero("P"))
            else:
                celdas.append(_texto_de(float(matriz[i, j]), 1))
        filas.append([f"{i + 1}. {codigo}"] + celdas + [_texto_de(float(matriz[i].sum()), 1)])
    pie = [trd("Dependence")] + [_texto_de(float(matriz[:, j].sum()), 1) for j in range(len(codigos))] + [""]
    _leyenda_tabla(doc, trd("Matrix of direct influences (row → column: 0 none, 1 weak, 2 moderate, 3 strong, P potential)"))
    doc.add(_tabla_html([""] + [str(j + 1) for j in range(len(codigos))] + [trd("Influence")], filas, pie))
    doc.add("<p><i>{}</i></p>".format(_e("; ".join(f"{k + 1}. {c}: {nombres.get(c, c)}" for k, c in enumerate(codigos)))))


def _micmac(doc, store, corrida, nombres) -> None:
    doc.h2(trd("Structural analysis of the variables"))
    escrita = doc.narrativa(doc.textos, "analisis_estructural", titulo=False)
    if corrida is None:
        if not escrita:
            doc.add(_no_elaborado())
        return
    _matriz(doc, store, corrida, nombres)
    r = corrida.resultado
    # short names and headers: the table has eight columns on a 160 mm page
    cuadrantes = {micmac.MOTRIZ: trd("driving"), micmac.ENLACE: trd("linkage"), micmac.DEPENDIENTE: trd("dependent"),
                  micmac.AUTONOMA: trd("autonomous"), micmac.REGULADORA: trd("regulating")}
    umbral = trd("mean") if r.umbral == micmac.MEDIA else trd("median")
    estable = trd("the rankings are stable") if r.indirecta.estable else trd("the rankings are not yet stable at the cap")
    doc.add("<p>{}</p>".format(_e(trd(
        "Direct classification: row and column sums of the matrix. Indirect classification: its powers until the rankings by "
        "influence and by dependence repeat; power {power} was reached and {stable}. Potential influences (P) count {p} in the "
        "potential classifications. Quadrant lines at the {threshold} of the shares.").format(
            power=r.indirecta.potencia, stable=estable, p=_texto_de(corrida.p_valor, 1), threshold=umbral))))
    filas = []
    for fila in sorted(r.filas(), key=lambda f: (f["rango_influencia_directa"], f["codigo"])):
        filas.append([fila["codigo"], _texto_de(fila["influencia_directa"], 1), _texto_de(fila["dependencia_directa"], 1),
                      _texto_de(fila["influencia_indirecta"], 1), _texto_de(fila["dependencia_indirecta"], 1),
                      _Numero("{} / {}".format(fila["rango_influencia_directa"], fila["rango_influencia_indirecta"])),
                      cuadrantes.get(fila["cuadrante"], fila["cuadrante"]),
                      cuadrantes.get(fila["cuadrante_indirecto"], fila["cuadrante_indirecto"])])
    _leyenda_tabla(doc, trd("Structural analysis (MICMAC): influence, dependence, rank by influence and quadrant"))
    doc.add(_tabla_html([trd("Code"), trd("Direct I."), trd("Direct D."), trd("Indirect I."), trd("Indirect D."),
                         trd("Rank (direct / indirect)"), trd("Quadrant (direct)"), trd("Quadrant (indirect)")], filas))
    doc.add("<p><i>{}</i></p>".format(_e(trd("I.: influence; D.: dependence; rank by influence (1 = highest)."))))
    for titulo, dibujo in ((trd("Influence/dependence plane – direct"), graficos.plano(r, "directa")),
                           (trd("Influence/dependence plane – indirect"), graficos.plano(r, "indirecta")),
                           (trd("Displacement map: direct → indirect"), graficos.desplazamiento(r)),
                           (trd("Graph of the strongest direct influences"), graficos.grafo(r))):
        doc.figura_imagen(titulo, graficos.imagen(dibujo, ANCHO_GRAFICO, ALTO_GRAFICO))
    estrategicas = modulo_variables.estrategicas(store)
    if estrategicas:
        doc.add("<p>{}</p>".format(_e(trd("Strategic variables: {variables}.").format(
            variables=", ".join(f"{c} ({nombres.get(c, c)})" for c in estrategicas)))))


def _supuestos(doc, store, nombres) -> None:
    doc.h2(trd("Territorial assumptions and causal relations (Step 03)"))
    lista = supuestos.cargar_supuestos(store)
    relaciones = supuestos.cargar_relaciones(store)
    if not lista and not relaciones:
        doc.add(_no_elaborado())
        return
    sentidos = {"+": trd("favours"), "-": trd("harms"), "?": trd("uncertain")}
    if lista:
        tipos = nombres_supuestos()
        _leyenda_tabla(doc, trd("Territorial assumptions (external factors) and their expected effects"))
        doc.add(_tabla_html([trd("Code"), trd("Assumption"), trd("Kind"), trd("Expected effects"), trd("Source")], [
            [s.codigo, s.nombre + (f". {s.descripcion}" if s.descripcion else ""), tipos.get(s.tipo, s.tipo),
             "; ".join(f"{e.variable} ({sentidos.get(e.sentido, e.sentido)}{': ' + e.descripcion if e.descripcion else ''})"
                       for e in s.efectos) or "–", s.fuente or "–"] for s in lista]))
    if relaciones:
        origen = {supuestos.MATRIZ: trd("matrix"), supuestos.USUARIO: trd("team")}
        _leyenda_tabla(doc, trd("Causal relations between the variables"))
        doc.add(_tabla_html([trd("From"), trd("To"), trd("Intensity"), trd("Sign"), trd("Description"), trd("Origin")], [
            [r.origen, r.destino, r.intensidad,
             sentidos.get(r.sentido, r.sentido), r.descripcion or "–", origen.get(r.origen_dato, r.origen_dato)] for r in relaciones]))


def _escenarios(doc, store, hojas, pngs, nombres) -> None:
    doc.h2(trd("Scenarios"))
    escrita = doc.narrativa(doc.textos, "escenarios", titulo=False)
    lista = escenarios.cargar_escenarios(store)
    if not lista:
        if not escrita:
            doc.add(_no_elaborado())
        return
    tipos = escenarios.nombres_tipos()
    for e in lista:
        doc.h3(f"{e.nombre} ({tipos.get(e.tipo, e.tipo).lower()}{', ' + str(e.horizonte) if e.horizonte else ''})")
        doc.add(_parrafos(e.narrativa) if e.narrativa else "")
    tabla = escenarios.tabla_estados(store)
    if tabla["filas"]:
        nombre_de = {e.codigo: e.nombre for e in lista}
        filas = []
        for fila in tabla["filas"]:
            celdas = []
            for codigo in tabla["escenarios"]:
                estado, valor = fila["estados"].get(codigo) or "–", fila["valores"].get(codigo)
                celdas.append(estado + (f" ({_texto_de(valor)})" if valor is not None else ""))
            filas.append([f"{fila['variable']} ({fila['nombre']})"] + celdas)
        _leyenda_tabla(doc, trd("State of each strategic variable in each scenario (indicative value)"))
        doc.add(_tabla_html([trd("Strategic variable")] + [nombre_de.get(c, c) for c in tabla["escenarios"]], filas))
    for hoja in hojas:
        if hoja.clave.startswith("escenario"):
            doc.figura(hoja, pngs.get(hoja.numero))
    comparativa = capa_escenario.tabla_comparativa(store)
    if len(comparativa["columnas"]) > 1 and comparativa["filas"]:
        _comparacion(doc, store, comparativa)
    proyecciones = proyeccion.proyecciones(store)
    if proyecciones:
        metodos = {proyeccion.LINEAL: trd("linear"), proyeccion.EXPONENCIAL: trd("exponential"), proyeccion.LOGISTICA: trd("logistic")}
        _leyenda_tabla(doc, trd("Trend projections per territorial unit"))
        doc.add(_tabla_html([trd("Variable"), trd("Method"), trd("Years observed"), trd("Horizon"), trd("Observed"), trd("Projected"),
                             trd("Median R²")], [
            [p.get("variable") or "–", metodos.get(p.get("metodo"), p.get("metodo") or ""), p.get("anios") or "",
             _Numero(str(p.get("horizonte") or "")), _texto_de(p.get("total_observado"), 1), _texto_de(p.get("total_proyectado"), 1),
             _texto_de(p.get("r2_mediana"), 2)] for p in proyecciones]))


def _comparacion(doc, store, comparativa) -> None:
    """The scenario layers against the current model: only the rows some layer changes (the classes a
    scenario leaves as they are would fill pages with equal numbers), one label column so the layers'
    columns get the width."""
    columnas = comparativa["columnas"]

    def distintos(fila):
        return len({None if v is None else round(float(v), 6) for v in (fila["valores"].get(c["codigo"]) for c in columnas)}) > 1

    prospectivas = {v.variable for v in modulo_variables.cargar(store)}
    candidatas = [f for f in comparativa["filas"] if f["variable"] in prospectivas] or comparativa["filas"]
    filas = [f for f in candidatas if distintos(f)]
    _leyenda_tabla(doc, trd("Comparison of the scenario layers with the current model"))
    if filas:
        doc.add(_tabla_html([trd("Variable: class or measure (unit)")] + [c["nombre"] for c in columnas], [
            ["{}: {} ({})".format(f["variable"], f["etiqueta"], "ha" if f["medida"] == "area_ha" else (f["unidad"] or "–"))]
            + [_texto_de(f["valores"].get(c["codigo"])) for c in columnas] for f in filas]))
    iguales = len(candidatas) - len(filas)
    if iguales:
        doc.add("<p><i>{}</i></p>".format(_e(trd(
            "Rows left out because they are equal in every layer (classes the scenarios do not change): {count}.").format(count=iguales))))


def _optimo(doc, store) -> None:
    doc.h2(trd("Consistency, pertinence and probability; the optimal desirable scenario"))
    lista = escenarios.cargar_escenarios(store)
    if not lista:
        doc.add(_no_elaborado())
        return
    try:
        juicios = cib.desde_store(store)
    except PotError:  # judgements that no longer fit their states: the rest of the memoria still goes
        juicios = None
    if juicios is not None and len(juicios.descriptores) >= 2 and juicios.matriz.any():
        doc.add("<p>{}</p>".format(_e(trd(
            "Consistency by cross-impact balance over {count} strategic variables with {combinations} combinations of their states: a "
            "scenario is consistent (value ≥ 0) when each variable's state is the one the others' states promote most.").format(
                count=len(juicios.descriptores), combinations=juicios.combinaciones))))
    ranking = evaluacion.ranking(store)

    def media(fila, criterio):
        if fila.get(f"{criterio}_media") is None:
            return "–"
        return _Numero("{mean} ± {sd} (n = {n})".format(mean=_texto_de(fila[f"{criterio}_media"], 1),
                                                         sd=_texto_de(fila[f"{criterio}_desviacion"] or 0.0, 1), n=fila[f"{criterio}_n"]))

    def consistente(valor):
        if valor is None:
            return "–"
        return "{value} ({word})".format(value=_texto_de(valor, 1), word=trd("consistent") if valor >= 0 else trd("inconsistent"))

    _leyenda_tabla(doc, trd("Consistency and the experts' pertinence and probability (mean ± standard deviation)"))
    doc.add(_tabla_html([trd("Scenario"), trd("Consistency"), trd("Pertinence"), trd("Probability"), trd("Score")], [
        [f["nombre"], consistente(f.get("consistencia")), media(f, evaluacion.PERTINENCIA), media(f, evaluacion.PROBABILIDAD),
         _texto_de(f.get("puntaje"), 2)] for f in ranking]))
    elegido = evaluacion.optimo(store)
    if elegido is None:
        doc.add("<p><i>{}</i></p>".format(_e(trd("The optimal desirable scenario has not been selected yet."))))
        return
    nombre = next((e.nombre for e in lista if e.codigo == elegido["escenario"]), elegido["escenario"])
    doc.add("<p><b>{}</b> {}</p>".format(_e(trd("Optimal desirable scenario:")), _e(trd("{name}, selected on {date}.").format(
        name=nombre, date=(elegido.get("fecha") or "")[:10]))))
    doc.add("<p>{}</p>".format(_e(trd("Justification: {text}").format(text=elegido["justificacion"]))))
    movimientos = [f for f in cib.cargar_sensibilidad(store, elegido["escenario"]) if f["estado_antes"] != f["estado_despues"]]
    if movimientos:
        _leyenda_tabla(doc, trd("Sensitivity of the optimal scenario: what changes when one strategic variable takes another state"))
        doc.add(_tabla_html([trd("If"), trd("takes the state"), trd("then"), trd("goes from → to")], [
            [f["variable"], f["estado_nuevo"], f["variable_resultado"], f"{f['estado_antes']} → {f['estado_despues']}"] for f in movimientos]))


def _ejes(doc, store, nombres) -> None:
    doc.h2(trd("Strategic axes (Step 04)"))
    escrita = doc.narrativa(doc.textos, "ejes", titulo=False)
    lista = ejes.cargar(store)
    if not lista:
        if not escrita:
            doc.add(_no_elaborado())
        return
    _leyenda_tabla(doc, trd("Strategic axes and their strategic variables"))
    doc.add(_tabla_html([trd("Code"), trd("Strategic axis"), trd("Theme"), trd("Strategic variables")], [
        [e.codigo, e.nombre + (f". {e.descripcion}" if e.descripcion else ""), e.tema or "–",
         "; ".join(f"{v} ({nombres.get(v, v)})" for v in e.variables)] for e in lista]))
    faltan = ejes.sin_eje(store)
    if faltan:
        doc.add("<p><i>{}</i></p>".format(_e(trd("Strategic variables in no axis yet: {codes}.").format(codes=", ".join(faltan)))))


def capitulo(doc, store, hojas, pngs) -> None:
    """Pasos 02–04 into ``doc`` (a ``memoria._Documento``)."""
    nombres = {v.codigo: v.nombre for v in repositorio.cargar(store)}
    try:
        corrida = analisis_estructural.ultima_corrida(store)
    except PotError:  # matrices edited since the run into an unusable state: the chapter still goes, without its results
        corrida = None
    _variables(doc, store, nombres)
    _micmac(doc, store, corrida, nombres)
    _supuestos(doc, store, nombres)
    _escenarios(doc, store, hojas, pngs, nombres)
    _optimo(doc, store)
    _ejes(doc, store, nombres)
