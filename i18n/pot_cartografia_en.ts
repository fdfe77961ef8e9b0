<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>pot</name>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>Delete the variable “{code}” ({name}) and its {count} classes from the dictionary?</source>
      <translation>
        <numerusform>Delete the variable “{code}” ({name}) and its {count} class from the dictionary?</numerusform>
        <numerusform>Delete the variable “{code}” ({name}) and its {count} classes from the dictionary?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>Imported from {path}; the dictionary now has {count} variables.</source>
      <translation>
        <numerusform>Imported from {path}; the dictionary now has {count} variable.</numerusform>
        <numerusform>Imported from {path}; the dictionary now has {count} variables.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>The dictionary has {count} variables. Replace them all with the imported ones, or merge (variables with the same code are replaced, the others kept)?</source>
      <translation>
        <numerusform>The dictionary has {count} variable. Replace it with the imported ones, or merge (variables with the same code are replaced, the others kept)?</numerusform>
        <numerusform>The dictionary has {count} variables. Replace them all with the imported ones, or merge (variables with the same code are replaced, the others kept)?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>The previous dictionary ({count} variables) is back.</source>
      <translation>
        <numerusform>The previous dictionary ({count} variable) is back.</numerusform>
        <numerusform>The previous dictionary ({count} variables) is back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>{changed} of {total} units changed.</source>
      <translation>
        <numerusform>{changed} of {total} unit changed.</numerusform>
        <numerusform>{changed} of {total} units changed.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/variables.py" />
      <source>{count} analyses saved.</source>
      <translation>
        <numerusform>{count} analysis saved.</numerusform>
        <numerusform>{count} analyses saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/ejes.py" />
      <source>{count} axes proposed; rename and regroup them, then save.</source>
      <translation>
        <numerusform>{count} axis proposed; rename and regroup it, then save.</numerusform>
        <numerusform>{count} axes proposed; rename and regroup them, then save.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/ejes.py" />
      <source>{count} axes saved.</source>
      <translation>
        <numerusform>{count} axis saved.</numerusform>
        <numerusform>{count} axes saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>{count} causal relations saved.</source>
      <translation>
        <numerusform>{count} causal relation saved.</numerusform>
        <numerusform>{count} causal relations saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} consistent scenarios among {combinations} combinations.</source>
      <translation>
        <numerusform>{count} consistent scenario among {combinations} combinations.</numerusform>
        <numerusform>{count} consistent scenarios among {combinations} combinations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>{count} default variables added.</source>
      <translation>
        <numerusform>{count} default variable added.</numerusform>
        <numerusform>{count} default variables added.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/estructural.py" />
      <source>{count} experts ({method}).</source>
      <translation>
        <numerusform>{count} expert ({method}).</numerusform>
        <numerusform>{count} experts ({method}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>{count} files written to {folder}.</source>
      <translation>
        <numerusform>{count} file written to {folder}.</numerusform>
        <numerusform>{count} files written to {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} judgements saved.</source>
      <translation>
        <numerusform>{count} judgement saved.</numerusform>
        <numerusform>{count} judgements saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>{count} relations proposed from the matrix.</source>
      <translation>
        <numerusform>{count} relation proposed from the matrix.</numerusform>
        <numerusform>{count} relations proposed from the matrix.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{count} rules saved.</source>
      <translation>
        <numerusform>{count} rule saved.</numerusform>
        <numerusform>{count} rules saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} scores saved.</source>
      <translation>
        <numerusform>{count} score saved.</numerusform>
        <numerusform>{count} scores saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/salidas/mapas.py" />
      <source>{count} sheets exported to {folder}.</source>
      <translation>
        <numerusform>{count} sheet exported to {folder}.</numerusform>
        <numerusform>{count} sheets exported to {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>{count} states of {code} saved.</source>
      <translation>
        <numerusform>{count} state of {code} saved.</numerusform>
        <numerusform>{count} states of {code} saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>{count} supuestos saved.</source>
      <translation>
        <numerusform>{count} supuesto saved.</numerusform>
        <numerusform>{count} supuestos saved.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{count} territorial units characterised.</source>
      <translation>
        <numerusform>{count} territorial unit characterised.</numerusform>
        <numerusform>{count} territorial units characterised.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>{count} territorial units stored in the POT.</source>
      <translation>
        <numerusform>{count} territorial unit stored in the POT.</numerusform>
        <numerusform>{count} territorial units stored in the POT.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>{count} values edited in the layer were kept.</source>
      <translation>
        <numerusform>{count} value edited in the layer was kept.</numerusform>
        <numerusform>{count} values edited in the layer were kept.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>{count} variables exported to {path}.</source>
      <translation>
        <numerusform>{count} variable exported to {path}.</numerusform>
        <numerusform>{count} variables exported to {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../prospectiva/avance.py" />
      <source>{count} variables of the dictionary have no role.</source>
      <translation>
        <numerusform>{count} variable of the dictionary has no role.</numerusform>
        <numerusform>{count} variables of the dictionary have no role.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} curved geometries</source>
      <translation>
        <numerusform>{n} curved geometry</numerusform>
        <numerusform>{n} curved geometries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} empty geometries</source>
      <translation>
        <numerusform>{n} empty geometry</numerusform>
        <numerusform>{n} empty geometries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} features without geometry</source>
      <translation>
        <numerusform>{n} feature without geometry</numerusform>
        <numerusform>{n} features without geometry</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} geometries repaired,</source>
      <translation>
        <numerusform>{n} geometry repaired,</numerusform>
        <numerusform>{n} geometries repaired,</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} invalid geometries</source>
      <translation>
        <numerusform>{n} invalid geometry</numerusform>
        <numerusform>{n} invalid geometries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} layers to check; their problems are listed below.</source>
      <translation>
        <numerusform>{n} layer to check; its problems are listed below.</numerusform>
        <numerusform>{n} layers to check; their problems are listed below.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} mis-decoded texts</source>
      <translation>
        <numerusform>{n} mis-decoded text</numerusform>
        <numerusform>{n} mis-decoded texts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} texts re-decoded; the registry now uses the copy.</source>
      <translation>
        <numerusform>{n} text re-decoded; the registry now uses the copy.</numerusform>
        <numerusform>{n} texts re-decoded; the registry now uses the copy.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} texts with replacement characters</source>
      <translation>
        <numerusform>{n} text with replacement characters</numerusform>
        <numerusform>{n} texts with replacement characters</numerusform>
      </translation>
    </message>
  </context>
</TS>
