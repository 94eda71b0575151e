import { TextField, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useState } from 'react';
import { impedimentoParaAutorizar } from '../../../../shared/domain/estadoPoa';
import { db } from '../../db';
import { autorizarPoa } from '../../db/repositorios/anioPoa';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { useErrores } from '../../hooks/useErrores';
import { useConfiguracion, type DatosPoa } from '../../hooks/usePoa';

/** Authorizing a borrador asks who authorizes it (by default the «Autorizó» signer of Configuración → General). */
export function DialogoAutorizarPoa({ datos, onCerrar }: { datos: DatosPoa; onCerrar: () => void }) {
  const configuracion = useConfiguracion();
  if (!configuracion) return null;
  return <Formulario datos={datos} nombreInicial={configuracion.autorizo.nombre} onCerrar={onCerrar} />;
}

function Formulario({ datos: { poa, actividades }, nombreInicial, onCerrar }: { datos: DatosPoa; nombreInicial: string; onCerrar: () => void }) {
  const [nombre, setNombre] = useState(nombreInicial);
  const { errores, setErrores, guardar, campo } = useErrores();
  async function alAutorizar() {
    if (await guardar(() => autorizarPoa(db, poa.id, { nombre }))) onCerrar();
  }
  return (
    <MarcoDialogo
      titulo={`Autorizar POA ${poa.anio}`}
      idTitulo="titulo-autorizar-poa"
      impedimento={impedimentoParaAutorizar(poa, actividades)}
      error={errores._}
      textoBoton="Autorizar POA"
      icono={<VerifiedIcon />}
      onConfirmar={alAutorizar}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        Al autorizarlo, la meta anual y las metas mensuales de cada actividad quedan como su Meta inicial. Desde entonces las metas
        programadas sólo cambian por reconducción, desde el cronograma, con su motivo y quién la solicitó y autorizó. El encabezado y
        los datos descriptivos de las actividades siguen editables.
      </Typography>
      <TextField
        label="Nombre de quien autoriza"
        required
        autoFocus
        value={nombre}
        onChange={(e) => {
          setErrores({});
          setNombre(e.target.value);
        }}
        {...campo('nombre')}
        helperText={errores.nombre ?? 'Se guarda con el POA, junto con la fecha y el usuario de esta PC'}
      />
    </MarcoDialogo>
  );
}
